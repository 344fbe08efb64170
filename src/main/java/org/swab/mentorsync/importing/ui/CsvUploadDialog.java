package org.swab.mentorsync.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.swab.mentorsync.importing.CsvImportSummary;
import org.swab.mentorsync.importing.CsvUpload;
import org.swab.mentorsync.importing.GivebutterCsvImportService;
import org.swab.mentorsync.importing.ImportProgress;
import org.swab.mentorsync.importing.PartialExportException;
import org.swab.mentorsync.importing.csv.CsvRejectedException;

/**
 * Upload a Givebutter contacts export: the file streams to a temporary file (the size limit enforced on the
 * server), the import runs in the background with its progress pushed to the page, a much smaller file than last
 * time asks first, and the summary follows. A file waiting for that answer is deleted when the question is
 * abandoned or the dialog goes away (closed, tab gone, session ended).
 */
public class CsvUploadDialog extends Dialog {

    private static final long PUSH_EVERY_MILLIS = 250;

    final Upload upload = new Upload();
    final CsvUploadHandler uploadHandler;
    final ProgressBar progressBar = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph failure = new Paragraph();
    final CsvImportSummaryPanel summary = new CsvImportSummaryPanel();
    PartialExportQuestion partialConfirm;
    final Button close = new Button("Close", click -> close());

    private final GivebutterCsvImportService imports;
    private final Executor executor;
    private final String uploadedBy;
    private final Runnable mentorsChanged;
    private final AtomicLong lastPush = new AtomicLong();

    public CsvUploadDialog(
            GivebutterCsvImportService imports, Executor executor, String uploadedBy, Runnable mentorsChanged) {
        this.imports = imports;
        this.executor = executor;
        this.uploadedBy = uploadedBy;
        this.mentorsChanged = mentorsChanged;
        setHeaderTitle("Upload Givebutter CSV");
        setWidth("36rem");

        uploadHandler = new CsvUploadHandler(imports.maxFileSizeBytes(), this::uploaded, this::showFailure);
        upload.setUploadHandler(uploadHandler);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxFileSizeBytes()));
        upload.addFileRejectedListener(rejected -> showFailure(rejected.getErrorMessage()));

        progressBar.setIndeterminate(true);
        progressBar.setVisible(false);
        progressText.setVisible(false);
        failure.addClassName("text-error");
        failure.setVisible(false);
        summary.setVisible(false);

        var help = new Paragraph("In Givebutter open Contacts, export all contacts as CSV, and upload the file "
                + "here. Contacts are added or updated, never removed; mentors are matched by external id, phone, "
                + "email and campaign member.");
        add(new VerticalLayout(help, upload, progressBar, progressText, failure, summary));
        getFooter().add(close);
        addDetachListener(detach -> abandonQuestion());
    }

    private void uploaded(String fileName, Path file) {
        if (isAttached()) {
            startImport(new CsvUpload(file, fileName, uploadedBy, false));
        } else {
            deleteQuietly(file);
        }
    }

    /** Runs the import in the background; progress and outcome come back through server push. */
    void startImport(CsvUpload csv) {
        UI ui = UI.getCurrent();
        upload.setVisible(false);
        failure.setVisible(false);
        progressBar.setVisible(true);
        progressText.setVisible(true);
        progressText.setText("Starting…");
        close.setEnabled(false);
        executor.execute(() -> {
            try {
                CsvImportSummary result = imports.importCsv(csv, (phase, rows) -> pushProgress(ui, phase, rows));
                deleteQuietly(csv.file());
                ui.access(() -> showSummary(result));
            } catch (PartialExportException partial) {
                try {
                    ui.access(() -> askAboutPartial(csv, partial));
                } catch (UIDetachedException gone) {
                    deleteQuietly(csv.file());
                }
            } catch (CsvRejectedException rejected) {
                deleteQuietly(csv.file());
                ui.access(() -> showFailure("The file was not imported. " + rejected.getMessage()));
            } catch (RuntimeException unexpected) {
                deleteQuietly(csv.file());
                ui.access(() -> showFailure("The import failed and nothing was changed. Try again; if it fails "
                        + "again, the server log has the details."));
            }
        });
    }

    private void pushProgress(UI ui, ImportProgress.Phase phase, long rows) {
        long now = System.currentTimeMillis();
        long previous = lastPush.get();
        if (now - previous >= PUSH_EVERY_MILLIS && lastPush.compareAndSet(previous, now)) {
            ui.access(() -> progressText.setText("%s: %,d rows processed".formatted(phase.label(), rows)));
        }
    }

    void askAboutPartial(CsvUpload csv, PartialExportException partial) {
        if (!isAttached()) {
            // closed while the file was read: nobody is left to ask
            deleteQuietly(csv.file());
            return;
        }
        progressBar.setVisible(false);
        progressText.setText("Waiting for your answer…");
        partialConfirm =
                new PartialExportQuestion(csv, partial, waiting -> startImport(waiting.confirmed()), this::decline);
        partialConfirm.open();
    }

    private void decline(CsvUpload csv) {
        imports.recordDeclined(csv);
        deleteQuietly(csv.file());
        showFailure("Not imported: you cancelled the partial export. Nothing was changed.");
    }

    /** The dialog is gone (closed, tab gone, session ended): a file still waiting for an answer goes too. */
    private void abandonQuestion() {
        if (partialConfirm != null) {
            partialConfirm.abandon().ifPresent(unanswered -> deleteQuietly(unanswered.file()));
        }
    }

    private void showSummary(CsvImportSummary result) {
        progressBar.setVisible(false);
        progressText.setVisible(false);
        summary.show(result);
        summary.setVisible(true);
        close.setEnabled(true);
        mentorsChanged.run();
    }

    private void showFailure(String message) {
        progressBar.setVisible(false);
        progressText.setVisible(false);
        failure.setText(message);
        failure.setVisible(true);
        upload.clearFileList();
        upload.setVisible(true);
        close.setEnabled(true);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
