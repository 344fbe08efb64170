package org.swab.mentorsync.settings.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.swab.mentorsync.settings.ApiSettings;
import org.swab.mentorsync.settings.ContactSyncSchedule;
import org.swab.mentorsync.settings.ScheduleSettings;
import org.swab.mentorsync.settings.ApiSettingsSummary;
import org.swab.mentorsync.settings.InvalidSyncConfigException;
import org.swab.mentorsync.settings.SyncConfigService;

/** GET/POST /api/sync/config: the Jotform/Givebutter settings and the automated-sync schedule. */
@RestController
@RequestMapping("/api/sync/config")
class SyncConfigController {

    static final String DEFAULT_JOTFORM_BASE_URL = "https://api.jotform.com";
    static final String DEFAULT_GIVEBUTTER_BASE_URL = "https://api.givebutter.com/v1";

    private final SyncConfigService configService;

    SyncConfigController(SyncConfigService configService) {
        this.configService = configService;
    }

    @GetMapping
    SyncConfigResponse get() {
        return SyncConfigResponse.of(configService.apiSettings(), configService.contactSyncSchedule());
    }

    @PostMapping
    SyncConfigResponse save(@RequestBody SyncConfigRequest request) {
        ApiSettingsSummary current = configService.apiSettings();
        ApiSettings settings = new ApiSettings(request.jotformApiKey(),
                url(request.jotformBaseUrl(), current.jotformBaseUrl(), DEFAULT_JOTFORM_BASE_URL),
                or(request.jotformSignupFormId(), current.jotformSignupFormId()),
                or(request.jotformSetupFormId(), current.jotformSetupFormId()),
                request.givebutterApiKey(),
                url(request.givebutterBaseUrl(), current.givebutterBaseUrl(), DEFAULT_GIVEBUTTER_BASE_URL),
                or(request.givebutterCampaignCode(), current.givebutterCampaignCode()),
                request.automatedSyncEnabled() == null ? current.automatedSyncEnabled()
                        : request.automatedSyncEnabled(),
                request.syncIntervalHours() == null ? current.syncIntervalHours() : request.syncIntervalHours());
        ContactSyncSchedule contactSync = contactSchedule(request, configService.contactSyncSchedule());
        ApiSettingsSummary saved = configService.updateApiSettings(settings);
        configService.updateContactSyncSchedule(contactSync);
        return SyncConfigResponse.of(saved, contactSync);
    }

    @ExceptionHandler(InvalidSyncConfigException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> invalid(InvalidSyncConfigException e) {
        return Map.of("error", "invalid_config", "message", "The sync configuration was not saved",
                "fields", e.fieldErrors());
    }

    private static ContactSyncSchedule contactSchedule(SyncConfigRequest request, ContactSyncSchedule stored) {
        int hours = request.contactSyncIntervalHours() == null ? stored.intervalHours()
                : request.contactSyncIntervalHours();
        if (hours < ScheduleSettings.MIN_INTERVAL_HOURS || hours > ScheduleSettings.MAX_INTERVAL_HOURS) {
            throw new InvalidSyncConfigException(Map.of("contact_sync_interval_hours", "Between 1 and 168 hours"));
        }
        return new ContactSyncSchedule(
                request.contactSyncEnabled() == null ? stored.enabled() : request.contactSyncEnabled(), hours);
    }

    private static String or(String submitted, String stored) {
        return submitted == null ? stored : submitted;
    }

    /** Absent keeps the stored URL; empty goes back to the default. */
    private static String url(String submitted, String stored, String fallback) {
        if (submitted == null) {
            return stored == null ? fallback : stored;
        }
        return submitted.isBlank() ? fallback : submitted;
    }
}
