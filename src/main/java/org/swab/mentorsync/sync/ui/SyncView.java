package org.swab.mentorsync.sync.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.task.TaskExecutor;
import org.swab.mentorsync.base.ui.EmptyState;
import org.swab.mentorsync.base.ui.RelativeTime;
import org.swab.mentorsync.conflict.ConflictService;
import org.swab.mentorsync.conflict.ErrorReviewService;
import org.swab.mentorsync.conflict.ui.OpenConflictsPanel;
import org.swab.mentorsync.importing.DuplicateContactsService;
import org.swab.mentorsync.importing.GivebutterCsvImportService;
import org.swab.mentorsync.importing.ui.CsvUploadDialog;
import org.swab.mentorsync.importing.ui.DuplicatesPanel;
import org.swab.mentorsync.settings.ScheduleSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.sync.SyncHistoryService;
import org.swab.mentorsync.sync.SyncLog;
import org.swab.mentorsync.sync.SyncRunStatus;
import org.swab.mentorsync.sync.SyncScheduleService;
import org.swab.mentorsync.sync.SyncService;
import org.swab.mentorsync.sync.SyncType;

/**
 * The Sync page (design "UI Organization → Sync Page"): quick actions, three dashboard cards (last baseline sync,
 * last contact sync, last CSV upload), the run panel, open conflicts, the duplicates viewer and the run history
 * with filters. Cards and grids follow runs and uploads by server push.
 */
@Route("sync")
@PageTitle("Sync · Mentor Sync")
@Menu(order = 2, icon = "vaadin:refresh", title = "Sync")
@PermitAll
class SyncView extends VerticalLayout implements AfterNavigationObserver {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    /** Below this window width the history shows its key columns only. */
    static final int NARROW_WIDTH = 640;

    static final Duration STALE_CSV = Duration.ofHours(24);

    final Paragraph scheduleStatus = new Paragraph();
    final DashboardCard baselineCard = new DashboardCard("Last baseline sync");
    final DashboardCard contactCard = new DashboardCard("Last contact sync");
    final DashboardCard csvCard = new DashboardCard("Last CSV upload");
    final Button uploadCsv = new Button("Upload CSV", VaadinIcon.UPLOAD.create());
    final Select<SyncType> typeFilter = new Select<>();
    final Select<SyncRunStatus> statusFilter = new Select<>();
    final Grid<SyncLog> history = new Grid<>();
    final EmptyState emptyState;
    final SyncRunPanel runPanel;
    final OpenConflictsPanel conflictsPanel;
    final DuplicatesPanel duplicatesPanel;

    private final SyncHistoryService historyService;
    private final SyncConfigService configService;
    private final SyncScheduleService scheduleService;
    private final ConflictService conflictService;
    private final DuplicateContactsService duplicates;
    private final Clock clock;
    private final List<Grid.Column<SyncLog>> wideColumns;
    private Runnable stopFollowingHistory;

