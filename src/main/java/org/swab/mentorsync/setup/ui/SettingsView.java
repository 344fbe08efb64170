package org.swab.mentorsync.setup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.swab.mentorsync.base.security.PasswordChangeService;
import org.swab.mentorsync.base.ui.EmptyState;
import org.swab.mentorsync.base.ui.PagePanel;
import org.swab.mentorsync.base.ui.RelativeTime;
import org.swab.mentorsync.importing.CsvStatus;
import org.swab.mentorsync.importing.CsvStatusService;
import org.swab.mentorsync.season.NewSeason;
import org.swab.mentorsync.season.SeasonService;
import org.swab.mentorsync.settings.ApiSettingsStatus;
import org.swab.mentorsync.settings.BuiltInApiServers;
import org.swab.mentorsync.settings.ContactSyncSchedule;
import org.swab.mentorsync.settings.ScheduleSettings;
import org.swab.mentorsync.settings.SettingChange;
import org.swab.mentorsync.settings.SetupState;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.settings.SyncDiscoveryService;
import org.swab.mentorsync.sync.SyncHistoryService;
import org.swab.mentorsync.sync.SyncLog;
import org.swab.mentorsync.sync.SyncRunStatus;
import org.swab.mentorsync.sync.SyncScheduleService;

/**
 * The Settings page, the design's sections: system status, API configuration (with discovery), automated sync (with
 * each schedule's last run and the next fire time Quartz holds), who changed which setting when, and the danger
 * zone's "Start a new season".
 */
