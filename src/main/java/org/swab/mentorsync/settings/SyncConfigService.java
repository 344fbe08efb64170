package org.swab.mentorsync.settings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.base.crypto.SecretCipher;

/** Reads and changes the single sync_config row. */
@Service
public class SyncConfigService {

    static final String DEFAULT_JOTFORM_BASE_URL = "https://api.jotform.com";
    static final String DEFAULT_GIVEBUTTER_BASE_URL = "https://api.givebutter.com/v1";

    private final SyncConfigRepository configs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecretCipher cipher;
    private final Set<String> extraHosts;
    private final JdbcTemplate jdbc;

    SyncConfigService(
            SyncConfigRepository configs,
            ApplicationEventPublisher events,
            Clock clock,
            SecretCipher cipher,
            ApiHostsProperties hosts,
            JdbcTemplate jdbc) {
        this.configs = configs;
        this.jdbc = jdbc;
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
        List<SettingChange> changes = new ArrayList<>();
        compare(changes, "contact_sync_enabled", config.isContactSyncEnabled(), schedule.enabled());
        compare(changes, "contact_sync_interval_hours", config.getContactSyncIntervalHours(), schedule.intervalHours());
        record(changes);
        config.setContactSyncEnabled(schedule.enabled());
        config.setContactSyncIntervalHours(schedule.intervalHours());
        config.setUpdatedAt(clock.instant());
        events.publishEvent(schedule);
    }

    /** Saves the automated-sync settings; the Quartz trigger follows once the change is committed. */
    @Transactional
    public void updateSchedule(ScheduleSettings settings) {
        SyncConfig config = configs.getSingleton();
        List<SettingChange> changes = new ArrayList<>();
        compareSchedule(changes, config, settings.automatedSyncEnabled(), settings.syncIntervalHours());
        record(changes);
        config.setAutomatedSyncEnabled(settings.automatedSyncEnabled());
        config.setSyncIntervalHours(settings.syncIntervalHours());
        config.setUpdatedAt(clock.instant());
        events.publishEvent(new SyncScheduleChanged(settings.automatedSyncEnabled(), settings.syncIntervalHours()));
    }

    @Transactional(readOnly = true)
    public ApiSettingsStatus apiSettingsStatus() {
        SyncConfig config = configs.getSingleton();
        return new ApiSettingsStatus(
                hasText(config.getJotformApiKey()),
                config.getJotformSignupFormId(),
                config.getJotformSetupFormId(),
                hasText(config.getGivebutterApiKey()),
                config.getGivebutterCampaignCode());
    }

