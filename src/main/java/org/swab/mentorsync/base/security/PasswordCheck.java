package org.swab.mentorsync.base.security;

import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.swab.mentorsync.base.warmup.WarmUp;

/**
 * The username and password check of both security chains. Its warm-up looks up a name no account has, as a first
 * sign-in would: that makes the BCrypt hash an unknown name is checked against (so a miss takes as long as a wrong
 * password), compiles BCrypt and parses the account query, ≈ 0.5 s a fresh JVM's first sign-in no longer pays.
 * Then, when MENTORSYNC_ADMIN_PASSWORD is set and {@code admin} still has it, checks that password once, so the
 * first script call with it after a start does not pay BCrypt (the check is remembered as any sign-in's is). Nothing
 * is recorded: the throttle and the sign-in events sit in front of this check.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // an admin's first request is a sign-in
final class PasswordCheck implements WarmUp {

    private final Provider provider;
    private final String configuredAdminPassword;

    PasswordCheck(AppUserDetailsService users, PasswordEncoder passwordEncoder, String configuredAdminPassword) {
        provider = new Provider(users);
        provider.setPasswordEncoder(passwordEncoder);
        this.configuredAdminPassword = configuredAdminPassword;
    }

    AuthenticationProvider provider() {
        return provider;
    }

    @Override
    public void warmUp(BooleanSupplier stopRequested) {
        String nobody = "warm-up-" + UUID.randomUUID();
        try {
            provider.lookUp(nobody);
        } catch (AuthenticationException expected) {
            // no such account: the miss itself was the work
        }
        if (configuredAdminPassword == null || configuredAdminPassword.isBlank() || stopRequested.getAsBoolean()) {
            return;
        }
        try {
            provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    AdminAccountInitializer.ADMIN_USERNAME, configuredAdminPassword));
        } catch (AuthenticationException changedSinceOrRemoved) {
            // the admin set another password: the configured one is no longer theirs, nothing is remembered
        }
    }

    private static final class Provider extends DaoAuthenticationProvider {

        Provider(AppUserDetailsService users) {
            super(users);
        }

        void lookUp(String username) {
            retrieveUser(username, UsernamePasswordAuthenticationToken.unauthenticated(username, "warm-up"));
        }
    }
}
