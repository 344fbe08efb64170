package org.swab.mentorsync.sync;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the single sync_config row. */
@Service
public class SyncConfigService {

    private final SyncConfigRepository configs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SyncConfigService(SyncConfigRepository configs, ApplicationEventPublisher events, Clock clock) {
        this.configs = configs;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ScheduleSettings scheduleSettings() {
        SyncConfig config = configs.getSingleton();
        return new ScheduleSettings(config.isAutomatedSyncEnabled(), config.getSyncIntervalHours());
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

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
