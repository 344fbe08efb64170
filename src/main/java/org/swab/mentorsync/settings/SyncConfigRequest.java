package org.swab.mentorsync.settings;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of POST /api/sync/config and POST /api/sync/initialize. Absent values keep what is stored; an empty key
 * keeps the stored key too.
 */
public record SyncConfigRequest(
        @JsonProperty("jotform_api_key") String jotformApiKey,
        @JsonProperty("jotform_base_url") String jotformBaseUrl,
        @JsonProperty("jotform_signup_form_id") String jotformSignupFormId,
        @JsonProperty("jotform_setup_form_id") String jotformSetupFormId,
        @JsonProperty("givebutter_api_key") String givebutterApiKey,
        @JsonProperty("givebutter_base_url") String givebutterBaseUrl,
        @JsonProperty("givebutter_campaign_code") String givebutterCampaignCode,
        @JsonProperty("automated_sync_enabled") Boolean automatedSyncEnabled,
        @JsonProperty("sync_interval_hours") Integer syncIntervalHours,
        @JsonProperty("contact_sync_enabled") Boolean contactSyncEnabled,
        @JsonProperty("contact_sync_interval_hours") Integer contactSyncIntervalHours) {

    @Override
    public String toString() {
        return "SyncConfigRequest[keys hidden]";
    }
}
