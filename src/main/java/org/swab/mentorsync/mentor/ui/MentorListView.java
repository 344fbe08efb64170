package org.swab.mentorsync.mentor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.swab.mentorsync.base.ui.EmptyState;
import org.swab.mentorsync.mentor.GbSyncState;
import org.swab.mentorsync.mentor.MentorFilter;
import org.swab.mentorsync.mentor.MentorListItem;
import org.swab.mentorsync.mentor.MentorService;
import org.swab.mentorsync.mentor.MentorSort;
import org.swab.mentorsync.mentor.MentorStatus;

/**
 * The active mentors, filtered by status, Givebutter state, training and a search, sorted by any column; filters and
 * sort live in the URL ({@code ?status=needs_training&gb_sync=conflict&training=false&q=lee&sort=amount_raised,desc}),
 * so a bookmark restores the view. Rows can be selected to mark a whole training session at once.
 */
@Route("mentors")
@PageTitle("Mentors · Mentor Sync")
@Menu(order = 1, icon = "vaadin:users", title = "Mentors")
@PermitAll
class MentorListView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver {

    /** Below this window width the grid shows one card column per mentor instead of the table. */
    static final int NARROW_WIDTH = 640;

    final TextField filter = new TextField();
    final Select<MentorStatus> status = new Select<>();
    final Select<GbSyncState> gbSync = new Select<>();
    final Select<Boolean> training = new Select<>();
    final Grid<MentorListItem> grid = new Grid<>();
    final Button markTrained = new Button("Mark trained");
    final Button markNotTrained = new Button("Mark not trained");
    final MentorFunnelPanel funnel;
    final EmptyState emptyState;
    final VerticalLayout content = new VerticalLayout();
    final MenuBar toolbar = new MenuBar();
    final Div banners = new Div();

    private final MentorService mentorService;
    private final ObjectProvider<MentorToolbarAction> toolbarActions;
    private final ObjectProvider<MentorBanner> bannerProviders;
    private final List<MentorDetailsAction> detailsActions;
    private final Clock clock;
    private final MentorGridColumns columns;
    /** True while the view is set from the URL, so setting it does not write the URL back. */
    private boolean restoring;

    MentorListView(
            MentorService mentorService,
            ObjectProvider<MentorToolbarAction> toolbarActions,
            ObjectProvider<MentorBanner> bannerProviders,
            List<MentorDetailsAction> detailsActions,
            Clock clock) {
        this.mentorService = mentorService;
        this.toolbarActions = toolbarActions;
        this.bannerProviders = bannerProviders;
        this.detailsActions = detailsActions;
        this.clock = clock;
        addClassName("mentor-list");
        setSizeFull();
        emptyState = new EmptyState(
                "No mentors yet",
                "Mentors appear here after the first sync from the Jotform signup form. Add the Jotform and "
                        + "Givebutter API settings in Settings first, then run a sync from the Sync page.");
        funnel = new MentorFunnelPanel(this::showStatus);

        filter.setPlaceholder("Search name, id, phone or email");
        filter.setAriaLabel("Search mentors");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addClassName("mentor-search");
        choices(status, "Status", "All statuses", List.of(MentorStatus.values()), MentorStatus::label);
        choices(
                gbSync,
                "GB sync",
                "Any GB state",
                List.of(GbSyncState.values()),
                state -> state.icon() + " " + state.label());
        choices(
                training,
                "Training",
                "Any training",
                List.of(true, false),
                trained -> trained ? "Trained" : "Not trained");
        filter.addValueChangeListener(change -> filtersChanged());
        status.addValueChangeListener(change -> filtersChanged());
        gbSync.addValueChangeListener(change -> filtersChanged());
        training.addValueChangeListener(change -> filtersChanged());

        columns = new MentorGridColumns(grid, clock, this::openDetails, this::toggleTraining);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItems(
                        query ->
                                mentorService
                                        .list(currentFilter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                                        .stream(),
                        query -> (int) mentorService.count(currentFilter()))
                .setIdentifierProvider(item -> item.mentor().getMnId());
        grid.addSortListener(sort -> writeUrl());
        grid.addSelectionListener(selection -> selectionChanged());
        grid.setSizeFull();

        markTrained.setIcon(VaadinIcon.CHECK.create());
        markTrained.addClickListener(click -> markSelected(true));
        markNotTrained.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markNotTrained.addClickListener(click -> markSelected(false));
        selectionChanged();

        toolbar.addClassName("mentor-toolbar");
        toolbar.getElement().setAttribute("aria-label", "Mentor actions");
        toolbar.addThemeVariants(MenuBarVariant.LUMO_END_ALIGNED);
        banners.addClassName("mentor-banners");
        FlexLayout header = new FlexLayout(new H2("Mentors"), toolbar);
        header.addClassName("mentor-header");
        content.setPadding(false);
        content.setSizeFull();
        add(header, banners, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            MentorFilter restored = lenient(parameters);
            status.setValue(restored.status());
            gbSync.setValue(restored.gbSync());
            training.setValue(restored.trained());
            filter.setValue(restored.search());
            grid.sort(sortOrders(parameters.getParameters("sort")));
        } finally {
            restoring = false;
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitWidth(details.getWindowInnerWidth()));
        Registration resizes = page.addBrowserWindowResizeListener(resize -> fitWidth(resize.getWidth()));
        addDetachListener(detach -> {
            resizes.remove();
            detach.unregisterListener();
        });
    }

    /** Shows the table, or one card per mentor when the window is narrower than {@link #NARROW_WIDTH}. */
    void fitWidth(int windowWidth) {
        columns.fitWidth(windowWidth < NARROW_WIDTH);
    }

    /** The filters and sort as the URL holds them. */
    QueryParameters queryParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        MentorFilter current = currentFilter();
        if (current.status() != null) {
            parameters.put("status", List.of(current.status().code()));
        }
        if (current.gbSync() != null) {
            parameters.put("gb_sync", List.of(current.gbSync().code()));
        }
        if (current.trained() != null) {
            parameters.put("training", List.of(current.trained().toString()));
        }
        if (!current.search().isEmpty()) {
            parameters.put("q", List.of(current.search()));
        }
        List<String> sort = MentorSort.format(currentSort());
        if (!sort.isEmpty()) {
            parameters.put("sort", sort);
        }
        return new QueryParameters(parameters);
    }

