package org.swab.mentorsync.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTest {

    final LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
    final CountingEncoder bcrypt = new CountingEncoder();
    final RecentlyVerifiedPasswords passwords = new RecentlyVerifiedPasswords(bcrypt, clock);
    final String hash = bcrypt.encode("correct horse battery");

    @Test
    void a_password_verified_a_moment_ago_is_recognised_without_bcrypt() {
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();

        assertThat(bcrypt.checks.get()).isEqualTo(1);
    }

    @Test
    void a_wrong_password_is_checked_by_bcrypt_every_time_and_never_remembered() {
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();

        assertThat(passwords.matches("wrong horse battery", hash)).isFalse();
        assertThat(passwords.matches("wrong horse battery", hash)).isFalse();
        assertThat(bcrypt.checks.get()).isEqualTo(3);
    }

    @Test
    void after_a_password_change_the_old_password_no_longer_matches_the_new_hash() {
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        String newHash = passwords.encode("a brand new passphrase");

        assertThat(passwords.matches("correct horse battery", newHash)).isFalse();
        assertThat(passwords.matches("a brand new passphrase", newHash)).isTrue();
    }

    @Test
    void the_memory_lasts_five_minutes_then_bcrypt_checks_again() {
        passwords.matches("correct horse battery", hash);
        clock.advance(RecentlyVerifiedPasswords.REMEMBERED_FOR.minus(Duration.ofSeconds(1)));
        passwords.matches("correct horse battery", hash);
        assertThat(bcrypt.checks.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(bcrypt.checks.get()).isEqualTo(2);
    }

    @Test
    void encoding_is_plain_bcrypt() {
        String encoded = passwords.encode("correct horse battery");

        assertThat(encoded).startsWith("$2a$");
        assertThat(new BCryptPasswordEncoder().matches("correct horse battery", encoded))
                .isTrue();
    }

    /** BCrypt at its lowest cost, counting its checks. */
    static final class CountingEncoder implements PasswordEncoder {
        final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
