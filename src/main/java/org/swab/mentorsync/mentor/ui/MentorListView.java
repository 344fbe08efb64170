package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.swab.mentorsync.base.ui.EmptyState;
import java.time.Clock;
import java.util.List;
import org.swab.mentorsync.base.ui.RelativeTime;
import org.swab.mentorsync.mentor.MentorListItem;
import org.swab.mentorsync.mentor.MentorOverview;
import org.swab.mentorsync.mentor.MentorService;

@Route("mentors")
@PageTitle("Mentors · Mentor Sync")
@Menu(order = 1, icon = "vaadin:users", title = "Mentors")
@PermitAll
class MentorListView extends VerticalLayout implements AfterNavigationObserver {

    final TextField filter = new TextField();
    final Grid<MentorListItem> grid = new Grid<>();
    final EmptyState emptyState;
    final VerticalLayout content = new VerticalLayout();

    final HorizontalLayout toolbar = new HorizontalLayout();

    private final MentorService mentorService;
    private final ObjectProvider<MentorToolbarAction> toolbarActions;
    private final List<MentorDetailsAction> detailsActions;
    private final Clock clock;

    MentorListView(MentorService mentorService, ObjectProvider<MentorToolbarAction> toolbarActions,
            List<MentorDetailsAction> detailsActions, Clock clock) {
        this.mentorService = mentorService;
        this.toolbarActions = toolbarActions;
        this.detailsActions = detailsActions;
        this.clock = clock;
        setSizeFull();
        emptyState = new EmptyState("No mentors yet",
                "Mentors appear here after the first sync from the Jotform signup form. Add the Jotform and "
                        + "Givebutter API settings in Settings first, then run a sync from the Sync page.");

        filter.setPlaceholder("Search name, id, phone or email");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setWidth("24rem");

        grid.addColumn(item -> item.mentor().getMnId()).setHeader("MN ID").setKey("mnId").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(item -> item.mentor().getPreferredName()).setHeader("Preferred name").setKey("preferredName")
                .setSortable(true);
        grid.addColumn(item -> item.mentor().getFullName()).setHeader("Full name").setKey("fullName")
                .setSortable(true);
        grid.addColumn(item -> item.mentor().getStatusCategory().label()).setHeader("Status")
                .setKey("statusCategory").setSortable(true);
        grid.addColumn(item -> item.mentor().getPhone()).setHeader("Phone").setKey("phone");
        grid.addColumn(this::givebutterState).setHeader("GB sync").setKey("gbContactId").setSortable(true);
        grid.addItemClickListener(click -> openDetails(click.getItem().mentor().getMnId()));
        grid.setItems(query -> mentorService.list(filter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        toolbar.setAlignItems(Alignment.BASELINE);
        content.setPadding(false);
        content.setSizeFull();
        add(new H2("Mentors"), toolbar, content);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void openDetails(String mnId) {
        new MentorDetailsDialog(mentorService, detailsActions, clock, mnId, grid.getDataProvider()::refreshAll).open();
    }

    private String givebutterState(MentorListItem item) {
        if (item.mentor().getGbContactId() == null) {
            return "No contact ID";
        }
        if (item.contactStatus() == null) {
            return "Contact " + item.mentor().getGbContactId() + ", not synced yet";
        }
        return switch (item.contactStatus()) {
            case SYNCED -> "Synced " + RelativeTime.describe(item.contactSyncedAt(), clock.instant());
            case CONFLICT -> "Conflicts";
            case STALE -> "Contact deleted in Givebutter";
        };
    }

    void refresh() {
        // rebuilt on every visit: the actions show state (e.g. how old the last contacts CSV is)
        toolbar.removeAll();
        toolbarActions.orderedStream().forEach(action -> toolbar.add(action.create(this::refresh)));
        MentorOverview overview = mentorService.overview();
        content.removeAll();
        if (overview.activeMentors() == 0) {
            content.add(emptyState);
        } else {
            content.add(filter, grid);
            grid.getDataProvider().refreshAll();
        }
    }
}
