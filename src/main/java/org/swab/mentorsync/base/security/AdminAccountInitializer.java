package org.swab.mentorsync.base.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start (no users at all) creates {@code admin}, with MENTORSYNC_ADMIN_PASSWORD or a random password
 * printed once to the log; only its BCrypt hash is stored. A configured password shorter than 12 characters stops
 * the start, whether or not it is still needed: a weak secret should not linger in the environment. It runs once
 * every bean exists and before the web server opens, so the login page never answers before the account is there;
 * in plain SQL, so the start does not wait for Hibernate, which boots in the background meanwhile.
 */
@Component
class AdminAccountInitializer implements SmartInitializingSingleton {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final JdbcTemplate database;
    private final PasswordEncoder passwordEncoder;
    private final String configuredPassword;
    private final Clock clock;

    AdminAccountInitializer(
            JdbcTemplate database,
            PasswordEncoder passwordEncoder,
            Clock clock,
            @Value("${mentorsync.admin-password:}") String configuredPassword) {
        if (configuredPassword != null
                && !configuredPassword.isBlank()
                && configuredPassword.length() < PasswordChangeService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("MENTORSYNC_ADMIN_PASSWORD (mentorsync.admin-password) has "
                    + configuredPassword.length() + " characters; it needs at least "
                    + PasswordChangeService.MIN_PASSWORD_LENGTH
                    + ". Set a longer one, or leave it empty to get a random password printed once in the log.");
        }
        this.database = database;
        this.passwordEncoder = passwordEncoder;
        this.configuredPassword = configuredPassword;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (Boolean.TRUE.equals(database.queryForObject("select exists (select 1 from app_user)", Boolean.class))) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        try {
            database.update(
                    "insert into app_user (username, password_hash, created_at) values (?, ?, ?)",
                    ADMIN_USERNAME,
                    passwordEncoder.encode(password),
                    Timestamp.from(clock.instant()));
        } catch (DataIntegrityViolationException anotherInstanceWasFaster) {
            // two instances starting at once on a new database: the other one created the account
            log.info("The first account '{}' was created by another instance", ADMIN_USERNAME);
            return;
        }
        if (generated) {
            log.warn("""

                    ================================================================
                     Mentor Sync created the first account. Log in with
                       username: {}
                       password: {}
                     This password is shown only once. Keep it somewhere safe.
                    ================================================================""", ADMIN_USERNAME, password);
        } else {
            log.info("Created the first account '{}' with the password from MENTORSYNC_ADMIN_PASSWORD", ADMIN_USERNAME);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
