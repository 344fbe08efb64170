package org.swab.mentorsync.base.crypto;

/** A stored secret that this master key cannot open; the message never contains the secret. */
public class SecretUnreadableException extends RuntimeException {

    public SecretUnreadableException(String message) {
        super(message);
    }
}
