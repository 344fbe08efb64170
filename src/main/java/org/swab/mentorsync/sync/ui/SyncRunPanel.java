package org.swab.mentorsync.sync.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import org.swab.mentorsync.sync.StepEvent;
import org.swab.mentorsync.sync.SyncAlreadyRunningException;
import org.swab.mentorsync.sync.SyncListener;
import org.swab.mentorsync.sync.SyncOutcome;
import org.swab.mentorsync.sync.SyncRequest;
import org.swab.mentorsync.sync.SyncService;
import org.swab.mentorsync.sync.SyncStep;

/**
 * "Run sync now" with live step progress. The run goes on in the background; its events arrive through
 * {@link UI#access} (server push). Any run, also a scheduled one, shows here while the page is open; the button is
 * off while a run is going.
 */
class SyncRunPanel extends VerticalLayout {

    final Button runNow = new Button("Run sync now");
    final Paragraph result = new Paragraph();
    final Map<String, StepRow> steps = new LinkedHashMap<>();

    private final SyncService syncService;
    private final String user;
    private final Runnable onFinished;
    private Runnable unsubscribe;

    SyncRunPanel(SyncService syncService, String user, Runnable onFinished) {
        this.syncService = syncService;
        this.user = user;
        this.onFinished = onFinished;
        setPadding(false);
        runNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runNow.addClickListener(click -> start());
        add(new H3("Run sync now"), new Paragraph("Fetches Jotform signups and setup forms and the Givebutter "
                + "campaign members, then rebuilds the mentors. Mentors change only if every fetch succeeds."), runNow);
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
        unsubscribe = syncService.addListener(new SyncListener() {
            @Override
            public void onStep(StepEvent event) {
                ui.access(() -> show(event));
            }

            @Override
            public void onFinished(SyncOutcome outcome) {
                ui.access(() -> finished(outcome));
            }
        });
        runNow.setEnabled(!syncService.isRunning());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void start() {
        try {
            steps.values().forEach(row -> row.show("waiting", null));
            result.setText("");
            runNow.setEnabled(false);
            syncService.start(SyncRequest.manual(user), SyncListener.NONE);
        } catch (SyncAlreadyRunningException e) {
            runNow.setEnabled(false);
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    private void show(StepEvent event) {
        runNow.setEnabled(false);
        StepRow row = steps.get(event.step());
        if (row != null) {
            row.show(event.status(), event.message());
        }
    }

    private void finished(SyncOutcome outcome) {
        steps.values().stream().filter(row -> "waiting".equals(row.status()))
                .forEach(row -> row.show("skipped", null));
        String seconds = String.format("%.1f s", outcome.durationMs() / 1000.0);
        if (outcome.succeeded()) {
            result.setText("Sync completed in " + seconds + ".");
            Notification.show("Sync completed", 3000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } else {
            result.setText("Sync failed after " + seconds + ": " + outcome.errorMessage());
        }
        runNow.setEnabled(true);
        onFinished.run();
    }
}
