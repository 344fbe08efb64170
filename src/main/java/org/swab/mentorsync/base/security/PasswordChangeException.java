package org.swab.mentorsync.base.security;

/** A refused password change, with the message for the field that was wrong. */
public class PasswordChangeException extends RuntimeException {

    public enum Field {
        CURRENT,
        NEW
    }

    private final Field field;

    PasswordChangeException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
