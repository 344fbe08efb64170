package org.swab.mentorsync.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The single sync_config row (id = 1): API settings (keys encrypted) and schedules. */
@Entity
@Table(name = "sync_config")
public class SyncConfig {

    @Id
    private Integer id = 1;

    private String jotformApiKey;

    private String jotformBaseUrl;

    private String jotformSignupFormId;

    private String jotformSetupFormId;

    private String givebutterApiKey;

    @Column(name = "jotform_api_key_last4")
    private String jotformApiKeyLast4;

    @Column(name = "givebutter_api_key_last4")
    private String givebutterApiKeyLast4;

    private String givebutterBaseUrl;

    private String givebutterCampaignCode;

    private Long givebutterCampaignId;

    private boolean automatedSyncEnabled;

    private int syncIntervalHours = 6;

    private boolean contactSyncEnabled;

    private int contactSyncIntervalHours = 24;

    private Instant initializedAt;

    private String initializedBy;

    private int setupStep = 1;

    private Instant updatedAt;

    @Version
    private long version;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getJotformApiKey() {
        return jotformApiKey;
    }

    public void setJotformApiKey(String jotformApiKey) {
        this.jotformApiKey = jotformApiKey;
    }

    public String getJotformBaseUrl() {
        return jotformBaseUrl;
    }

    public void setJotformBaseUrl(String jotformBaseUrl) {
        this.jotformBaseUrl = jotformBaseUrl;
    }

    public String getJotformSignupFormId() {
        return jotformSignupFormId;
    }

    public void setJotformSignupFormId(String jotformSignupFormId) {
        this.jotformSignupFormId = jotformSignupFormId;
    }

    public String getJotformSetupFormId() {
        return jotformSetupFormId;
    }

    public void setJotformSetupFormId(String jotformSetupFormId) {
        this.jotformSetupFormId = jotformSetupFormId;
    }

    public String getGivebutterApiKey() {
        return givebutterApiKey;
    }

    public void setGivebutterApiKey(String givebutterApiKey) {
        this.givebutterApiKey = givebutterApiKey;
    }

    public String getGivebutterBaseUrl() {
        return givebutterBaseUrl;
    }

    public void setGivebutterBaseUrl(String givebutterBaseUrl) {
        this.givebutterBaseUrl = givebutterBaseUrl;
    }

    public String getGivebutterCampaignCode() {
        return givebutterCampaignCode;
    }

    public void setGivebutterCampaignCode(String givebutterCampaignCode) {
        this.givebutterCampaignCode = givebutterCampaignCode;
    }

    public Long getGivebutterCampaignId() {
        return givebutterCampaignId;
    }

    public void setGivebutterCampaignId(Long givebutterCampaignId) {
        this.givebutterCampaignId = givebutterCampaignId;
    }

    public boolean isAutomatedSyncEnabled() {
        return automatedSyncEnabled;
    }

    public void setAutomatedSyncEnabled(boolean automatedSyncEnabled) {
        this.automatedSyncEnabled = automatedSyncEnabled;
    }

    public int getSyncIntervalHours() {
        return syncIntervalHours;
    }

    public void setSyncIntervalHours(int syncIntervalHours) {
        this.syncIntervalHours = syncIntervalHours;
    }

    public boolean isContactSyncEnabled() {
        return contactSyncEnabled;
    }

    public void setContactSyncEnabled(boolean contactSyncEnabled) {
        this.contactSyncEnabled = contactSyncEnabled;
    }

    public int getContactSyncIntervalHours() {
        return contactSyncIntervalHours;
    }

    public void setContactSyncIntervalHours(int contactSyncIntervalHours) {
        this.contactSyncIntervalHours = contactSyncIntervalHours;
    }

    public Instant getInitializedAt() {
        return initializedAt;
    }

    public void setInitializedAt(Instant initializedAt) {
        this.initializedAt = initializedAt;
    }

    public String getInitializedBy() {
        return initializedBy;
    }

    public void setInitializedBy(String initializedBy) {
        this.initializedBy = initializedBy;
    }

    public int getSetupStep() {
        return setupStep;
    }

    public void setSetupStep(int setupStep) {
        this.setupStep = setupStep;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public String getJotformApiKeyLast4() {
        return jotformApiKeyLast4;
    }

    public void setJotformApiKeyLast4(String jotformApiKeyLast4) {
        this.jotformApiKeyLast4 = jotformApiKeyLast4;
    }

    public String getGivebutterApiKeyLast4() {
        return givebutterApiKeyLast4;
    }

    public void setGivebutterApiKeyLast4(String givebutterApiKeyLast4) {
        this.givebutterApiKeyLast4 = givebutterApiKeyLast4;
    }
}
