package org.swab.mentorsync.season;

/** A new season was asked for but not started (nothing changed); the message says why, for the admin. */
public class NewSeasonRefusedException extends RuntimeException {

    private final String reason;

    NewSeasonRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A short code for REST answers: {@code no_campaign}, {@code wrong_campaign_code}. */
    public String reason() {
        return reason;
    }
}
