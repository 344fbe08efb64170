package org.swab.mentorsync.conflict;

/** No logged error has this id. */
public class UnknownErrorException extends RuntimeException {

    public UnknownErrorException(long errorId) {
        super("No logged error with id " + errorId);
    }
}