@Route("settings")
@PageTitle("Settings · Mentor Sync")
@Menu(order = 4, icon = "vaadin:cog", title = "Settings")
@PermitAll
class SettingsView extends VerticalLayout implements AfterNavigationObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final int CHANGES_SHOWN = 20;

    final Paragraph initialization = new Paragraph();
    final RouterLink openWizard = new RouterLink("Open the setup wizard", SetupView.class);
    final Paragraph coverage = new Paragraph();
    final Paragraph lastCsv = new Paragraph();
    final Paragraph lastBaseline = new Paragraph();
    final Paragraph lastContactSync = new Paragraph();
    final Paragraph apiStatus = new Paragraph();
    final EmptyState apiEmptyState;
    final Checkbox automatedSync = new Checkbox("Run the baseline sync automatically");
    final IntegerField intervalHours = new IntegerField("Every (hours)");
    final Paragraph baselineSchedule = new Paragraph();
    final Checkbox contactSync = new Checkbox("Sync the linked Givebutter contacts on their own schedule");
    final IntegerField contactIntervalHours = new IntegerField("Every (hours)");
    final Paragraph contactSchedule = new Paragraph();
    final Paragraph contactStep = new Paragraph();
    final Button save = new Button("Save schedule");
    final Button changePassword = new Button("Change password");
    final VerticalLayout apiArea = new VerticalLayout();
    final ApiSettingsForm apiForm;
    final Grid<SettingChange> changes = new Grid<>();
    final Paragraph newSeasonHint = new Paragraph();
    final Button newSeason = new Button("Start a new season");
    final Anchor pastSeasons = new Anchor("seasons", "Past seasons");

    private final SyncConfigService configService;
    private final CsvStatusService csvStatus;
    private final SyncHistoryService history;
    private final SyncScheduleService schedules;
    private final Clock clock;
    private final SeasonService seasons;

    SettingsView(
            SyncConfigService configService,
            SyncDiscoveryService discovery,
            CsvStatusService csvStatus,
            SyncHistoryService history,
            SyncScheduleService schedules,
            Clock clock,
            PasswordChangeService passwords,
            SeasonService seasons,
            AuthenticationContext authentication,
            ObjectProvider<BuiltInApiServers> builtInServers,
            List<PagePanel> panels) {
        this.configService = configService;
        this.csvStatus = csvStatus;
        this.history = history;
        this.schedules = schedules;
        this.clock = clock;
        this.seasons = seasons;
        apiForm =
                new ApiSettingsForm(configService, discovery, builtInServers.getIfAvailable(), this::refresh, () -> {});
        apiEmptyState = new EmptyState(
                "Jotform and Givebutter are not connected yet",
                "Mentor Sync needs a Jotform API key with the signup and setup form ids, and a Givebutter API key "
                        + "with the campaign code. Until they are set below, no sync can run and no mentors appear.");
        hoursField(intervalHours, "Between 1 and 168 hours");
        hoursField(contactIntervalHours, "Daily (24) is enough: contacts change less often than fundraising");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveSchedule());
        changePassword.addClickListener(click -> authentication
                .getPrincipalName()
                .ifPresent(username -> new ChangePasswordDialog(passwords, username).open()));
        newSeason.addThemeVariants(ButtonVariant.LUMO_ERROR);
        newSeason.addClickListener(click -> new NewSeasonDialog(
                        seasons,
                        seasons.confirmationCode(),
                        authentication.getPrincipalName().orElse("unknown"),
                        this::seasonStarted)
                .open());

        changes.addColumn(change -> WHEN.format(change.changedAt().atZone(zone())))
                .setHeader("When")
                .setAutoWidth(true);
        changes.addColumn(SettingChange::changedBy).setHeader("Who").setAutoWidth(true);
        changes.addColumn(SettingChange::setting).setHeader("Setting").setAutoWidth(true);
        changes.addColumn(change ->
                        (change.oldValue() == null ? "" : change.oldValue() + " → ") + orEmpty(change.newValue()))
                .setHeader("Change");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT);
        changes.setAllRowsVisible(true);

        apiArea.setPadding(false);
        add(new H2("Settings"));
        panels.stream().filter(panel -> panel.shownOn("settings")).forEach(panel -> add(panel.create()));
        add(
                new H3("System status"),
                initialization,
                openWizard,
                coverage,
                lastCsv,
                lastBaseline,
                lastContactSync,
                new H3("API configuration"),
                apiArea,
                apiForm,
                new H3("Automated sync"),
                automatedSync,
                intervalHours,
                baselineSchedule,
                contactSync,
                contactIntervalHours,
                contactSchedule,
                contactStep,
                save,
                new H3("Changes to the settings"),
                changes,
                new H3("Your account"),
                changePassword,
                new H3("Danger zone"),
                newSeasonHint,
                newSeason,
                pastSeasons);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        showStatus();
        ApiSettingsStatus api = configService.apiSettingsStatus();
        apiStatus.setText("Jotform key: " + (api.jotformApiKeySet() ? "set" : "not set")
                + " · signup form: " + orNone(api.jotformSignupFormId())
                + " · setup form: " + orNone(api.jotformSetupFormId())
                + " · Givebutter key: " + (api.givebutterApiKeySet() ? "set" : "not set")
                + " · campaign: " + orNone(api.givebutterCampaignCode()));
        apiArea.removeAll();
        apiArea.add(api.complete() ? apiStatus : apiEmptyState);
        apiForm.load();
        ScheduleSettings schedule = configService.scheduleSettings();
        automatedSync.setValue(schedule.automatedSyncEnabled());
        intervalHours.setValue(schedule.syncIntervalHours());
        ContactSyncSchedule contacts = configService.contactSyncSchedule();
        contactSync.setValue(contacts.enabled());
        contactIntervalHours.setValue(contacts.intervalHours());
        showSchedules(contacts.enabled());
        changes.setItems(configService.recentChanges(CHANGES_SHOWN));
        String campaign = seasons.confirmationCode();
        newSeason.setEnabled(campaign != null);
        newSeasonHint.setText(
                campaign == null
                        ? "No campaign is configured, so there is no season to archive."
                        : "When the " + campaign + " season is over: archive its mentors, tasks and form rows "
                                + "and set the system up again for next season's forms and campaign.");
    }

    private void seasonStarted(NewSeason season) {
        Notification.show(
                        season.season() + " archived (" + season.mentorsArchived()
                                + " mentors, in Past seasons). Set up the new season.",
                        5000,
                        Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(SetupView.class));
    }

    private void showStatus() {
        SetupState setup = configService.setupState();
        initialization.setText(
                setup.initialized()
                        ? "Initialized " + when(setup.initializedAt()) + " by " + setup.initializedBy() + "."
                        : "Not initialized yet: the setup wizard is at step " + setup.step() + " of "
                                + SetupState.LAST_STEP + ".");
        openWizard.setVisible(!setup.initialized());
        CsvStatus csv = csvStatus.status();
        CsvStatus.Coverage mentors = csv.coverage();
        coverage.setText("Mentor coverage: " + mentors.withContactId() + "/" + mentors.totalMentors() + " ("
                + mentors.coveragePercent() + " %) have a Givebutter contact id.");
        lastCsv.setText(
                csv.lastUpload() == null
                        ? "Last contacts CSV: none uploaded yet."
                        : "Last contacts CSV: "
                                + RelativeTime.describe(csv.lastUpload().timestamp(), clock.instant()) + " ("
                                + csv.lastUpload().filename() + ").");
        lastBaseline.setText("Last baseline sync: " + describe(history.lastBaselineRun()));
        lastContactSync.setText("Last contact sync: " + describe(history.lastContactSyncRun()));
    }

    private void showSchedules(boolean separateContactSchedule) {
        baselineSchedule.setText(
                "Last run " + lastRun(history.lastBaselineRun()) + " · next " + next(schedules.nextBaselineSync()));
        contactSchedule.setText(
                "Last run " + lastRun(history.lastContactSyncRun()) + " · next " + next(schedules.nextContactSync()));
        contactStep.setText(
                separateContactSchedule
                        ? "The contact sync runs on its own schedule, so the baseline sync skips its contact step."
                        : "The contact sync runs as the last step of every baseline sync.");
    }

    private void saveSchedule() {
        Integer hours = validHours(intervalHours);
        Integer contactHours = validHours(contactIntervalHours);
        if (hours == null || contactHours == null) {
            return;
        }
        configService.updateSchedule(new ScheduleSettings(automatedSync.getValue(), hours));
        configService.updateContactSyncSchedule(new ContactSyncSchedule(contactSync.getValue(), contactHours));
        refresh();
        Notification.show("Schedule saved", 3000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private String describe(Optional<SyncLog> run) {
        return run.map(log -> when(log.getStartedAt()) + ", "
                        + switch (log.getStatus()) {
                            case COMPLETED -> "completed";
                            case RUNNING -> "still running";
                            case FAILED -> "failed: " + orEmpty(log.getErrorMessage());
                        }
                        + ".")
                .orElse("never.");
    }

    private String lastRun(Optional<SyncLog> run) {
        return run.map(log -> when(log.getStartedAt()) + (log.getStatus() == SyncRunStatus.FAILED ? " (failed)" : ""))
                .orElse("never");
    }

    private String next(Optional<Instant> fire) {
        return fire.map(this::when).orElse("not scheduled");
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone())) + " (" + RelativeTime.describe(instant, clock.instant()) + ")";
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static void hoursField(IntegerField field, String help) {
        field.setMin(ScheduleSettings.MIN_INTERVAL_HOURS);
        field.setMax(ScheduleSettings.MAX_INTERVAL_HOURS);
        field.setStepButtonsVisible(true);
        field.setHelperText(help);
    }

    private static Integer validHours(IntegerField field) {
        Integer hours = field.getValue();
        if (hours == null
                || field.isInvalid()
                || hours < ScheduleSettings.MIN_INTERVAL_HOURS
                || hours > ScheduleSettings.MAX_INTERVAL_HOURS) {
            field.setInvalid(true);
            field.setErrorMessage("Enter a whole number of hours between 1 and 168");
            return null;
        }
        field.setInvalid(false);
        return hours;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "none" : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
