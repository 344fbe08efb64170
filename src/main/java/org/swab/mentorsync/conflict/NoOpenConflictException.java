package org.swab.mentorsync.conflict;

/** A resolution was sent for a mentor whose contact data has no open conflict. */
public class NoOpenConflictException extends RuntimeException {

    public NoOpenConflictException(String mnId) {
        super("Mentor " + mnId + " has no open contact data conflict");
    }
}