    MentorFilter currentFilter() {
        return new MentorFilter(status.getValue(), gbSync.getValue(), training.getValue(), filter.getValue());
    }

    void openDetails(String mnId) {
        new MentorDetailsDialog(mentorService, detailsActions, clock, mnId, this::mentorsChanged).open();
    }

    void refresh() {
        // rebuilt on every visit: the banners show state (e.g. how old the last contacts CSV is)
        toolbar.removeAll();
        toolbarActions.orderedStream().forEach(action -> action.addTo(toolbar, this::mentorsChanged));
        banners.removeAll();
        bannerProviders.orderedStream().forEach(banner -> banners.add(banner.create(this::mentorsChanged)));
        content.removeAll();
        if (mentorService.overview().activeMentors() == 0) {
            content.add(emptyState);
            return;
        }
        FlexLayout filters = new FlexLayout(filter, status, gbSync, training);
        filters.addClassName("mentor-filters");
        FlexLayout selectionActions = new FlexLayout(markTrained, markNotTrained);
        selectionActions.addClassName("mentor-selection-actions");
        content.add(funnel, filters, selectionActions, grid);
        mentorsChanged();
    }

    private void mentorsChanged() {
        funnel.show(mentorService.funnel());
        grid.getDataProvider().refreshAll();
    }

    private void showStatus(MentorStatus wanted) {
        status.setValue(wanted);
    }

    private void filtersChanged() {
        if (!restoring) {
            grid.getDataProvider().refreshAll();
            writeUrl();
        }
    }

    private void writeUrl() {
        if (!restoring) {
            UI.getCurrent().getPage().getHistory().replaceState(null, new Location("mentors", queryParameters()));
        }
    }

    private void selectionChanged() {
        int selected = grid.getSelectedItems().size();
        markTrained.setEnabled(selected > 0);
        markNotTrained.setEnabled(selected > 0);
        markTrained.setText(selected > 0 ? "Mark " + selected + " trained" : "Mark trained");
    }

    private void markSelected(boolean done) {
        List<String> ids = grid.getSelectedItems().stream()
                .map(item -> item.mentor().getMnId())
                .toList();
        int changed = mentorService.setTraining(ids, done, currentAdmin());
        Notification.show(
                        changed + (changed == 1 ? " mentor" : " mentors") + " marked "
                                + (done ? "trained" : "not trained"),
                        3000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.deselectAll();
        mentorsChanged();
    }

    private void toggleTraining(MentorListItem item) {
        mentorService.setTraining(item.mentor().getMnId(), !item.trained(), currentAdmin());
        mentorsChanged();
    }

    private Sort currentSort() {
        return Sort.by(grid.getSortOrder().stream()
                .map(order -> order.getDirection() == SortDirection.DESCENDING
                        ? Sort.Order.desc(order.getSorted().getKey())
                        : Sort.Order.asc(order.getSorted().getKey()))
                .toList());
    }

    private List<GridSortOrder<MentorListItem>> sortOrders(List<String> sort) {
        try {
            return MentorSort.parse(sort).stream()
                    .filter(order -> grid.getColumnByKey(order.getProperty()) != null)
                    .map(order -> new GridSortOrder<>(
                            grid.getColumnByKey(order.getProperty()),
                            order.isDescending() ? SortDirection.DESCENDING : SortDirection.ASCENDING))
                    .toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** The filter a URL asks for; a value that is no longer valid (an old bookmark) is left out. */
    private static MentorFilter lenient(QueryParameters parameters) {
        String status = valid(parameters, "status", value -> MentorFilter.parse(value, null, null, null));
        String gbSync = valid(parameters, "gb_sync", value -> MentorFilter.parse(null, value, null, null));
        String trained = valid(parameters, "training", value -> MentorFilter.parse(null, null, value, null));
        return MentorFilter.parse(
                status, gbSync, trained, parameters.getSingleParameter("q").orElse(""));
    }

    private static String valid(QueryParameters parameters, String name, Consumer<String> parse) {
        return parameters
                .getSingleParameter(name)
                .filter(value -> {
                    try {
                        parse.accept(value);
                        return true;
                    } catch (IllegalArgumentException e) {
                        return false;
                    }
                })
                .orElse(null);
    }

    private static <T> void choices(
            Select<T> select, String label, String any, List<T> items, Function<T, String> text) {
        select.setLabel(label);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItemLabelGenerator(item -> item == null ? any : text.apply(item));
    }

    private static String currentAdmin() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    /** Used by the columns: a badge of an icon and a label, so a state is said in words, not colour alone. */
    static Component badge(String icon, String label, String theme) {
        Span badge = new Span(new Span(icon), new Span(" " + label));
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static Div card(Component... parts) {
        Div card = new Div(parts);
        card.addClassName("mentor-card");
        return card;
    }
}
