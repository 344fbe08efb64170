package org.swab.mentorsync.mentor;

/** A request named a mentor id that does not exist. */
public class UnknownMentorException extends RuntimeException {

    public UnknownMentorException(String mnId) {
        super("No mentor with id " + mnId);
    }
}
