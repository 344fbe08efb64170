package org.swab.mentorsync.jotform;

/** Where and as whom to call Jotform; the key stays encrypted until the client sends it. */
public record JotformConnection(String baseUrl, String encryptedApiKey) {

    @Override
    public String toString() {
        return "JotformConnection[" + baseUrl + "]";
    }
}
