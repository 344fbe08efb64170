package org.swab.mentorsync.settings.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.swab.mentorsync.settings.ApiSettingsSummary;
import org.swab.mentorsync.settings.ContactSyncSchedule;

/** GET /api/sync/config: the design's field names, never a key. */
record SyncConfigResponse(
        @JsonProperty("jotform_api_key_set") boolean jotformApiKeySet,
        @JsonProperty("jotform_api_key_last4") String jotformApiKeyLast4,
        @JsonProperty("jotform_base_url") String jotformBaseUrl,
        @JsonProperty("jotform_signup_form_id") String jotformSignupFormId,
        @JsonProperty("jotform_setup_form_id") String jotformSetupFormId,
        @JsonProperty("givebutter_api_key_set") boolean givebutterApiKeySet,
        @JsonProperty("givebutter_api_key_last4") String givebutterApiKeyLast4,
        @JsonProperty("givebutter_base_url") String givebutterBaseUrl,
        @JsonProperty("givebutter_campaign_code") String givebutterCampaignCode,
        @JsonProperty("automated_sync_enabled") boolean automatedSyncEnabled,
        @JsonProperty("sync_interval_hours") int syncIntervalHours,
        @JsonProperty("contact_sync_enabled") boolean contactSyncEnabled,
        @JsonProperty("contact_sync_interval_hours") int contactSyncIntervalHours) {

    static SyncConfigResponse of(ApiSettingsSummary summary, ContactSyncSchedule contactSync) {
        return new SyncConfigResponse(
                summary.jotformApiKeySet(),
                summary.jotformApiKeyLast4(),
                summary.jotformBaseUrl(),
                summary.jotformSignupFormId(),
                summary.jotformSetupFormId(),
                summary.givebutterApiKeySet(),
                summary.givebutterApiKeyLast4(),
                summary.givebutterBaseUrl(),
                summary.givebutterCampaignCode(),
                summary.automatedSyncEnabled(),
                summary.syncIntervalHours(),
                contactSync.enabled(),
                contactSync.intervalHours());
    }
}
