package org.swab.mentorsync.base.crypto;

/** A stored secret that this master key cannot open; the message says why and never contains the secret. */
public class SecretUnreadableException extends RuntimeException {

    private final String reason;

    SecretUnreadableException(String reason) {
        this("The stored secret", reason);
    }

    private SecretUnreadableException(String subject, String reason) {
        super(subject + " " + reason);
        this.reason = reason;
    }

    /** The same failure, saying which secret: {@code naming("Jotform API key")}. */
    public SecretUnreadableException naming(String secret) {
        return new SecretUnreadableException("The stored " + secret, reason);
    }
}
