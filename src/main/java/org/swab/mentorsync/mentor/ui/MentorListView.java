package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.swab.mentorsync.base.ui.EmptyState;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorOverview;
import org.swab.mentorsync.mentor.MentorService;

@Route("mentors")
@PageTitle("Mentors · Mentor Sync")
@Menu(order = 1, icon = "vaadin:users", title = "Mentors")
@PermitAll
class MentorListView extends VerticalLayout {

    final TextField filter = new TextField();
    final Grid<Mentor> grid = new Grid<>(Mentor.class, false);
    final EmptyState emptyState;

    final HorizontalLayout toolbar = new HorizontalLayout();

    MentorListView(MentorService mentorService, ObjectProvider<MentorToolbarAction> toolbarActions) {
        setSizeFull();
        MentorOverview overview = mentorService.overview();
        emptyState = new EmptyState("No mentors yet",
                "Mentors appear here after the first sync from the Jotform signup form. Add the Jotform and "
                        + "Givebutter API settings in Settings first, then run a sync from the Sync page.");

        filter.setPlaceholder("Search name, id, phone or email");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setWidth("24rem");

        grid.addColumn(Mentor::getMnId).setHeader("MN ID").setKey("mnId").setSortable(true).setAutoWidth(true);
        grid.addColumn(Mentor::getPreferredName).setHeader("Preferred name").setKey("preferredName").setSortable(true);
        grid.addColumn(Mentor::getFullName).setHeader("Full name").setKey("fullName").setSortable(true);
        grid.addColumn(mentor -> mentor.getStatusCategory().label()).setHeader("Status").setKey("statusCategory")
                .setSortable(true);
        grid.addColumn(Mentor::getPhone).setHeader("Phone").setKey("phone");
        grid.addColumn(mentor -> mentor.getGbContactId() == null ? "No contact id" : mentor.getGbContactId().toString())
                .setHeader("Givebutter contact").setKey("gbContactId").setSortable(true);
        grid.setItems(query -> mentorService.list(filter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        toolbarActions.orderedStream().forEach(action -> toolbar.add(action.create(() -> {
            if (overview.activeMentors() > 0) {
                grid.getDataProvider().refreshAll();
            }
        })));
        toolbar.setAlignItems(Alignment.BASELINE);
        add(new H2("Mentors"), toolbar);
        if (overview.activeMentors() == 0) {
            add(emptyState);
        } else {
            add(filter, grid);
        }
    }
}
