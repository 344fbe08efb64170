package org.swab.mentorsync.settings;

/** What a sync run talks to: base URLs, form ids, campaign code and the keys still encrypted. */
public record SyncTargets(
        String jotformBaseUrl,
        String encryptedJotformApiKey,
        String jotformSignupFormId,
        String jotformSetupFormId,
        String givebutterBaseUrl,
        String encryptedGivebutterApiKey,
        String givebutterCampaignCode) {

    /** What is missing before a run can start, as a sentence, or null when nothing is. */
    public String missing() {
        StringBuilder missing = new StringBuilder();
        append(missing, encryptedJotformApiKey, "the Jotform API key");
        append(missing, jotformSignupFormId, "the Jotform signup form id");
        append(missing, jotformSetupFormId, "the Jotform setup form id");
        append(missing, encryptedGivebutterApiKey, "the Givebutter API key");
        append(missing, givebutterCampaignCode, "the Givebutter campaign code");
        return missing.isEmpty() ? null : "Not configured yet: " + missing + ". Set it in Settings.";
    }

    @Override
    public String toString() {
        return "SyncTargets[jotform " + jotformBaseUrl + ", givebutter " + givebutterBaseUrl + ", keys hidden]";
    }

    private static void append(StringBuilder missing, String value, String what) {
        if (value == null || value.isBlank()) {
            missing.append(missing.isEmpty() ? "" : ", ").append(what);
        }
    }
}
