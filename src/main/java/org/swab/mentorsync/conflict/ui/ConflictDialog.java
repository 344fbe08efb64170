package org.swab.mentorsync.conflict.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.swab.mentorsync.conflict.ConflictResolution;
import org.swab.mentorsync.conflict.ConflictReview;
import org.swab.mentorsync.conflict.ConflictService;
import org.swab.mentorsync.conflict.FieldOwner;
import org.swab.mentorsync.mentor.MentorField;

/**
 * Ours vs Givebutter side by side for one mentor (design: "Conflict Detail Modal"), with the three decisions.
 * {@code onResolved} runs after a decision so the opener can refresh.
 */
public class ConflictDialog extends Dialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final Grid<ConflictReview.Row> fields = new Grid<>();
    final Paragraph contactLine = new Paragraph();
    final Paragraph overrideWarning = new Paragraph();
    final Button keepOurs = new Button("Keep our values");
    final Button acceptGivebutter = new Button("Accept Givebutter values");
    final Button manualReview = new Button("Manual review");

    private final ConflictService conflictService;
    private final Runnable onResolved;
    private ConflictReview review;

    public ConflictDialog(ConflictService conflictService, String mnId, Runnable onResolved) {
        this.conflictService = conflictService;
        this.onResolved = onResolved;
        setWidth("56rem");
        fields.addColumn(row -> row.field().label()).setHeader("Field").setAutoWidth(true);
        fields.addColumn(row -> row.owner().label()).setHeader("Owner").setAutoWidth(true);
        fields.addColumn(ConflictReview.Row::ourValue).setHeader("Our system");
        fields.addColumn(ConflictReview.Row::givebutterValue).setHeader("Givebutter");
        fields.setAllRowsVisible(true);
        fields.setItemDetailsRenderer(
                new com.vaadin.flow.data.renderer.TextRenderer<>(ConflictReview.Row::recommendation));
        fields.setDetailsVisibleOnClick(false);

        keepOurs.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepOurs.addClickListener(click -> decide(ConflictResolution.KEEP_OURS));
        acceptGivebutter.addClickListener(click -> decide(ConflictResolution.ACCEPT_GB));
        manualReview.addClickListener(click -> decide(ConflictResolution.MANUAL));
        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(contactLine, fields, overrideWarning);
        getFooter().add(close, manualReview, acceptGivebutter, keepOurs);
        show(conflictService.review(mnId));
    }

    private void show(ConflictReview current) {
        this.review = current;
        setHeaderTitle("Data conflicts for " + current.mentorName() + " (MN ID: " + current.mnId() + ")");
        contactLine.setText("Givebutter contact " + current.contactId()
                + (current.gbUpdatedAt() == null
                        ? ""
                        : ", last updated in Givebutter " + WHEN.format(current.gbUpdatedAt()))
                + (current.needsManualReview() ? ". Flagged for manual review." : "."));
        fields.setItems(current.rows());
        current.rows().forEach(row -> fields.setDetailsVisible(row, true));
        boolean jotformOwned = current.rows().stream().anyMatch(row -> row.owner() == FieldOwner.JOTFORM);
        overrideWarning.setText(
                !current.allAcceptable()
                        ? "Givebutter has nothing to accept for every field (see the advice under each), so only "
                                + "Keep our values and Manual review are offered."
                        : jotformOwned
                                ? "Accepting Givebutter values for Jotform-owned fields is an admin override: later "
                                        + "syncs keep it instead of the signup's value."
                                : "");
        boolean open = current.open() && current.hasConflicts();
        keepOurs.setEnabled(open);
        acceptGivebutter.setVisible(current.allAcceptable());
        acceptGivebutter.setEnabled(open);
        manualReview.setEnabled(open);
    }

    private void decide(ConflictResolution resolution) {
        Map<MentorField, ConflictResolution> decisions = new EnumMap<>(MentorField.class);
        review.rows().forEach(row -> decisions.put(row.field(), resolution));
        ConflictReview after = conflictService.resolve(review.mnId(), decisions, currentUser());
        show(after);
        onResolved.run();
        String message = switch (resolution) {
            case KEEP_OURS -> "Kept our values; the next Givebutter import carries them";
            case ACCEPT_GB -> "Givebutter values accepted";
            case MANUAL -> "Flagged for manual review";
        };
        Notification.show(message, 3000, Notification.Position.BOTTOM_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (resolution != ConflictResolution.MANUAL) {
            close();
        }
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "unknown" : authentication.getName();
    }

    ConflictReview review() {
        return review;
    }
}
