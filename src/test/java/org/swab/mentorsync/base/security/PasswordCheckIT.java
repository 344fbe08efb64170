package org.swab.mentorsync.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.core.Authentication;
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
}
