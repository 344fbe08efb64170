package org.swab.mentorsync.communication.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.swab.mentorsync.base.ui.EmptyState;
import org.swab.mentorsync.base.ui.PagePanel;
import org.swab.mentorsync.base.ui.RelativeTime;
import org.swab.mentorsync.base.ui.StatCard;
import org.swab.mentorsync.importing.CsvImportHistoryService;
import org.swab.mentorsync.mentor.MentorOverview;
import org.swab.mentorsync.mentor.MentorService;
import org.swab.mentorsync.mentor.MentorStatus;

@Route("communications")
@PageTitle("Communications · Mentor Sync")
@Menu(order = 3, icon = "vaadin:comments", title = "Communications")
@PermitAll
class CommunicationsView extends VerticalLayout implements AfterNavigationObserver {

    final Paragraph csvStatus = new Paragraph();
    final FlexLayout recipients = new FlexLayout();
    final EmptyState emptyState;

    final H3 recipientsTitle = new H3("Mentors by status");
    final VerticalLayout content = new VerticalLayout();

    private final MentorService mentorService;
    private final CsvImportHistoryService csvHistory;
    private final Clock clock;

    CommunicationsView(
            MentorService mentorService, CsvImportHistoryService csvHistory, Clock clock, List<PagePanel> panels) {
        this.mentorService = mentorService;
        this.csvHistory = csvHistory;
        this.clock = clock;
        emptyState = new EmptyState(
                "No mentors to message yet",
                "Text campaigns go to mentors by status (needs setup, needs page, …). Mentors arrive with the first "
                        + "sync; then upload a fresh Givebutter contacts CSV from the Mentors page.");
        recipients.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        recipients.getStyle().set("gap", "var(--lumo-space-m)");
        content.setPadding(false);
        add(new H2("Communications"));
        panels.stream().filter(panel -> panel.shownOn("communications")).forEach(panel -> add(panel.create()));
        add(csvStatus, content);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    void refresh() {
        MentorOverview overview = mentorService.overview();
        csvStatus.setText(csvHistory
                .lastCompletedUpload()
                .map(upload -> "Last Givebutter contacts CSV: "
                        + RelativeTime.describe(upload.getUploadedAt(), clock.instant()) + " (" + upload.getFilename()
                        + "). Coverage: " + overview.withContactId()
                        + "/" + overview.activeMentors() + " mentors (" + overview.coveragePercent() + " %).")
                .orElse("No Givebutter contacts CSV uploaded yet. Text campaigns need a CSV younger than 24 hours."));
        recipients.removeAll();
        for (MentorStatus status : MentorStatus.values()) {
            recipients.add(new StatCard(
                    status.label(), String.valueOf(overview.byStatus().get(status))));
        }
        content.removeAll();
        if (overview.activeMentors() == 0) {
            content.add(emptyState);
        } else {
            content.add(recipientsTitle, recipients);
        }
    }
}
