package org.swab.mentorsync.base;

import java.util.Optional;

/**
 * A step that cannot go on for a reason the admin should read as is (no stack trace needed). A guard that refuses
 * a run also gives a short reason code (e.g. {@code drop_guard}) for the run's log; its message says itself what was
 * left unchanged.
 */
public class StepFailedException extends RuntimeException {

    private final String reason;

    public StepFailedException(String message) {
        this(null, message);
    }

    public StepFailedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** The guard's reason code; empty for a plain failure. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
