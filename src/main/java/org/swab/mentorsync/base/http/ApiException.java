package org.swab.mentorsync.base.http;

import java.time.Duration;

/** A failed call to Jotform or Givebutter, with a message fit for an admin; it never holds an API key. */
public class ApiException extends RuntimeException {

    private final String system;
    private final ApiFailure failure;
    private final transient Duration retryAfter;

    public ApiException(String system, ApiFailure failure, String message) {
        this(system, failure, message, null);
    }

    public ApiException(String system, ApiFailure failure, String message, Duration retryAfter) {
        super(message);
        this.system = system;
        this.failure = failure;
        this.retryAfter = retryAfter;
    }

    public static ApiException keyRejected(String system) {
        return new ApiException(
                system, ApiFailure.KEY_REJECTED, "The " + system + " API key was rejected. Check it in Settings.");
    }

    public String system() {
        return system;
    }

    public ApiFailure failure() {
        return failure;
    }

    /** How long the server asked us to wait (429), if it said so. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
