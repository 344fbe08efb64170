package org.swab.mentorsync.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.swab.mentorsync.export.ContactImportReport;
import org.swab.mentorsync.export.GivebutterImportExport;
import org.swab.mentorsync.export.GivebutterImportFile;
import org.swab.mentorsync.mentor.MentorStatus;

/**
 * Choose statuses, read what the Givebutter import file will do — rows that update a contact, rows that create one,
 * rows Givebutter would reject (left out, with what to do), a stale contacts CSV — then download it (design:
 * "Contact Import Generation").
 */
public class ContactImportDialog extends Dialog {

    final CheckboxGroup<MentorStatus> statuses = new CheckboxGroup<>("Include mentors with status");
    final Paragraph summary = new Paragraph();
    final Paragraph csvWarning = new Paragraph();
    final Grid<ContactImportReport.Problem> problems = new Grid<>();
    final Anchor download;

    private final GivebutterImportExport export;

    public ContactImportDialog(GivebutterImportExport export) {
        this.export = export;
        Map<MentorStatus, Long> counts = export.contactsByStatus();
        String admin = SecurityContextHolder.getContext().getAuthentication().getName();
        setHeaderTitle("Generate Givebutter contact import");
        setWidth("min(56rem, 100vw)");
        statuses.setItems(MentorStatus.values());
        statuses.setItemLabelGenerator(status -> status.label() + " (" + counts.getOrDefault(status, 0L) + ")");
        statuses.setValue(EnumSet.allOf(MentorStatus.class));
        statuses.addValueChangeListener(change -> showReport());
        csvWarning.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        problems.addColumn(ContactImportReport.Problem::mnId)
                .setHeader("MN ID")
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ContactImportReport.Problem::name)
                .setHeader("Mentor")
                .setAutoWidth(true);
        problems.addColumn(ContactImportReport.Problem::problem)
                .setHeader("Givebutter would say")
                .setFlexGrow(2);
        problems.addColumn(ContactImportReport.Problem::action)
                .setHeader("What happens / what to do")
                .setFlexGrow(2);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setAllRowsVisible(true);
        download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    GivebutterImportFile file = export.export(statuses.getValue(), admin);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.filename(),
                            "text/csv;charset=utf-8",
                            file.content().length);
                }),
                "Download CSV");
        download.getElement().setAttribute("download", true);
        add(
                new Paragraph("Every row carries the mentor id as external id; rows with a contact id update "
                        + "that contact (and give it this year's mentor id), the others create a contact. After "
                        + "importing it in Givebutter, upload a fresh contacts export here so the new contact ids are "
                        + "captured."),
                statuses,
                summary,
                csvWarning,
                problems);
        getFooter().add(new Button("Close", click -> close()), download);
        showReport();
    }

    private void showReport() {
        ContactImportReport report = export.report(statuses.getValue());
        summary.setText(report.rows() + " contact" + (report.rows() == 1 ? "" : "s") + " in the file: "
                + report.updates() + " update an existing contact, " + report.creates() + " create one"
                + (report.leftOut() > 0 ? "; " + report.leftOut() + " left out (below)" : "") + ".");
        csvWarning.setText(report.csvWarning() == null ? "" : "⚠️ " + report.csvWarning());
        csvWarning.setVisible(report.csvWarning() != null);
        problems.setItems(report.problems());
        problems.setVisible(!report.problems().isEmpty());
        download.setEnabled(report.rows() > 0);
    }
}
