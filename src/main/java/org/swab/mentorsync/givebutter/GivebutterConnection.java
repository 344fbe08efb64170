package org.swab.mentorsync.givebutter;

/** Where and as whom to call Givebutter; the key stays encrypted until the client sends it. */
public record GivebutterConnection(String baseUrl, String encryptedApiKey) {

    @Override
    public String toString() {
        return "GivebutterConnection[" + baseUrl + "]";
    }
}
