package org.swab.mentorsync.base.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class AdminAccountInitializerTest {

    @Test
    void a_configured_admin_password_under_twelve_characters_stops_the_start_with_a_clear_message() {
        assertThatThrownBy(() -> initializerWith("short-pw-11"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MENTORSYNC_ADMIN_PASSWORD")
                .hasMessageContaining("has 11 characters; it needs at least 12")
                .hasMessageNotContaining("short-pw-11");
    }

    @Test
    void twelve_characters_or_no_configured_password_are_accepted() {
        assertThatCode(() -> initializerWith("twelve-chars")).doesNotThrowAnyException();
        assertThatCode(() -> initializerWith("")).doesNotThrowAnyException();
    }

    private static AdminAccountInitializer initializerWith(String password) {
        return new AdminAccountInitializer(null, new BCryptPasswordEncoder(), Clock.systemUTC(), password);
    }
}
