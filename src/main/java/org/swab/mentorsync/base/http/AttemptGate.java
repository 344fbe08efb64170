package org.swab.mentorsync.base.http;

import java.time.Duration;

/**
 * Lets a caller pace every HTTP attempt of a call, retries included: {@link #beforeAttempt} waits for a slot of
 * a rate limiter, {@link #rateLimited} passes a server's Retry-After on to it.
 */
public interface AttemptGate {

    AttemptGate NONE = new AttemptGate() {
        @Override
        public void beforeAttempt() {}

        @Override
        public void rateLimited(Duration retryAfter) {}
    };

    void beforeAttempt() throws InterruptedException;

    void rateLimited(Duration retryAfter);
}
