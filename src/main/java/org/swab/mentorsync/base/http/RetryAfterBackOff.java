package org.swab.mentorsync.base.http;

import java.time.Duration;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Exponential back-off for one call that yields to a server's Retry-After: when the failed attempt was a 429 with
 * Retry-After, the next wait is that (capped), otherwise the exponential step. Made per call, so not shared.
 */
final class RetryAfterBackOff implements BackOff {

    private final ExponentialBackOff exponential;
    private final Duration maxRetryAfter;
    private volatile Duration requested;

    RetryAfterBackOff(HttpProperties properties) {
        exponential = new ExponentialBackOff(properties.initialDelay().toMillis(), properties.multiplier());
        exponential.setMaxInterval(properties.maxDelay().toMillis());
        exponential.setMaxAttempts(properties.maxRetries());
        maxRetryAfter = properties.maxRetryAfter();
    }

    /** Called by the failing attempt before it throws, so the next {@link BackOffExecution#nextBackOff()} sees it. */
    void serverAsked(Duration retryAfter) {
        requested = retryAfter;
    }

    @Override
    public BackOffExecution start() {
        BackOffExecution steps = exponential.start();
        return () -> {
            long step = steps.nextBackOff();
            Duration asked = requested;
            requested = null;
            if (step == BackOffExecution.STOP || asked == null) {
                return step;
            }
            return Math.min(asked.toMillis(), maxRetryAfter.toMillis());
        };
    }
}
