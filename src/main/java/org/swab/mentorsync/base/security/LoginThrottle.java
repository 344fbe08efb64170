package org.swab.mentorsync.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per user name and remote address: 10 within 5 minutes refuse that pair for 5 minutes, whatever
 * password it sends next. A success clears the pair. Kept in memory: a restart forgets it, which costs an attacker a
 * restart per 10 guesses.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final Duration BLOCK = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Clock clock;
    private final Map<Key, Attempts> attempts = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the pair is still refused, if it is. */
    Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        Attempts pair = attempts.get(new Key(username, address));
        if (pair == null || pair.blockedUntil() == null || !now.isBefore(pair.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, pair.blockedUntil()));
    }

    void recordFailure(String username, String address) {
        Instant now = clock.instant();
        attempts.values().removeIf(pair -> pair.forgottenAt(now));
        AtomicBoolean blockStarted = new AtomicBoolean();
        attempts.compute(new Key(username, address), (key, previous) -> {
            Attempts before = previous == null ? Attempts.NONE : previous;
            Attempts after = before.withFailureAt(now);
            blockStarted.set(after != before && after.blockedUntil() != null);
            return after;
        });
        if (blockStarted.get()) {
            log.warn(
                    "{} failed sign-ins for user name '{}' from {} within {} min: refusing that pair for {} min",
                    MAX_FAILURES,
                    printable(username),
                    address,
                    WINDOW.toMinutes(),
                    BLOCK.toMinutes());
        }
    }

    void recordSuccess(String username, String address) {
        attempts.remove(new Key(username, address));
    }

    /** A user name is whatever the client sent: no line breaks or control characters into the log. */
    private static String printable(String username) {
        return username.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private record Key(String username, String address) {}

    /** Failures inside the window, or the end of a block (then no failures are counted). */
    private record Attempts(List<Instant> failures, Instant blockedUntil) {

        static final Attempts NONE = new Attempts(List.of(), null);

        Attempts withFailureAt(Instant now) {
            if (blockedUntil != null && now.isBefore(blockedUntil)) {
                return this;
            }
            List<Instant> recent = new ArrayList<>(failures.stream()
                    .filter(failure -> failure.isAfter(now.minus(WINDOW)))
                    .toList());
            recent.add(now);
            return recent.size() >= MAX_FAILURES
                    ? new Attempts(List.of(), now.plus(BLOCK))
                    : new Attempts(List.copyOf(recent), null);
        }

        boolean forgottenAt(Instant now) {
            boolean blockOver = blockedUntil == null || !now.isBefore(blockedUntil);
            return blockOver && failures.stream().noneMatch(failure -> failure.isAfter(now.minus(WINDOW)));
        }
    }
}
