package org.swab.mentorsync.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class PasswordCheckIT {

    @Autowired
    PasswordCheck passwordCheck;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AppUserDetailsService users;

    @Autowired
    AppUserRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void the_warm_up_is_no_sign_in_attempt_and_the_check_still_tells_right_from_wrong() {
        passwordCheck.warmUp(() -> false);

        assertThat(events.stream(AbstractAuthenticationEvent.class)).isEmpty();
        Authentication admin = passwordCheck
                .provider()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD));
        assertThat(admin.isAuthenticated()).isTrue();
    }

    @Test
    void the_warm_up_checks_the_configured_admin_password_once_so_the_first_script_call_needs_no_bcrypt() {
        passwordCheck.warmUp(() -> false);

        assertThat(recentlyVerified(IntegrationTest.ADMIN_PASSWORD)).isTrue();
        assertThat(events.stream(AbstractAuthenticationEvent.class)).isEmpty();
    }

    @Test
    void a_configured_password_the_admin_has_since_changed_is_not_remembered_and_the_warm_up_goes_on() {
        String notTheirsAnyMore = "an-old-configured-password";
        new PasswordCheck(users, passwordEncoder, notTheirsAnyMore).warmUp(() -> false);

        assertThat(recentlyVerified(notTheirsAnyMore)).isFalse();
        assertThat(events.stream(AbstractAuthenticationEvent.class)).isEmpty();
    }

    private boolean recentlyVerified(String password) {
        String hash = accounts.findByUsername(IntegrationTest.ADMIN_USERNAME)
                .orElseThrow()
                .getPasswordHash();
        return ((RecentlyVerifiedPasswords) passwordEncoder).recentlyVerified(password, hash);
    }
}
