package org.swab.mentorsync.base.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in admin replaces their own password; only the new BCrypt hash is stored. */
@Service
public class PasswordChangeService {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(PasswordChangeService.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    PasswordChangeService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** @throws PasswordChangeException when the current password is wrong or the new one too short */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        AppUser user = users.findByUsername(username)
                .filter(found -> passwordEncoder.matches(currentPassword, found.getPasswordHash()))
                .orElseThrow(() -> new PasswordChangeException(
                        PasswordChangeException.Field.CURRENT, "The current password is not right"));
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new PasswordChangeException(
                    PasswordChangeException.Field.NEW, "Use at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        log.info("User '{}' changed their password", username);
    }
}