    @Transactional(readOnly = true)
    public ApiSettingsSummary apiSettings() {
        SyncConfig config = configs.getSingleton();
        return new ApiSettingsSummary(
                hasText(config.getJotformApiKey()),
                config.getJotformApiKeyLast4(),
                config.getJotformBaseUrl(),
                config.getJotformSignupFormId(),
                config.getJotformSetupFormId(),
                hasText(config.getGivebutterApiKey()),
                config.getGivebutterApiKeyLast4(),
                config.getGivebutterBaseUrl(),
                config.getGivebutterCampaignCode(),
                config.isAutomatedSyncEnabled(),
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
        String givebutterBaseUrl = stripTrailingSlash(settings.givebutterBaseUrl());
        List<SettingChange> changes = new ArrayList<>();
        compare(changes, "jotform_base_url", config.getJotformBaseUrl(), jotformBaseUrl);
        compare(
                changes,
                "jotform_signup_form_id",
                config.getJotformSignupFormId(),
                trimToNull(settings.jotformSignupFormId()));
        compare(
                changes,
                "jotform_setup_form_id",
                config.getJotformSetupFormId(),
                trimToNull(settings.jotformSetupFormId()));
        compare(changes, "givebutter_base_url", config.getGivebutterBaseUrl(), givebutterBaseUrl);
        compare(
                changes,
                "givebutter_campaign_code",
                config.getGivebutterCampaignCode(),
                trimToNull(settings.givebutterCampaignCode()));
        compareSchedule(changes, config, settings.automatedSyncEnabled(), settings.syncIntervalHours());
        if (hasText(settings.jotformApiKey())) {
            String key = settings.jotformApiKey().trim();
            changes.add(keyChange("jotform_api_key", "replaced"));
            config.setJotformApiKey(cipher.encrypt(key));
            config.setJotformApiKeyLast4(lastFour(key));
        } else if (!ApiBaseUrls.sameOrigin(config.getJotformBaseUrl(), jotformBaseUrl)) {
            if (hasText(config.getJotformApiKey())) {
                changes.add(keyChange("jotform_api_key", "forgotten (the base URL moved)"));
            }
            config.setJotformApiKey(null);
            config.setJotformApiKeyLast4(null);
        }
        if (hasText(settings.givebutterApiKey())) {
            String key = settings.givebutterApiKey().trim();
            changes.add(keyChange("givebutter_api_key", "replaced"));
            config.setGivebutterApiKey(cipher.encrypt(key));
            config.setGivebutterApiKeyLast4(lastFour(key));
        } else if (!ApiBaseUrls.sameOrigin(config.getGivebutterBaseUrl(), givebutterBaseUrl)) {
            if (hasText(config.getGivebutterApiKey())) {
                changes.add(keyChange("givebutter_api_key", "forgotten (the base URL moved)"));
            }
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
        record(changes);
        if (scheduleChanged) {
            events.publishEvent(new SyncScheduleChanged(settings.automatedSyncEnabled(), settings.syncIntervalHours()));
        }
        return apiSettings();
    }

    /**
     * Applies a submitted configuration (REST): absent values keep what is stored, an empty base URL goes back to
     * the vendor's default; the API settings and both schedules are saved together or not at all.
     */
    @Transactional
    public ApiSettingsSummary apply(SyncConfigRequest request) {
        ApiSettingsSummary current = apiSettings();
        ContactSyncSchedule storedContacts = contactSyncSchedule();
        int contactHours = request.contactSyncIntervalHours() == null
                ? storedContacts.intervalHours()
                : request.contactSyncIntervalHours();
        if (contactHours < ScheduleSettings.MIN_INTERVAL_HOURS || contactHours > ScheduleSettings.MAX_INTERVAL_HOURS) {
            throw new InvalidSyncConfigException(Map.of("contact_sync_interval_hours", "Between 1 and 168 hours"));
        }
        ApiSettingsSummary saved = updateApiSettings(new ApiSettings(
                request.jotformApiKey(),
                url(request.jotformBaseUrl(), current.jotformBaseUrl(), DEFAULT_JOTFORM_BASE_URL),
                or(request.jotformSignupFormId(), current.jotformSignupFormId()),
                or(request.jotformSetupFormId(), current.jotformSetupFormId()),
                request.givebutterApiKey(),
                url(request.givebutterBaseUrl(), current.givebutterBaseUrl(), DEFAULT_GIVEBUTTER_BASE_URL),
                or(request.givebutterCampaignCode(), current.givebutterCampaignCode()),
                request.automatedSyncEnabled() == null
                        ? current.automatedSyncEnabled()
                        : request.automatedSyncEnabled(),
                request.syncIntervalHours() == null ? current.syncIntervalHours() : request.syncIntervalHours()));
        updateContactSyncSchedule(new ContactSyncSchedule(
                request.contactSyncEnabled() == null ? storedContacts.enabled() : request.contactSyncEnabled(),
                contactHours));
        return saved;
    }

    /** What a run needs, keys still encrypted: only the clients decrypt them. */
    @Transactional(readOnly = true)
    public SyncTargets syncTargets() {
        SyncConfig config = configs.getSingleton();
        return new SyncTargets(
                config.getJotformBaseUrl(),
                config.getJotformApiKey(),
                config.getJotformSignupFormId(),
                config.getJotformSetupFormId(),
                config.getGivebutterBaseUrl(),
                config.getGivebutterApiKey(),
                config.getGivebutterCampaignCode());
    }

    @Transactional(readOnly = true)
    public SetupState setupState() {
        SyncConfig config = configs.getSingleton();
        return new SetupState(config.getInitializedAt(), config.getInitializedBy(), config.getSetupStep());
    }

    /** Stores the wizard step reached, so that reopening the wizard resumes there. */
    @Transactional
    public void reachSetupStep(int step) {
        if (step < SetupState.FIRST_STEP || step > SetupState.LAST_STEP) {
            throw new IllegalArgumentException("No setup step " + step);
        }
        configs.getSingleton().setSetupStep(step);
    }

    /** The wizard is done: the system counts as initialized from now on. */
    @Transactional
    public void markInitialized(String user) {
        SyncConfig config = configs.getSingleton();
        Instant now = clock.instant();
        config.setInitializedAt(now);
        config.setInitializedBy(user);
        record(List.of(new SettingChange(now, user, "initialized", null, "setup finished")));
    }

    /**
     * A new season starts: last season's forms and campaign are forgotten, so no sync brings last season's rows back;
     * the keys and the schedules stay; the setup wizard starts again. Joins the caller's transaction (the archive).
     */
    @Transactional
    public void startNewSeason(String user, String season) {
        SyncConfig config = configs.getSingleton();
        Instant now = clock.instant();
        List<SettingChange> changes = new ArrayList<>();
        changes.add(new SettingChange(now, user, "season", null, season + " archived, new season started"));
        forget(changes, now, user, "jotform_signup_form_id", config.getJotformSignupFormId());
        forget(changes, now, user, "jotform_setup_form_id", config.getJotformSetupFormId());
        forget(changes, now, user, "givebutter_campaign_code", config.getGivebutterCampaignCode());
        config.setJotformSignupFormId(null);
        config.setJotformSetupFormId(null);
        config.setGivebutterCampaignCode(null);
        config.setGivebutterCampaignId(null);
        config.setInitializedAt(null);
        config.setInitializedBy(null);
        config.setSetupStep(SetupState.FIRST_STEP);
        config.setUpdatedAt(now);
        record(changes);
    }

    private static void forget(List<SettingChange> changes, Instant now, String user, String setting, String value) {
        if (value != null) {
            changes.add(new SettingChange(now, user, setting, value, null));
        }
    }

    /** The latest setting changes, newest first. */
    @Transactional(readOnly = true)
    public List<SettingChange> recentChanges(int limit) {
        return jdbc.query(
                "select changed_at, changed_by, setting, old_value, new_value from settings_changes "
                        + "order by changed_at desc, id desc limit ?",
                (row, n) -> new SettingChange(
                        row.getTimestamp("changed_at").toInstant(),
                        row.getString("changed_by"),
                        row.getString("setting"),
                        row.getString("old_value"),
                        row.getString("new_value")),
                limit);
    }

    private void compareSchedule(List<SettingChange> changes, SyncConfig config, boolean enabled, int hours) {
        compare(changes, "automated_sync_enabled", config.isAutomatedSyncEnabled(), enabled);
        compare(changes, "sync_interval_hours", config.getSyncIntervalHours(), hours);
    }

    private void compare(List<SettingChange> changes, String setting, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new SettingChange(
                    clock.instant(),
                    currentUser(),
                    setting,
                    before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }

    private SettingChange keyChange(String setting, String what) {
        return new SettingChange(clock.instant(), currentUser(), setting, null, what);
    }

    private void record(List<SettingChange> changes) {
        for (SettingChange change : changes) {
            jdbc.update(
                    "insert into settings_changes (changed_at, changed_by, setting, old_value, new_value) "
                            + "values (?, ?, ?, ?, ?)",
                    java.sql.Timestamp.from(change.changedAt()),
                    change.changedBy(),
                    change.setting(),
                    change.oldValue(),
                    change.newValue());
        }
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
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
