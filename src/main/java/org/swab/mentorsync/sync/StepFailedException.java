package org.swab.mentorsync.sync;

/** A step that cannot go on for a reason the admin should read as is (no stack trace needed). */
class StepFailedException extends RuntimeException {

    StepFailedException(String message) {
        super(message);
    }
}
