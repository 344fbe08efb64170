package org.swab.mentorsync.sync.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.swab.mentorsync.base.ui.EmptyState;
import org.swab.mentorsync.base.ui.RelativeTime;
import org.swab.mentorsync.conflict.ConflictService;
import org.swab.mentorsync.conflict.ui.OpenConflictsPanel;
import org.swab.mentorsync.settings.ScheduleSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.sync.SyncHistoryService;
import org.swab.mentorsync.sync.SyncLog;
import org.swab.mentorsync.sync.SyncScheduleService;
import org.swab.mentorsync.sync.SyncService;

@Route("sync")
@PageTitle("Sync · Mentor Sync")
@Menu(order = 2, icon = "vaadin:refresh", title = "Sync")
@PermitAll
class SyncView extends VerticalLayout implements AfterNavigationObserver {

    private static final DateTimeFormatter STARTED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final Paragraph scheduleStatus = new Paragraph();
    final Grid<SyncLog> history = new Grid<>(SyncLog.class, false);
    final EmptyState emptyState;
    final SyncRunPanel runPanel;
    final OpenConflictsPanel conflictsPanel;

    private final SyncHistoryService historyService;
    private final SyncConfigService configService;
    private final SyncScheduleService scheduleService;
    private final Clock clock;

    SyncView(
            SyncHistoryService historyService,
            SyncConfigService configService,
            SyncScheduleService scheduleService,
            SyncService syncService,
            ConflictService conflictService,
            AuthenticationContext authentication,
            Clock clock) {
        this.historyService = historyService;
        this.configService = configService;
        this.scheduleService = scheduleService;
        this.clock = clock;
        setSizeFull();
        runPanel = new SyncRunPanel(
                syncService, historyService, authentication.getPrincipalName().orElse(null), this::refresh);
        conflictsPanel = new OpenConflictsPanel(conflictService, clock);
        emptyState = new EmptyState(
                "No syncs have run yet",
                "Every sync run appears here with its steps, counts and outcome. Add the Jotform and Givebutter "
                        + "API settings in Settings first; automated runs then follow the schedule there.");

        history.addColumn(run -> STARTED.format(run.getStartedAt()))
                .setHeader("Started")
                .setAutoWidth(true);
        history.addColumn(run -> run.getSyncType().code()).setHeader("Type");
        history.addColumn(run -> run.getStatus().code()).setHeader("Status");
        history.addColumn(run -> run.getDurationMs() == null ? "" : formatDuration(run.getDurationMs()))
                .setHeader("Duration");
        history.addColumn(SyncLog::getRecordsProcessed).setHeader("Records");
        history.addColumn(SyncLog::getRecordsFailed).setHeader("Failed");
        history.addColumn(run -> run.getErrorMessage() == null ? "" : run.getErrorMessage())
                .setHeader("Error")
                .setFlexGrow(2);
        history.setItems(
                query -> historyService.recentRuns(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        add(
                new H2("Sync"),
                scheduleStatus,
                runPanel,
                new H3("Open conflicts"),
                conflictsPanel,
                new Anchor("errors", "Error log: every duplicate, conflict and bad input logged by syncs and uploads"),
                new H3("Sync log"),
                emptyState,
                history);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
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
        conflictsPanel.refresh();
        boolean none = historyService.countRuns() == 0;
        emptyState.setVisible(none);
        history.setVisible(!none);
        history.getDataProvider().refreshAll();
    }

    private static String formatDuration(long millis) {
        Duration duration = Duration.ofMillis(millis);
        return duration.toMinutes() > 0
                ? duration.toMinutes() + "m " + duration.toSecondsPart() + "s"
                : String.format("%.1fs", millis / 1000.0);
    }
}
