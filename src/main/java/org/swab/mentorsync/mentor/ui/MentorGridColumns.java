package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.swab.mentorsync.base.ui.RelativeTime;
import org.swab.mentorsync.mentor.GbSyncState;
import org.swab.mentorsync.mentor.MentorListItem;
import org.swab.mentorsync.mentor.MentorStatus;

/**
 * The Mentors grid's columns: a table at desktop width, one card per mentor on a phone. Column keys are the sort
 * keys of the mentor list.
 */
class MentorGridColumns {

    private final Clock clock;
    private final Consumer<String> openDetails;
    private final Consumer<MentorListItem> toggleTraining;
    private final Grid.Column<MentorListItem> card;
    private final List<Grid.Column<MentorListItem>> table;

    MentorGridColumns(
            Grid<MentorListItem> grid,
            Clock clock,
            Consumer<String> openDetails,
            Consumer<MentorListItem> toggleTraining) {
        this.clock = clock;
        this.openDetails = openDetails;
        this.toggleTraining = toggleTraining;
        card = grid.addComponentColumn(this::card)
                .setHeader("Mentor")
                .setKey("card")
                .setFlexGrow(1);
        card.setVisible(false);
        table = List.of(
                sortable(grid.addColumn(item -> item.mentor().getMnId()).setHeader("MN ID"), "mn_id")
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                sortable(grid.addColumn(item -> name(item)).setHeader("Name"), "last_name"),
                sortable(
                        grid.addComponentColumn(item -> status(item.mentor().getStatusCategory()))
                                .setHeader("Status"),
                        "status"),
                sortable(grid.addComponentColumn(this::gbSync).setHeader("GB sync"), "gb_sync"),
                sortable(grid.addColumn(item -> dollars(item.amountRaised())).setHeader("Raised"), "amount_raised")
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                sortable(
                                grid.addComponentColumn(item -> item.trained()
                                                ? MentorListView.badge("✓", "Trained", "success")
                                                : MentorListView.badge("…", "Not trained", "contrast"))
                                        .setHeader("Training"),
                                "training")
                        .setAutoWidth(true)
                        .setFlexGrow(0));
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(
                click -> openDetails.accept(click.getItem().mentor().getMnId()));
    }

    /** Shows the one-line cards on a narrow screen, the table otherwise. */
    void fitWidth(boolean narrow) {
        card.setVisible(narrow);
        table.forEach(column -> column.setVisible(!narrow));
    }

    private static Grid.Column<MentorListItem> sortable(Grid.Column<MentorListItem> column, String key) {
        return column.setKey(key).setSortProperty(key).setSortable(true).setResizable(true);
    }

    private Component card(MentorListItem item) {
        GbSyncState state = item.gbSync();
        Span line = new Span(name(item) + " · " + item.mentor().getMnId() + " · " + dollars(item.amountRaised()));
        return MentorListView.card(
                line,
                status(item.mentor().getStatusCategory()),
                MentorListView.badge(state.icon(), state.label(), theme(state)));
    }

    private Component actions(MentorListItem item) {
        boolean conflicts = item.gbSync() == GbSyncState.CONFLICT;
        Button open = new Button(
                conflicts ? "Review" : "View",
                click -> openDetails.accept(item.mentor().getMnId()));
        open.addThemeVariants(
                ButtonVariant.LUMO_SMALL, conflicts ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        open.setAriaLabel((conflicts ? "Review conflicts of " : "View ") + name(item));
        Button trainingToggle =
                new Button(item.trained() ? "Undo training" : "Mark trained", click -> toggleTraining.accept(item));
        trainingToggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        trainingToggle.setAriaLabel((item.trained() ? "Undo training of " : "Mark trained: ") + name(item));
        HorizontalLayout actions = new HorizontalLayout(open, trainingToggle);
        actions.setSpacing(false);
        return actions;
    }

    private Component gbSync(MentorListItem item) {
        GbSyncState state = item.gbSync();
        String label = state == GbSyncState.SYNCED
                ? "Synced " + RelativeTime.describe(item.contactSyncedAt(), clock.instant())
                : state.label();
        return MentorListView.badge(state.icon(), label, theme(state));
    }

    private static Component status(MentorStatus status) {
        return switch (status) {
            case COMPLETE -> MentorListView.badge("✓", status.label(), "success");
            case NEEDS_TRAINING -> MentorListView.badge("🎓", status.label(), "");
            case NEEDS_FUNDRAISING -> MentorListView.badge("$", status.label(), "");
            case NEEDS_PAGE -> MentorListView.badge("📄", status.label(), "contrast");
            case NEEDS_SETUP -> MentorListView.badge("📝", status.label(), "contrast");
        };
    }

    private static String theme(GbSyncState state) {
        return switch (state) {
            case SYNCED -> "success";
            case CONFLICT, DELETED, UNLINKED -> "error";
            case PENDING, NO_CONTACT_ID -> "contrast";
        };
    }

    static String name(MentorListItem item) {
        String last = item.mentor().getLastName();
        return item.mentor().getPreferredName() + (last == null || last.isBlank() ? "" : " " + last);
    }

    static String dollars(BigDecimal amount) {
        BigDecimal whole = amount.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return "$"
                + (whole.scale() <= 0 ? whole.setScale(0, RoundingMode.UNNECESSARY) : whole.setScale(2))
                        .toPlainString();
    }
}
