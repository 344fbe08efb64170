package org.swab.mentorsync.settings;

/** The API part of sync_config as shown back: never a key, only whether one is set and its last four characters. */
public record ApiSettingsSummary(
        boolean jotformApiKeySet,
        String jotformApiKeyLast4,
        String jotformBaseUrl,
        String jotformSignupFormId,
        String jotformSetupFormId,
        boolean givebutterApiKeySet,
        String givebutterApiKeyLast4,
        String givebutterBaseUrl,
        String givebutterCampaignCode,
        boolean automatedSyncEnabled,
        int syncIntervalHours) {}
