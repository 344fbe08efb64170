package org.swab.mentorsync.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.core.task.TaskExecutor;
import org.swab.mentorsync.importing.CsvStatus;
import org.swab.mentorsync.importing.CsvStatusService;
import org.swab.mentorsync.importing.GivebutterCsvImportService;
import org.swab.mentorsync.mentor.ui.MentorBanner;

/**
 * The contacts CSV banner above the Mentors grid (design: CSV status banner, edge case 4): how old the last contacts
 * export is — stale after 24 hours, very old after 7 days, or never uploaded — and the coverage, said in words and
 * an icon, with the "Upload Givebutter CSV" button; each click opens a fresh dialog.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(1)
class CsvStatusBanner implements MentorBanner {

    private final GivebutterCsvImportService imports;
    private final CsvStatusService csvStatus;
    private final TaskExecutor executor;
    private final AuthenticationContext authentication;

    CsvStatusBanner(
            GivebutterCsvImportService imports,
            CsvStatusService csvStatus,
            TaskExecutor applicationTaskExecutor,
            AuthenticationContext authentication) {
        this.imports = imports;
        this.csvStatus = csvStatus;
        this.executor = applicationTaskExecutor;
        this.authentication = authentication;
    }

    @Override
    public Component create(Runnable mentorsChanged) {
        Span icon = new Span();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span status = new Span();
        Div banner = new Div();
        Runnable afterUpload = () -> {
            showStatus(banner, icon, status);
            mentorsChanged.run();
        };
        Button button = new Button("Upload Givebutter CSV", VaadinIcon.UPLOAD.create(), click -> {
            String user = authentication.getPrincipalName().orElse("unknown");
            new CsvUploadDialog(imports, executor, user, afterUpload).open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        banner.add(icon, status, button);
        banner.getElement().setAttribute("role", "status");
        showStatus(banner, icon, status);
        return banner;
    }

    private void showStatus(Div banner, Span icon, Span status) {
        CsvStatus current = csvStatus.status();
        String coverage = "coverage " + current.coverage().withContactId() + "/"
                + current.coverage().totalMentors() + " mentors ("
                + current.coverage().coveragePercent() + " %)";
        String age =
                current.lastUpload() == null ? "" : ageText(current.lastUpload().ageHours());
        icon.setText(
                switch (current.freshness()) {
                    case FRESH -> "✅";
                    case STALE -> "⚠️";
                    case VERY_OLD, MISSING -> "⛔";
                });
        status.setText(
                switch (current.freshness()) {
                    case MISSING ->
                        "No Givebutter contacts CSV uploaded yet: mentors have no contact ids until one is.";
                    case FRESH -> "Last contacts CSV " + age + " · " + coverage;
                    case STALE ->
                        "Last contacts CSV " + age + " · " + coverage + " · stale: upload a fresh export so new "
                                + "contacts get linked";
                    case VERY_OLD ->
                        "Last contacts CSV " + age + " · " + coverage + " · very old: results may be "
                                + "inaccurate, upload a fresh export";
                });
        status.setClassName("csv-status");
        banner.setClassName("csv-banner");
        banner.addClassName(current.freshness() == CsvStatus.Freshness.FRESH ? "fresh" : "attention");
    }

    private static String ageText(double hours) {
        if (hours < 1) {
            return "less than an hour old";
        }
        return hours < 48 ? Math.round(hours) + " h old" : Math.round(hours / 24) + " days old";
    }
}
