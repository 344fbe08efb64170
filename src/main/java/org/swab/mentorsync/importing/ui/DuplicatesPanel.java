package org.swab.mentorsync.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.swab.mentorsync.importing.DuplicateContactsService;
import org.swab.mentorsync.importing.DuplicateGroupView;

/**
 * The duplicates viewer: each group of Givebutter contacts sharing a phone or an email that uploads logged, with
 * its contact ids and the mentor it touches, and "Mark resolved" once the admin merged them in Givebutter. Open
 * groups by default; resolved ones on request.
 */
public class DuplicatesPanel extends VerticalLayout {

    final Grid<DuplicateGroupView> groups = new Grid<>();
    final Checkbox showResolved = new Checkbox("Show resolved groups");
    final Paragraph summary = new Paragraph();

    private final DuplicateContactsService duplicates;

    /** {@code markResolved} closes the group's logged error (its mn_errors id) as the current admin. */
    public DuplicatesPanel(DuplicateContactsService duplicates, Consumer<Long> markResolved) {
        this.duplicates = duplicates;
        setPadding(false);
        groups.addColumn(group -> "email".equals(group.type()) ? "Email" : "Phone")
                .setHeader("Shared")
                .setAutoWidth(true)
                .setFlexGrow(0);
        groups.addColumn(DuplicateGroupView::identifier).setHeader("Value").setFlexGrow(1);
        groups.addColumn(group ->
                        group.contactIds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .setHeader("Contact ids")
                .setFlexGrow(1);
        groups.addComponentColumn(DuplicatesPanel::mentor).setHeader("Mentor").setAutoWidth(true);
        groups.addComponentColumn(group -> {
                    if (group.resolved()) {
                        return new Span("resolved");
                    }
                    Button resolve = new Button("Mark resolved", click -> {
                        markResolved.accept(group.errorId());
                        refresh();
                    });
                    resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    resolve.setAriaLabel("Mark resolved: " + group.count() + " contacts sharing " + group.identifier());
                    return resolve;
                })
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        groups.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        groups.setAllRowsVisible(true);
        groups.setWidthFull();
        showResolved.addValueChangeListener(change -> refresh());
        add(summary, showResolved, groups);
    }

    public void refresh() {
        List<DuplicateGroupView> all = duplicates.groups();
        long open = all.stream().filter(group -> !group.resolved()).count();
        summary.setText(
                open == 0
                        ? "No open duplicate groups: no two Givebutter contacts of a mentor share a phone or an email."
                        : open + " open group" + (open == 1 ? "" : "s") + " of Givebutter contacts sharing a phone or "
                                + "an email. Merge them in Givebutter, then mark the group resolved.");
        groups.setItems(all.stream()
                .filter(group -> showResolved.getValue() || !group.resolved())
                .toList());
    }

    private static com.vaadin.flow.component.Component mentor(DuplicateGroupView group) {
        if (group.mentorId() == null) {
            return new Span("—");
        }
        Anchor link = new Anchor(
                "mentors?" + QueryParameters.of("q", group.mentorId()).getQueryString(), group.mentorId());
        link.getElement().setAttribute("aria-label", "Show mentor " + group.mentorId());
        return link;
    }
}
