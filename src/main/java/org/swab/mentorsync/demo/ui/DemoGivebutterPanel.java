package org.swab.mentorsync.demo.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.swab.mentorsync.base.ui.PagePanel;
import org.swab.mentorsync.demo.ContactImportResult;
import org.swab.mentorsync.demo.DemoGivebutterAccount;

/**
 * Givebutter's website in demo mode, reduced to the two things the loop needs: download the contacts export, upload
 * the contact import the app generated. Shown on Settings and Communications.
 */
@org.springframework.stereotype.Component
@Profile("demo")
class DemoGivebutterPanel implements PagePanel {

    private final DemoGivebutterAccount account;

    DemoGivebutterPanel(DemoGivebutterAccount account) {
        this.account = account;
    }

    @Override
    public boolean shownOn(String route) {
        return route.equals("settings") || route.equals("communications");
    }

    @Override
    public Component create() {
        VerticalLayout panel = new VerticalLayout();
        panel.addClassName("demo-panel");
        panel.getStyle()
                .set("border", "1px dashed var(--lumo-contrast-30pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        Paragraph result = new Paragraph();
        result.getStyle().set("white-space", "pre-line");
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    DemoGivebutterAccount.Export file = account.export();
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.filename(),
                            "text/csv;charset=utf-8",
                            file.content().length);
                }),
                "Download the Givebutter contacts export (CSV)");
        export.getElement().setAttribute("download", true);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            ContactImportResult imported = account.importContacts(new ByteArrayInputStream(bytes));
            ui.access(() -> result.setText(describe(imported)));
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button("Import into Givebutter…"));
        upload.setDropLabel(new Span("or drop the contact import file here"));
        // stacked and never wider than the panel, so the drop area fits a phone too
        upload.setWidthFull();
        upload.getStyle().set("box-sizing", "border-box").set("max-width", "40rem");
        VerticalLayout actions = new VerticalLayout(export, upload);
        actions.setPadding(false);
        panel.add(
                new H3("Demo mode: Givebutter"),
                new Paragraph("Jotform and Givebutter are simulated by this app (/demo-api). Where a real admin "
                        + "would download the contacts export on Givebutter's website and import the contact import "
                        + "file there, use these two. Then upload the fresh export on the Mentors page."),
                actions,
                result);
        return panel;
    }

    static String describe(ContactImportResult imported) {
        String summary = "Givebutter imported the file: " + imported.created() + " contacts created, "
                + imported.updated() + " updated, " + imported.rejected().size() + " rejected.";
        if (imported.rejected().isEmpty()) {
            return summary;
        }
        return summary + "\n"
                + imported.rejected().stream()
                        .map(row -> "Row " + row.row() + ": " + row.message())
                        .collect(Collectors.joining("\n"));
    }
}
