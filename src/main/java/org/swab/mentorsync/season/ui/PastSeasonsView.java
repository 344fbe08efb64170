package org.swab.mentorsync.season.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.swab.mentorsync.base.ui.EmptyState;
import org.swab.mentorsync.season.ArchivedMentor;
import org.swab.mentorsync.season.Season;
import org.swab.mentorsync.season.SeasonService;
import org.swab.mentorsync.season.SeasonTable;

/** The seasons archived by "Start a new season", read-only: a season's mentors (lazy) and each table as CSV. */
@Route("seasons")
@PageTitle("Past seasons · Mentor Sync")
@Menu(order = 5, icon = "vaadin:archive", title = "Past seasons")
@PermitAll
class PastSeasonsView extends VerticalLayout implements AfterNavigationObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Select<Season> season = new Select<>();
    final Paragraph summary = new Paragraph();
    final Grid<ArchivedMentor> mentors = new Grid<>();
    final Map<SeasonTable, Anchor> downloads = new EnumMap<>(SeasonTable.class);
    final HorizontalLayout exports = new HorizontalLayout();
    final EmptyState empty = new EmptyState(
            "No season archived yet",
            "When a season ends, \"Start a new season\" in Settings moves its mentors, tasks and form rows here: "
                    + "out of every count, still readable and downloadable.");

    private final SeasonService seasons;
    private final Clock clock;
    // read by the download handlers, which run outside the UI's lock
    private volatile String selectedLabel;

    PastSeasonsView(SeasonService seasons, Clock clock) {
        this.seasons = seasons;
        this.clock = clock;
        setSizeFull();
        season.setLabel("Season");
        season.setItemLabelGenerator(Season::label);
        season.addValueChangeListener(change -> show(change.getValue()));

        mentors.addColumn(ArchivedMentor::mnId)
                .setHeader("MN ID")
                .setAutoWidth(true)
                .setFlexGrow(0);
        mentors.addColumn(ArchivedMentor::name).setHeader("Name").setAutoWidth(true);
        mentors.addColumn(mentor -> mentor.dropped() ? "Dropped" : mentor.status())
                .setHeader("Status")
                .setAutoWidth(true);
        mentors.addColumn(ArchivedMentor::phone).setHeader("Phone").setAutoWidth(true);
        mentors.addColumn(ArchivedMentor::email).setHeader("Email").setAutoWidth(true);
        mentors.addColumn(ArchivedMentor::gbContactId).setHeader("Contact id").setAutoWidth(true);
        mentors.addColumn(ArchivedMentor::amountRaised).setHeader("Raised").setAutoWidth(true);
        mentors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        mentors.setMinHeight("16rem");

        exports.setWrap(true);
        for (SeasonTable table : SeasonTable.values()) {
            Anchor download = new Anchor(csv(table), table.label() + " (CSV)");
            download.getElement().setAttribute("download", true);
            downloads.put(table, download);
            exports.add(download);
        }
        add(new H2("Past seasons"), empty, season, summary, exports, mentors);
        setFlexGrow(1, mentors);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<Season> archived = seasons.seasons();
        boolean any = !archived.isEmpty();
        empty.setVisible(!any);
        season.setVisible(any);
        summary.setVisible(any);
        exports.setVisible(any);
        mentors.setVisible(any);
        season.setItems(archived);
        if (any) {
            season.setValue(archived.getFirst());
        }
    }

    private void show(Season shown) {
        if (shown == null) {
            return;
        }
        selectedLabel = shown.label();
        summary.setText("Archived " + WHEN.format(shown.archivedAt().atZone(clock.getZone())) + " by "
                + shown.archivedBy() + ": " + shown.mentorsArchived() + " mentor"
                + (shown.mentorsArchived() == 1 ? "" : "s") + "; " + shown.errorsClosed() + " open error"
                + (shown.errorsClosed() == 1 ? " was" : "s were") + " closed with it. Read-only.");
        String label = shown.label();
        mentors.setItems(
                query -> seasons.mentors(label, query.getOffset(), query.getLimit()).stream(),
                query -> seasons.countMentors(label));
    }

    private DownloadHandler csv(SeasonTable table) {
        return event -> {
            String label = selectedLabel;
            event.setFileName(table.filename(label));
            event.setContentType("text/csv;charset=utf-8");
            seasons.exportCsv(label, table, event.getOutputStream());
        };
    }
}
