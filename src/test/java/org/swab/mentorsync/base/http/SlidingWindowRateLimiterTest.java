package org.swab.mentorsync.base.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SlidingWindowRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    final AtomicLong now = new AtomicLong(0);
    final List<Long> granted = new ArrayList<>();
    final SlidingWindowRateLimiter limiter = new SlidingWindowRateLimiter(
            500, Duration.ofMinutes(1), now::get, until -> now.set(Math.max(now.get(), until)));

    @Test
    void the_first_500_requests_go_at_once_and_the_501st_waits_a_full_minute_after_the_first() throws Exception {
        for (int i = 0; i < 555; i++) {
            limiter.acquire();
            granted.add(now.get());
        }

        assertThat(granted.get(499)).isZero();
        assertThat(granted.get(500)).isEqualTo(60 * SECOND);
        assertThat(granted.getLast()).isEqualTo(60 * SECOND);
    }

    @Test
    void no_sixty_second_window_ever_holds_more_than_500_requests() throws Exception {
        for (int i = 0; i < 2000; i++) {
            limiter.acquire();
            granted.add(now.get());
            now.addAndGet(SECOND / 20);
        }

        for (int i = 500; i < granted.size(); i++) {
            assertThat(granted.get(i) - granted.get(i - 500)).isGreaterThanOrEqualTo(60 * SECOND);
        }
    }

    @Test
    void a_retry_after_pause_holds_every_caller_back() throws Exception {
        limiter.acquire();
        limiter.pauseFor(Duration.ofSeconds(7));

        limiter.acquire();

        assertThat(now.get()).isEqualTo(7 * SECOND);
    }

    @Test
    void requests_sent_earlier_elsewhere_count_against_the_window_they_were_sent_in() throws Exception {
        now.set(100 * SECOND);
        List<Duration> sentByAnotherInstance = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            sentByAnotherInstance.add(Duration.ofSeconds(20));
        }
        limiter.rememberEarlier(sentByAnotherInstance);

        limiter.acquire();

        assertThat(now.get()).isEqualTo(140 * SECOND);
    }
}
