package org.swab.mentorsync.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final String USER = "admin";
    static final String ADDRESS = "203.0.113.7";

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void nine_failures_do_not_refuse_anyone() {
        fail(9);

        assertThat(throttle.blockedFor(USER, ADDRESS)).isEmpty();
    }

    @Test
    void the_tenth_failure_within_five_minutes_refuses_that_pair_for_five_minutes() {
        fail(9);
        clock.advance(Duration.ofMinutes(4));
        fail(1);

        assertThat(throttle.blockedFor(USER, ADDRESS)).hasValue(Duration.ofMinutes(5));
        assertThat(throttle.blockedFor(USER, "198.51.100.1"))
                .as("same name, other address")
                .isEmpty();
        assertThat(throttle.blockedFor("someone-else", ADDRESS))
                .as("other name, same address")
                .isEmpty();

        clock.advance(Duration.ofMinutes(4));
        assertThat(throttle.blockedFor(USER, ADDRESS)).hasValue(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.blockedFor(USER, ADDRESS)).isEmpty();
    }

    @Test
    void failures_older_than_five_minutes_no_longer_count() {
        fail(5);
        clock.advance(Duration.ofMinutes(5));
        fail(9);

        assertThat(throttle.blockedFor(USER, ADDRESS)).isEmpty();
    }

    @Test
    void after_a_block_the_count_starts_again_from_zero() {
        fail(10);
        clock.advance(LoginThrottle.BLOCK);
        fail(9);

        assertThat(throttle.blockedFor(USER, ADDRESS)).isEmpty();
    }

    @Test
    void a_success_clears_the_failures_of_that_pair() {
        fail(9);
        throttle.recordSuccess(USER, ADDRESS);
        fail(9);

        assertThat(throttle.blockedFor(USER, ADDRESS)).isEmpty();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(USER, ADDRESS);
        }
    }

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
