package org.swab.mentorsync.base.http;

/** Why a call to an external API failed. */
public enum ApiFailure {
    /** 401/403: the key is wrong or lacks rights. Never retried. */
    KEY_REJECTED(false),
    /** 429 after every retry allowed. */
    RATE_LIMITED(true),
    /** 5xx, timeouts, refused or dropped connections. */
    UNAVAILABLE(true),
    /** The body is not the JSON the API documents. */
    MALFORMED_RESPONSE(false),
    /** Any other 4xx, e.g. an unknown form id or campaign. */
    REQUEST_REJECTED(false),
    /** The API answered, but what we look for is not there (e.g. no campaign with that code). */
    NOT_FOUND(false);

    private final boolean transientFailure;

    ApiFailure(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
