package org.swab.mentorsync.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.core.task.TaskExecutor;
import org.swab.mentorsync.importing.CsvStatus;
import org.swab.mentorsync.importing.CsvStatusService;
import org.swab.mentorsync.importing.GivebutterCsvImportService;
import org.swab.mentorsync.mentor.ui.MentorToolbarAction;

/**
 * Puts "Upload Givebutter CSV" on the Mentors page, with how old the last contacts export is and the coverage
 * (design: CSV status banner); each click opens a fresh dialog.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(1)
class CsvUploadToolbarAction implements MentorToolbarAction {

    private final GivebutterCsvImportService imports;
    private final CsvStatusService csvStatus;
    private final TaskExecutor executor;
    private final AuthenticationContext authentication;

    CsvUploadToolbarAction(GivebutterCsvImportService imports, CsvStatusService csvStatus,
            TaskExecutor applicationTaskExecutor, AuthenticationContext authentication) {
        this.imports = imports;
        this.csvStatus = csvStatus;
        this.executor = applicationTaskExecutor;
        this.authentication = authentication;
    }

    @Override
    public Component create(Runnable mentorsChanged) {
        Span status = new Span();
        Runnable afterUpload = () -> {
            showStatus(status);
            mentorsChanged.run();
        };
        Button button = new Button("Upload Givebutter CSV", VaadinIcon.UPLOAD.create(), click -> {
            String user = authentication.getPrincipalName().orElse("unknown");
            new CsvUploadDialog(imports, executor, user, afterUpload).open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showStatus(status);
        HorizontalLayout toolbar = new HorizontalLayout(button, status);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        return toolbar;
    }

    private void showStatus(Span status) {
        CsvStatus current = csvStatus.status();
        String coverage = "coverage " + current.coverage().withContactId() + "/" + current.coverage().totalMentors()
                + " mentors (" + current.coverage().coveragePercent() + " %)";
        status.setText(current.lastUpload() == null
                ? "No Givebutter contacts CSV uploaded yet: mentors have no contact ids until one is."
                : "Last contacts CSV " + ageText(current.lastUpload().ageHours()) + " · " + coverage
                        + switch (current.freshness()) {
                            case FRESH, MISSING -> "";
                            case STALE -> " · stale: upload a fresh export";
                            case VERY_OLD -> " · very old: results may be inaccurate";
                        });
        status.setClassName("csv-status");
        status.addClassName(current.freshness() == CsvStatus.Freshness.FRESH ? "fresh" : "attention");
    }

    private static String ageText(double hours) {
        if (hours < 1) {
            return "less than an hour old";
        }
        return hours < 48 ? Math.round(hours) + " h old" : Math.round(hours / 24) + " days old";
    }
}
