package org.swab.mentorsync.conflict.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import org.swab.mentorsync.base.ui.RelativeTime;
import org.swab.mentorsync.conflict.ConflictService;
import org.swab.mentorsync.conflict.ConflictSummary;

/** Open Givebutter-vs-Jotform conflicts (mentor, fields, age) with a Review button each. */
public class OpenConflictsPanel extends VerticalLayout {

    final Grid<ConflictSummary> conflicts = new Grid<>();
    final Paragraph none = new Paragraph(
            "No open contact conflicts. The contact sync lists here every mentor whose Givebutter contact "
                    + "disagrees with the Jotform signup.");

    private final ConflictService conflictService;

    public OpenConflictsPanel(ConflictService conflictService, Clock clock) {
        this.conflictService = conflictService;
        setPadding(false);
        conflicts.addColumn(ConflictSummary::mnId).setHeader("MN ID").setAutoWidth(true);
        conflicts.addColumn(ConflictSummary::mentorName).setHeader("Mentor");
        conflicts.addColumn(summary -> String.join(", ", summary.fields())).setHeader("Fields");
        conflicts
                .addColumn(summary -> RelativeTime.describe(summary.since(), clock.instant())
                        + (summary.needsManualReview() ? " · manual review" : ""))
                .setHeader("Age");
        conflicts
                .addComponentColumn(summary -> {
                    Button review = new Button("Review", click -> openReview(summary.mnId()));
                    review.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return review;
                })
                .setHeader("")
                .setAutoWidth(true);
        conflicts.setAllRowsVisible(true);
        refresh();
    }

    public void refresh() {
        var open = conflictService.openConflicts();
        removeAll();
        if (open.isEmpty()) {
            add(none);
        } else {
            conflicts.setItems(open);
            add(conflicts);
        }
    }

    void openReview(String mnId) {
        new ConflictDialog(conflictService, mnId, this::refresh).open();
    }
}
