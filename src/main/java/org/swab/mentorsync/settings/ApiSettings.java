package org.swab.mentorsync.settings;

/**
 * The API part of sync_config as an admin submits it. A null or blank key means "keep the stored one" (as long as
 * the base URL keeps its origin); the other values replace what is stored.
 */
public record ApiSettings(
        String jotformApiKey,
        String jotformBaseUrl,
        String jotformSignupFormId,
        String jotformSetupFormId,
        String givebutterApiKey,
        String givebutterBaseUrl,
        String givebutterCampaignCode,
        boolean automatedSyncEnabled,
        int syncIntervalHours) {

    @Override
    public String toString() {
        return "ApiSettings[jotform " + jotformBaseUrl + ", givebutter " + givebutterBaseUrl + ", keys hidden]";
    }
}
