package org.swab.mentorsync.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The vendors' limits: Givebutter's requests per rolling minute (then 429 with Retry-After) and Jotform's calls per
 * day (counted down in {@code limit-left}). A restart of the demo starts them over.
 */
@Component
@Profile("demo")
class SimulatorLimits {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final DemoProperties properties;
    private final DemoWorld world;
    private final Clock clock;
    private final Deque<Instant> givebutterCalls = new ArrayDeque<>();
    private long generation = -1;
    private LocalDate jotformDay;
    private int jotformLeft;

    SimulatorLimits(DemoProperties properties, DemoWorld world, Clock clock) {
        this.properties = properties;
        this.world = world;
        this.clock = clock;
    }

    /** Counts one Givebutter call; empty when allowed, else how long to wait. */
    synchronized Optional<Duration> givebutterCall() {
        startOverAfterRestart();
        Instant now = clock.instant();
        while (!givebutterCalls.isEmpty() && !givebutterCalls.peekFirst().isAfter(now.minus(WINDOW))) {
            givebutterCalls.removeFirst();
        }
        if (givebutterCalls.size() >= properties.givebutterRequestsPerMinute()) {
            Duration wait = Duration.between(now, givebutterCalls.peekFirst().plus(WINDOW));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
        givebutterCalls.addLast(now);
        return Optional.empty();
    }

    /** Counts one Jotform call; the calls left today afterwards, or -1 when none were left. */
    synchronized int jotformCall() {
        startOverAfterRestart();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!today.equals(jotformDay)) {
            jotformDay = today;
            jotformLeft = properties.jotformDailyLimit();
        }
        if (jotformLeft <= 0) {
            return -1;
        }
        return --jotformLeft;
    }

    private void startOverAfterRestart() {
        long current = world.generation();
        if (current != generation) {
            generation = current;
            givebutterCalls.clear();
            jotformDay = null;
        }
    }
}
