package org.swab.mentorsync.base;

/** A step that cannot go on for a reason the admin should read as is (no stack trace needed). */
public class StepFailedException extends RuntimeException {

    public StepFailedException(String message) {
        super(message);
    }
}
