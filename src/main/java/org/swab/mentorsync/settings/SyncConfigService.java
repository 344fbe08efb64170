package org.swab.mentorsync.settings;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.base.crypto.SecretCipher;

/** Reads and changes the single sync_config row. */
@Service
public class SyncConfigService {

    private final SyncConfigRepository configs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecretCipher cipher;
    private final Set<String> extraHosts;

    SyncConfigService(SyncConfigRepository configs, ApplicationEventPublisher events, Clock clock,
            SecretCipher cipher, ApiHostsProperties hosts) {
        this.configs = configs;
        this.events = events;
        this.clock = clock;
        this.cipher = cipher;
        this.extraHosts = hosts.normalizedExtraHosts();
    }

    @Transactional(readOnly = true)
    public ScheduleSettings scheduleSettings() {
        SyncConfig config = configs.getSingleton();
        return new ScheduleSettings(config.isAutomatedSyncEnabled(), config.getSyncIntervalHours());
    }

    @Transactional(readOnly = true)
    public ContactSyncSchedule contactSyncSchedule() {
        SyncConfig config = configs.getSingleton();
        return new ContactSyncSchedule(config.isContactSyncEnabled(), config.getContactSyncIntervalHours());
    }

    /** Saves the contact sync's schedule; its Quartz trigger follows once the change is committed. */
    @Transactional
    public void updateContactSyncSchedule(ContactSyncSchedule schedule) {
        SyncConfig config = configs.getSingleton();
        config.setContactSyncEnabled(schedule.enabled());
        config.setContactSyncIntervalHours(schedule.intervalHours());
        config.setUpdatedAt(clock.instant());
        events.publishEvent(schedule);
    }

    /** Saves the automated-sync settings; the Quartz trigger follows once the change is committed. */
    @Transactional
    public void updateSchedule(ScheduleSettings settings) {
        SyncConfig config = configs.getSingleton();
        config.setAutomatedSyncEnabled(settings.automatedSyncEnabled());
        config.setSyncIntervalHours(settings.syncIntervalHours());
        config.setUpdatedAt(clock.instant());
        events.publishEvent(new SyncScheduleChanged(settings.automatedSyncEnabled(), settings.syncIntervalHours()));
    }

    @Transactional(readOnly = true)
    public ApiSettingsStatus apiSettingsStatus() {
        SyncConfig config = configs.getSingleton();
        return new ApiSettingsStatus(hasText(config.getJotformApiKey()), config.getJotformSignupFormId(),
                config.getJotformSetupFormId(), hasText(config.getGivebutterApiKey()),
                config.getGivebutterCampaignCode());
    }

    @Transactional(readOnly = true)
    public ApiSettingsSummary apiSettings() {
        SyncConfig config = configs.getSingleton();
        return new ApiSettingsSummary(hasText(config.getJotformApiKey()), config.getJotformApiKeyLast4(),
                config.getJotformBaseUrl(), config.getJotformSignupFormId(), config.getJotformSetupFormId(),
                hasText(config.getGivebutterApiKey()), config.getGivebutterApiKeyLast4(),
                config.getGivebutterBaseUrl(), config.getGivebutterCampaignCode(), config.isAutomatedSyncEnabled(),
                config.getSyncIntervalHours());
    }

    /**
     * Validates and saves the API settings and the schedule. A blank key keeps the stored one, unless the base URL
     * moves to another scheme, host or port: a key stays with the host it was entered for, so it is forgotten. A new
     * key is stored encrypted. A changed campaign code forgets the cached campaign id.
     */
    @Transactional
    public ApiSettingsSummary updateApiSettings(ApiSettings settings) {
        Map<String, String> errors = ApiSettingsValidator.validate(settings, extraHosts);
        if (!errors.isEmpty()) {
            throw new InvalidSyncConfigException(errors);
        }
        SyncConfig config = configs.getSingleton();
        String jotformBaseUrl = stripTrailingSlash(settings.jotformBaseUrl());
        if (hasText(settings.jotformApiKey())) {
            String key = settings.jotformApiKey().trim();
            config.setJotformApiKey(cipher.encrypt(key));
            config.setJotformApiKeyLast4(lastFour(key));
        } else if (!ApiBaseUrls.sameOrigin(config.getJotformBaseUrl(), jotformBaseUrl)) {
            config.setJotformApiKey(null);
            config.setJotformApiKeyLast4(null);
        }
        String givebutterBaseUrl = stripTrailingSlash(settings.givebutterBaseUrl());
        if (hasText(settings.givebutterApiKey())) {
            String key = settings.givebutterApiKey().trim();
            config.setGivebutterApiKey(cipher.encrypt(key));
            config.setGivebutterApiKeyLast4(lastFour(key));
        } else if (!ApiBaseUrls.sameOrigin(config.getGivebutterBaseUrl(), givebutterBaseUrl)) {
            config.setGivebutterApiKey(null);
            config.setGivebutterApiKeyLast4(null);
        }
        config.setJotformBaseUrl(jotformBaseUrl);
        config.setGivebutterBaseUrl(givebutterBaseUrl);
        config.setJotformSignupFormId(trimToNull(settings.jotformSignupFormId()));
        config.setJotformSetupFormId(trimToNull(settings.jotformSetupFormId()));
        String code = trimToNull(settings.givebutterCampaignCode());
        if (code == null || !code.equalsIgnoreCase(String.valueOf(config.getGivebutterCampaignCode()))) {
            config.setGivebutterCampaignId(null);
        }
        config.setGivebutterCampaignCode(code);
        boolean scheduleChanged = config.isAutomatedSyncEnabled() != settings.automatedSyncEnabled()
                || config.getSyncIntervalHours() != settings.syncIntervalHours();
        config.setAutomatedSyncEnabled(settings.automatedSyncEnabled());
        config.setSyncIntervalHours(settings.syncIntervalHours());
        config.setUpdatedAt(clock.instant());
        if (scheduleChanged) {
            events.publishEvent(new SyncScheduleChanged(settings.automatedSyncEnabled(),
                    settings.syncIntervalHours()));
        }
        return apiSettings();
    }

    /** What a run needs, keys still encrypted: only the clients decrypt them. */
    @Transactional(readOnly = true)
    public SyncTargets syncTargets() {
        SyncConfig config = configs.getSingleton();
        return new SyncTargets(config.getJotformBaseUrl(), config.getJotformApiKey(),
                config.getJotformSignupFormId(), config.getJotformSetupFormId(), config.getGivebutterBaseUrl(),
                config.getGivebutterApiKey(), config.getGivebutterCampaignCode());
    }

    private static String lastFour(String key) {
        return key.length() <= 4 ? key : key.substring(key.length() - 4);
    }

    private static String stripTrailingSlash(String url) {
        String trimmed = url.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
