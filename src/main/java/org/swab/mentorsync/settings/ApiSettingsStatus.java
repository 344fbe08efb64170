package org.swab.mentorsync.settings;

/** What is configured for the APIs, without the keys themselves. */
public record ApiSettingsStatus(
        boolean jotformApiKeySet,
        String jotformSignupFormId,
        String jotformSetupFormId,
        boolean givebutterApiKeySet,
        String givebutterCampaignCode) {

    public boolean complete() {
        return jotformApiKeySet
                && givebutterApiKeySet
                && present(jotformSignupFormId)
                && present(jotformSetupFormId)
                && present(givebutterCampaignCode);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
