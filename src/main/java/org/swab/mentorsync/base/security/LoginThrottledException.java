package org.swab.mentorsync.base.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A sign-in refused because its user name and address failed too often; thrown before the password is checked. */
class LoginThrottledException extends LockedException {

    static final String MESSAGE = "Too many failed sign-ins; try again in 5 minutes";

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super(MESSAGE);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
