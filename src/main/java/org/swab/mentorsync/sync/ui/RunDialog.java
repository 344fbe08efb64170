package org.swab.mentorsync.sync.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.swab.mentorsync.sync.SyncLog;

/** One line of the run history: its steps with their counts, the run's counts, who started it, its error. */
class RunDialog extends Dialog {

    final Grid<Map<String, Object>> steps = new Grid<>();
    final FormLayout facts = new FormLayout();
    final Paragraph error = new Paragraph();

    RunDialog(SyncLog run) {
        setHeaderTitle(SyncView.typeLabel(run.getSyncType()) + " · "
                + run.getStatus().code() + " · " + SyncView.WHEN.format(run.getStartedAt()));
        setWidth("48rem");
        setMaxWidth("100%");
        fact(
                "Started by",
                run.getTriggeredBy().code()
                        + (run.getTriggeredByUser() == null ? "" : " (" + run.getTriggeredByUser() + ")"));
        fact("Duration", run.getDurationMs() == null ? "still running" : SyncView.duration(run.getDurationMs()));
        fact("Processed", String.valueOf(run.getRecordsProcessed()));
        fact("Inserted", String.valueOf(run.getRecordsInserted()));
        fact("Updated", String.valueOf(run.getRecordsUpdated()));
        fact("Failed", String.valueOf(run.getRecordsFailed()));
        if (run.getErrorDetails() != null && !run.getErrorDetails().isEmpty()) {
            fact(
                    "Details",
                    run.getErrorDetails().entrySet().stream()
                            .map(entry -> entry.getKey().replace('_', ' ') + ": " + entry.getValue())
                            .collect(Collectors.joining(" · ")));
        }
        steps.addColumn(step -> step.get("step")).setHeader("Step").setAutoWidth(true);
        steps.addColumn(step -> step.get("status")).setHeader("Status").setAutoWidth(true);
        steps.addColumn(step -> Objects.toString(step.get("message"), "")).setHeader("What happened");
        steps.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        steps.setAllRowsVisible(true);
        steps.setItems(run.getSteps());
        steps.setVisible(!run.getSteps().isEmpty());
        error.setText(run.getErrorMessage() == null ? "" : "Error: " + run.getErrorMessage());
        error.setVisible(run.getErrorMessage() != null);
        add(facts, steps, error);
        getFooter().add(new Button("Close", click -> close()));
    }

    private void fact(String label, String value) {
        facts.addFormItem(new Span(value), label);
    }
}
