package org.swab.mentorsync.export.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Map;
import org.swab.mentorsync.export.GivebutterImportExport;
import org.swab.mentorsync.export.GivebutterImportFile;
import org.swab.mentorsync.mentor.MentorStatus;

/** Choose statuses, download the Givebutter import file (design: "Contact Import Generation"). */
public class ContactImportDialog extends Dialog {

    final CheckboxGroup<MentorStatus> statuses = new CheckboxGroup<>("Include mentors with status");
    final Paragraph summary = new Paragraph();
    final Anchor download;

    private final Map<MentorStatus, Long> counts;

    public ContactImportDialog(GivebutterImportExport export) {
        counts = export.contactsByStatus();
        setHeaderTitle("Generate Givebutter contact import");
        statuses.setItems(MentorStatus.values());
        statuses.setItemLabelGenerator(status -> status.label() + " (" + counts.getOrDefault(status, 0L) + ")");
        statuses.setValue(EnumSet.allOf(MentorStatus.class));
        statuses.addValueChangeListener(change -> showSummary());
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            GivebutterImportFile file = export.export(statuses.getValue());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.filename(),
                    "text/csv;charset=utf-8", file.content().length);
        }), "Download CSV");
        download.getElement().setAttribute("download", true);
        add(new Paragraph("Existing contacts are updated by their contact id; mentors without one are created with "
                + "their mentor id as external id. Upload a fresh contacts export here after importing it in "
                + "Givebutter, so the new contact ids are captured."), statuses, summary);
        getFooter().add(new Button("Close", click -> close()), download);
        showSummary();
    }

    private void showSummary() {
        long total = statuses.getValue().stream().mapToLong(status -> counts.getOrDefault(status, 0L)).sum();
        summary.setText(total + " contact" + (total == 1 ? "" : "s") + " in the file.");
        download.setEnabled(total > 0);
    }
}
