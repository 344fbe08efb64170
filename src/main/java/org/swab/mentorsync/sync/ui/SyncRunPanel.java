package org.swab.mentorsync.sync.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.swab.mentorsync.base.ui.RelativeTime;
import org.swab.mentorsync.sync.StepEvent;
import org.swab.mentorsync.sync.SyncAlreadyRunningException;
import org.swab.mentorsync.sync.SyncHistoryService;
import org.swab.mentorsync.sync.SyncListener;
import org.swab.mentorsync.sync.SyncOutcome;
import org.swab.mentorsync.sync.SyncRequest;
import org.swab.mentorsync.sync.SyncService;
import org.swab.mentorsync.sync.SyncStep;
import org.swab.mentorsync.sync.TriggeredBy;

/**
 * "Run sync now" with live step progress. The run goes on in the background; its events arrive through
 * {@link UI#access} (server push). Any run, also a scheduled one, shows here while the page is open; the button is
 * off while a run is going. When the last baseline run was refused because it would drop too many mentors, the
 * reason shows with a confirmed "Run anyway and drop them".
 */
class SyncRunPanel extends VerticalLayout {

    final Button runNow = new Button("Run sync now");
    final Button syncContactsNow = new Button("Sync contacts now");
    /** The page's quick actions: the run buttons, and what the page adds (upload, error log). */
    final FlexLayout actions = new FlexLayout(runNow, syncContactsNow);

    final Paragraph result = new Paragraph();
    final Map<String, StepRow> steps = new LinkedHashMap<>();
    final Paragraph refusedDrops = new Paragraph();
    final Button runAnywayAndDrop = new Button("Run anyway and drop them");
    final Div dropConfirmation = new Div(refusedDrops, runAnywayAndDrop);
    ConfirmDialog dropsConfirm;

    private final SyncService syncService;
    private final SyncHistoryService historyService;
    private final String user;
    private final Clock clock;
    private final Runnable onFinished;
    private Runnable unsubscribe;

    SyncRunPanel(
            SyncService syncService, SyncHistoryService historyService, String user, Clock clock, Runnable onFinished) {
        this.syncService = syncService;
        this.clock = clock;
        this.historyService = historyService;
        this.user = user;
        this.onFinished = onFinished;
        setPadding(false);
        actions.addClassName("sync-actions");
        runNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runNow.addClickListener(click -> start(SyncRequest.manual(user)));
        syncContactsNow.addClickListener(click -> start(SyncRequest.contactSync(TriggeredBy.MANUAL, user)));
        runAnywayAndDrop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        runAnywayAndDrop.addClickListener(click -> confirmDrops());
        add(
                new H3("Run sync now"),
                new Paragraph("Fetches Jotform signups and setup forms and the Givebutter campaign members, then "
                        + "rebuilds the mentors (only if every fetch succeeds), then refreshes the linked Givebutter "
                        + "contacts. \"Sync contacts now\" does the last step alone."),
                actions,
                dropConfirmation);
        for (SyncStep step : SyncStep.values()) {
            StepRow row = new StepRow(step.label());
            steps.put(step.label(), row);
            add(row);
        }
        add(result);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        unsubscribe = syncService.addListener(
                SyncListener.of(event -> ui.access(() -> show(event)), outcome -> ui.access(() -> finished(outcome))));
        boolean running = syncService.isRunning();
        setButtonsEnabled(!running);
        if (!running) {
            showLastRun();
        }
        showRefusedDrops();
    }

    /** While idle the rows show the last run's steps as it logged them; "waiting" is only for a queued run. */
    void showLastRun() {
        var last = historyService.lastRun();
        steps.values().forEach(row -> row.show("not run yet", null));
        last.ifPresent(run -> {
            steps.values().forEach(row -> row.show("not part of the last run", null));
            for (Map<String, Object> step : run.getSteps()) {
                StepRow row = steps.get(String.valueOf(step.get("step")));
                if (row != null) {
                    row.show(String.valueOf(step.get("status")), (String) step.get("message"));
                }
            }
            result.setText("Last run: " + run.getSyncType().code().replace('_', ' ') + ", "
                    + run.getStatus().code() + " "
                    + RelativeTime.describe(
                            run.getCompletedAt() == null ? run.getStartedAt() : run.getCompletedAt(), clock.instant())
                    + (run.getDurationMs() == null
                            ? ""
                            : " in " + String.format(Locale.ROOT, "%.1f s", run.getDurationMs() / 1000.0))
                    + (run.getErrorMessage() == null ? "." : ": " + run.getErrorMessage()));
        });
        if (last.isEmpty()) {
            result.setText("No sync has run yet.");
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void start(SyncRequest request) {
        try {
            var runSteps = syncService.steps(request.type());
            steps.forEach((label, row) -> row.show(
                    runSteps.stream().anyMatch(step -> step.label().equals(label)) ? "waiting" : "skipped", null));
            result.setText("");
            setButtonsEnabled(false);
            syncService.start(request, SyncListener.NONE);
        } catch (SyncAlreadyRunningException e) {
            setButtonsEnabled(false);
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private void confirmDrops() {
        dropsConfirm = new ConfirmDialog(
                "Drop these mentors?",
                "The sync runs again and marks them dropped. "
                        + "Dropped mentors are kept, not deleted, and turn active again if their signup comes back.",
                "Run anyway and drop them",
                confirm -> start(SyncRequest.manual(user).confirmingDrops()));
        dropsConfirm.setCancelable(true);
        dropsConfirm.setConfirmButtonTheme("error primary");
        dropsConfirm.open();
    }

    private void showRefusedDrops() {
        var refused = historyService.refusedDrops();
        refusedDrops.setText(refused.orElse(""));
        dropConfirmation.setVisible(refused.isPresent());
    }

    private void setButtonsEnabled(boolean enabled) {
        runNow.setEnabled(enabled);
        syncContactsNow.setEnabled(enabled);
        runAnywayAndDrop.setEnabled(enabled);
    }

    private void show(StepEvent event) {
        setButtonsEnabled(false);
        StepRow row = steps.get(event.step());
        if (row != null) {
            row.show(event.status(), event.message());
        }
    }

    private void finished(SyncOutcome outcome) {
        steps.values().stream().filter(row -> "waiting".equals(row.status())).forEach(row -> row.show("skipped", null));
        String seconds = String.format("%.1f s", outcome.durationMs() / 1000.0);
        if (outcome.succeeded()) {
            result.setText("Sync completed in " + seconds + ".");
            Notification.show("Sync completed", 3000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            result.setText("Sync failed after " + seconds + ": " + outcome.errorMessage());
        }
        setButtonsEnabled(true);
        showRefusedDrops();
        onFinished.run();
    }
}
