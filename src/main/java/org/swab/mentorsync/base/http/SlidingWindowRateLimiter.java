package org.swab.mentorsync.base.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Never more than {@code maxRequests} in any window of {@code window}: each caller reserves the earliest slot that
 * keeps the last {@code maxRequests} reservations a full window apart, then sleeps until it. A server's
 * "Retry-After" pauses every caller through {@link #pauseFor}.
 */
public class SlidingWindowRateLimiter {

    /** Waits until a point of the limiter's clock; replaced in tests by a fake that advances the clock. */
    public interface Sleeper {
        void sleepUntil(long nanoTime) throws InterruptedException;
    }

    private final int maxRequests;
    private final long windowNanos;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private final Deque<Long> reservations = new ArrayDeque<>();
    private long pausedUntil = Long.MIN_VALUE;

    public SlidingWindowRateLimiter(int maxRequests, Duration window) {
        this(maxRequests, window, System::nanoTime, SlidingWindowRateLimiter::sleepUntilSystemNanoTime);
    }

    public SlidingWindowRateLimiter(int maxRequests, Duration window, LongSupplier clock, Sleeper sleeper) {
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be at least 1");
        }
        this.maxRequests = maxRequests;
        this.windowNanos = window.toNanos();
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Blocks until this caller may send one request. */
    public void acquire() throws InterruptedException {
        sleeper.sleepUntil(reserve());
    }

    /**
     * Counts requests sent before this limiter existed (e.g. by another app instance), each given by how long ago it
     * was sent, so the window they are in stays under the limit.
     */
    public synchronized void rememberEarlier(Collection<Duration> ages) {
        long now = clock.getAsLong();
        List<Long> merged = new ArrayList<>(reservations);
        ages.forEach(age -> merged.add(now - age.toNanos()));
        merged.sort(null);
        reservations.clear();
        merged.subList(Math.max(0, merged.size() - maxRequests), merged.size()).forEach(reservations::addLast);
    }

    /** Holds every caller back for the duration, e.g. after a 429 with Retry-After. */
    public synchronized void pauseFor(Duration pause) {
        pausedUntil = Math.max(pausedUntil, clock.getAsLong() + pause.toNanos());
    }

    private synchronized long reserve() {
        long slot = Math.max(clock.getAsLong(), pausedUntil);
        if (!reservations.isEmpty()) {
            slot = Math.max(slot, reservations.peekLast());
        }
        if (reservations.size() >= maxRequests) {
            slot = Math.max(slot, reservations.pollFirst() + windowNanos);
        }
        reservations.addLast(slot);
        return slot;
    }

    private static void sleepUntilSystemNanoTime(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