    SyncView(
            SyncHistoryService historyService,
            SyncConfigService configService,
            SyncScheduleService scheduleService,
            SyncService syncService,
            ConflictService conflictService,
            ErrorReviewService errorReviews,
            DuplicateContactsService duplicates,
            GivebutterCsvImportService imports,
            TaskExecutor applicationTaskExecutor,
            AuthenticationContext authentication,
            Clock clock) {
        this.historyService = historyService;
        this.configService = configService;
        this.scheduleService = scheduleService;
        this.conflictService = conflictService;
        this.duplicates = duplicates;
        this.clock = clock;
        addClassName("sync-page");
        String user = authentication.getPrincipalName().orElse("unknown");
        runPanel = new SyncRunPanel(syncService, historyService, user, clock, this::refresh);
        conflictsPanel = new OpenConflictsPanel(conflictService, clock);
        duplicatesPanel = new DuplicatesPanel(duplicates, errorId -> {
            errorReviews.markResolved(errorId, user);
            refresh();
        });
        emptyState = new EmptyState(
                "No syncs have run yet",
                "Every sync run, upload and export appears here with its steps, counts and outcome. Add the Jotform "
                        + "and Givebutter API settings in Settings first; automated runs then follow the schedule.");

        uploadCsv.addClickListener(
                click -> new CsvUploadDialog(imports, applicationTaskExecutor, user, this::refresh).open());
        Anchor errorLog = new Anchor("errors", "Error log");
        errorLog.addClassName("sync-error-log-link");
        runPanel.actions.add(uploadCsv, errorLog);

        FlexLayout cards = new FlexLayout(baselineCard, contactCard, csvCard);
        cards.addClassName("sync-cards");

        typeFilter.setLabel("Type");
        typeFilter.setItems(SyncType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption("Any type");
        typeFilter.setItemLabelGenerator(type -> type == null ? "Any type" : typeLabel(type));
        statusFilter.setLabel("Status");
        statusFilter.setItems(SyncRunStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("Any status");
        statusFilter.setItemLabelGenerator(status -> status == null ? "Any status" : statusLabel(status));
        typeFilter.addValueChangeListener(change -> history.getDataProvider().refreshAll());
        statusFilter.addValueChangeListener(change -> history.getDataProvider().refreshAll());
        FlexLayout filters = new FlexLayout(typeFilter, statusFilter);
        filters.addClassName("sync-history-filters");

        history.addColumn(run -> RelativeTime.describe(run.getStartedAt(), clock.instant()))
                .setHeader("Started")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(run -> typeLabel(run.getSyncType())).setHeader("Type").setAutoWidth(true);
        history.addColumn(run -> statusLabel(run.getStatus()))
                .setHeader("Status")
                .setAutoWidth(true);
        wideColumns = List.of(
                history.addColumn(run -> run.getDurationMs() == null ? "" : duration(run.getDurationMs()))
                        .setHeader("Duration")
                        .setAutoWidth(true),
                history.addColumn(SyncLog::getRecordsProcessed)
                        .setHeader("Records")
                        .setAutoWidth(true),
                history.addColumn(SyncLog::getRecordsFailed).setHeader("Failed").setAutoWidth(true),
                history.addColumn(run -> run.getErrorMessage() == null ? "" : run.getErrorMessage())
                        .setHeader("Error")
                        .setFlexGrow(2));
        history.setItems(
                query -> historyService
                        .history(
                                typeFilter.getValue(),
                                statusFilter.getValue(),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> (int) historyService
                        .history(
                                typeFilter.getValue(),
                                statusFilter.getValue(),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .getTotalElements());
        history.addItemClickListener(click -> new RunDialog(click.getItem()).open());
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.setHeight("24rem");
        history.setWidthFull();
        history.getElement().setAttribute("aria-label", "Run history: a row opens its steps");

        add(
                new H2("Sync"),
                scheduleStatus,
                cards,
                runPanel,
                new H3("Open conflicts"),
                conflictsPanel,
                new H3("Duplicate contacts"),
                duplicatesPanel,
                new H3("Run history"),
                emptyState,
                filters,
                history);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        // uploads and exports from other sessions or scripts: the cards and grids follow by server push
        stopFollowingHistory = historyService.addChangeListener(() -> ui.access(this::refresh));
        var page = ui.getPage();
        page.retrieveExtendedClientDetails(details -> fitWidth(details.getWindowInnerWidth()));
        Registration resizes = page.addBrowserWindowResizeListener(resize -> fitWidth(resize.getWidth()));
        addDetachListener(detach -> {
            resizes.remove();
            detach.unregisterListener();
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (stopFollowingHistory != null) {
            stopFollowingHistory.run();
            stopFollowingHistory = null;
        }
    }

    void fitWidth(int windowWidth) {
        wideColumns.forEach(column -> column.setVisible(windowWidth >= NARROW_WIDTH));
    }

    void refresh() {
        ScheduleSettings schedule = configService.scheduleSettings();
        String baseline = schedule.automatedSyncEnabled()
                ? "Automated sync runs every " + schedule.syncIntervalHours() + " h; next run "
                        + scheduleService
                                .nextBaselineSync()
                                .map(next -> RelativeTime.describe(next, clock.instant()))
                                .orElse("not scheduled")
                        + "."
                : "Automated sync is off. Turn it on in Settings.";
        scheduleStatus.setText(baseline
                + scheduleService
                        .nextContactSync()
                        .map(next -> " Contact sync next " + RelativeTime.describe(next, clock.instant()) + ".")
                        .orElse(""));
        showBaseline(historyService.lastBaselineRun());
        int openConflicts = conflictService.openConflicts().size();
        showContactSync(historyService.lastContactSyncRun(), openConflicts);
        long openDuplicates =
                duplicates.groups().stream().filter(group -> !group.resolved()).count();
        showCsvUpload(historyService.lastCsvUpload(), openDuplicates);
        conflictsPanel.refresh();
        duplicatesPanel.refresh();
        boolean none = historyService.countRuns() == 0;
        emptyState.setVisible(none);
        history.setVisible(!none);
        history.getDataProvider().refreshAll();
    }

    private void showBaseline(Optional<SyncLog> last) {
        if (last.isEmpty()) {
            baselineCard.show(
                    DashboardCard.State.NEVER, null, "Run sync now, or turn on the automated sync in Settings.");
            return;
        }
        SyncLog run = last.get();
        boolean attention = run.getRecordsFailed() > 0;
        baselineCard.show(
                stateOf(run, attention),
                reason(run, attention, run.getRecordsFailed() + " records failed"),
                when(run),
                took(run),
                run.getRecordsProcessed() + " processed · " + run.getRecordsInserted() + " new · "
                        + run.getRecordsUpdated() + " updated",
                "Errors: " + run.getRecordsFailed());
    }

    private void showContactSync(Optional<SyncLog> last, int openConflicts) {
        if (last.isEmpty()) {
            contactCard.show(
                    DashboardCard.State.NEVER,
                    null,
                    "Sync contacts now, or let the baseline sync refresh the linked contacts.",
                    "Open conflicts: " + openConflicts);
            return;
        }
        SyncLog run = last.get();
        boolean attention = openConflicts > 0 || run.getRecordsFailed() > 0;
        contactCard.show(
                stateOf(run, attention),
                reason(
                        run,
                        attention,
                        openConflicts > 0
                                ? openConflicts + " open conflict" + (openConflicts == 1 ? "" : "s") + " to review"
                                : run.getRecordsFailed() + " contacts failed"),
                when(run),
                took(run),
                run.getRecordsProcessed() + " contacts refreshed · " + run.getRecordsUpdated() + " updated",
                "Open conflicts: " + openConflicts + " · errors: " + run.getRecordsFailed());
    }

    private void showCsvUpload(Optional<SyncLog> last, long openDuplicates) {
        if (last.isEmpty()) {
            csvCard.show(
                    DashboardCard.State.NEVER,
                    null,
                    "Upload Givebutter's full contacts export so mentors get their contact ids.");
            return;
        }
        SyncLog upload = last.get();
        boolean stale = Duration.between(upload.getStartedAt(), clock.instant()).compareTo(STALE_CSV) > 0;
        Map<String, Object> details = upload.getErrorDetails() == null ? Map.of() : upload.getErrorDetails();
        boolean attention = stale || openDuplicates > 0;
        csvCard.show(
                stateOf(upload, attention),
                reason(
                        upload,
                        attention,
                        stale
                                ? "older than 24 h, upload a fresh export"
                                : openDuplicates + " open duplicate group" + (openDuplicates == 1 ? "" : "s")),
                when(upload),
                took(upload),
                details.getOrDefault("filename", "") + " · " + upload.getRecordsProcessed() + " contacts · "
                        + details.getOrDefault("new_contact_ids", 0) + " new contact ids",
                "Duplicates: " + details.getOrDefault("duplicate_groups", 0) + " groups (" + openDuplicates
                        + " open) · errors logged: " + upload.getRecordsFailed());
    }

    private static DashboardCard.State stateOf(SyncLog run, boolean needsAttention) {
        return switch (run.getStatus()) {
            case FAILED -> DashboardCard.State.FAILED;
            case RUNNING -> DashboardCard.State.ATTENTION;
            case COMPLETED -> needsAttention ? DashboardCard.State.ATTENTION : DashboardCard.State.HEALTHY;
        };
    }

    /** What the state word needs said: the failure, that it runs, or why a completed one needs attention. */
    private static String reason(SyncLog run, boolean needsAttention, String attention) {
        return switch (run.getStatus()) {
            case FAILED -> run.getErrorMessage();
            case RUNNING -> "running now";
            case COMPLETED -> needsAttention ? attention : null;
        };
    }

    private String when(SyncLog run) {
        Instant at = run.getCompletedAt() == null ? run.getStartedAt() : run.getCompletedAt();
        return "When: " + RelativeTime.describe(at, clock.instant()) + " (" + WHEN.format(at) + ")";
    }

    private static String took(SyncLog run) {
        return run.getDurationMs() == null ? "Still running" : "Took " + duration(run.getDurationMs());
    }

    static String typeLabel(SyncType type) {
        return switch (type) {
            case INITIALIZATION -> "First sync";
            case AUTOMATED -> "Scheduled sync";
            case MANUAL -> "Manual sync";
            case CONTACT_SYNC -> "Contact sync";
            case FEATURE_CSV_UPLOAD -> "CSV upload";
            case FEATURE_EXPORT -> "Export";
        };
    }

    static String statusLabel(SyncRunStatus status) {
        return switch (status) {
            case RUNNING -> "⏳ Running";
            case COMPLETED -> "✅ Completed";
            case FAILED -> "❌ Failed";
        };
    }

    static String duration(long millis) {
        Duration duration = Duration.ofMillis(millis);
        return duration.toMinutes() > 0
                ? duration.toMinutes() + "m " + duration.toSecondsPart() + "s"
                : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
