package org.swab.mentorsync.importing.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.swab.mentorsync.importing.CsvUpload;
import org.swab.mentorsync.importing.GivebutterCsvImportService;
import org.swab.mentorsync.importing.ImportProgress;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

/** The upload dialog as an admin uses it from the Mentors page, without a browser. */
@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class CsvUploadDialogIT extends SpringBrowserlessTest {

    private static final String HEADER = "Givebutter Contact ID,First Name,Last Name,Primary Email,Primary Phone\n";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    GivebutterCsvImportService imports;

    @TempDir
    Path directory;

    CsvUpload awaitingUpload;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
        jdbc.update("insert into mentors (mn_id, phone, preferred_name) values ('1001', '+17065550134', 'Ann')");
    }

    @Test
    void the_mentors_page_opens_the_dialog_which_imports_in_the_background_and_shows_the_summary() throws Exception {
        CsvUploadDialog dialog = openDialog();

        dialog.startImport(upload("export.csv", HEADER + "11,Ann,Lee,,(706) 555-0134\n12,Bo,Ray,bo@x.org,\n"));

        assertThat(dialog.progressBar.isVisible()).isTrue();
        waitUntil(() -> dialog.summary.isVisible());
        assertThat(dialog.summary.counts.getElement().getTextRecursively())
                .contains("Contacts imported: 2 (2 new, 0 changed, 0 unchanged)")
                .contains("Mentors matched: 1")
                .contains("New contact ids captured: 1");
        assertThat(dialog.progressBar.isVisible()).isFalse();
        assertThat(jdbc.queryForObject("select gb_contact_id from mentors", Long.class))
                .isEqualTo(11);
        assertThat(jdbc.queryForObject("select uploaded_by from csv_import_log", String.class))
                .isEqualTo("admin");
    }

    @Test
    void a_bad_file_shows_a_readable_message_naming_the_line() throws Exception {
        CsvUploadDialog dialog = openDialog();

        dialog.startImport(upload("bad.csv", HEADER + "11,Ann,Lee,,\nabc,Bo,Ray,,\n"));

        waitUntil(() -> dialog.failure.isVisible());
        assertThat(dialog.failure.getText())
                .isEqualTo("The file was not imported. Line 3: Givebutter Contact ID \"abc\" is not a number");
        assertThat(dialog.upload.isVisible()).isTrue();
        assertThat(dialog.summary.isVisible()).isFalse();
    }

    @Test
    void a_partial_export_asks_first_and_imports_after_confirmation() throws Exception {
        StringBuilder full = new StringBuilder(HEADER);
        for (int id = 1; id <= 10; id++) {
            full.append(id).append(",P,Q,p").append(id).append("@x.org,\n");
        }
        imports.importCsv(upload("full.csv", full.toString()), ImportProgress.NONE);
        CsvUploadDialog dialog = openDialog();

        dialog.startImport(upload("small.csv", HEADER + "99,Zed,Ray,zed@x.org,\n"));
        waitUntil(() -> dialog.partialConfirm != null && dialog.partialConfirm.isOpened());
        assertThat(dialog.partialConfirm.getElement().getProperty("message"))
                .startsWith("This CSV has 90 % fewer contacts (1 vs 10). Is this a filtered export?");
        ComponentUtil.fireEvent(dialog.partialConfirm, new ConfirmDialog.ConfirmEvent(dialog.partialConfirm, false));

        waitUntil(() -> dialog.summary.isVisible());
        assertThat(jdbc.queryForObject("select count(*) from raw_gb_full_contacts", Long.class))
                .isEqualTo(11);
    }

    @Test
    void cancelling_a_partial_export_changes_nothing_and_says_so() throws Exception {
        StringBuilder full = new StringBuilder(HEADER);
        for (int id = 1; id <= 10; id++) {
            full.append(id).append(",P,Q,p").append(id).append("@x.org,\n");
        }
        imports.importCsv(upload("full.csv", full.toString()), ImportProgress.NONE);
        CsvUploadDialog dialog = openDialog();

        CsvUpload small = upload("small.csv", HEADER + "99,Zed,Ray,zed@x.org,\n");
        dialog.startImport(small);
        waitUntil(() -> dialog.partialConfirm != null && dialog.partialConfirm.isOpened());
        ComponentUtil.fireEvent(dialog.partialConfirm, new ConfirmDialog.CancelEvent(dialog.partialConfirm, false));

        assertThat(dialog.failure.getText()).contains("Nothing was changed");
        assertThat(small.file()).doesNotExist();
        assertThat(jdbc.queryForObject("select count(*) from raw_gb_full_contacts", Long.class))
                .isEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from csv_import_log where outcome = 'cancelled'", Long.class))
                .isEqualTo(2);
    }

    @Test
    void closing_the_partial_export_question_without_an_answer_deletes_the_file_and_counts_as_cancelled()
            throws Exception {
        CsvUploadDialog dialog = openDialogAwaitingPartialAnswer();

        dialog.partialConfirm.close();

        assertThat(awaitingUpload.file()).doesNotExist();
        assertThat(dialog.failure.getText()).contains("Nothing was changed");
        assertThat(jdbc.queryForObject("select count(*) from csv_import_log where outcome = 'cancelled'", Long.class))
                .isEqualTo(2);
    }

    @Test
    void the_file_waiting_for_the_partial_export_answer_is_deleted_when_the_dialog_goes_away() throws Exception {
        CsvUploadDialog dialog = openDialogAwaitingPartialAnswer();

        dialog.close();

        assertThat(awaitingUpload.file()).doesNotExist();
        assertThat(dialog.partialConfirm.isOpened()).isFalse();
    }

    @Test
    void the_file_waiting_for_the_partial_export_answer_is_deleted_when_the_session_ends() throws Exception {
        openDialogAwaitingPartialAnswer();

        VaadinSession session = VaadinSession.getCurrent();
        session.getService().fireSessionDestroy(session);
        session.getService().runPendingAccessTasks(session);

        assertThat(awaitingUpload.file()).doesNotExist();
    }

    @Test
    void an_uploaded_file_streams_to_a_temporary_file_and_is_imported() throws Exception {
        CsvUploadDialog dialog = openDialog();
        byte[] csv = (HEADER + "11,Ann,Lee,,(706) 555-0134\n").getBytes(StandardCharsets.UTF_8);

        dialog.uploadHandler.handleUploadRequest(uploadEvent(dialog, csv.length, new ByteArrayInputStream(csv)));

        waitUntil(() -> dialog.summary.isVisible());
        assertThat(jdbc.queryForObject("select gb_contact_id from mentors", Long.class))
                .isEqualTo(11);
        assertThat(temporaryUploads()).isEmpty();
    }

    @Test
    void a_file_declared_over_the_size_limit_is_refused_by_the_server_before_it_is_read() throws Exception {
        CsvUploadDialog dialog = openDialog();
        var unread = new ByteArrayInputStream(new byte[0]);
        UploadEvent event = uploadEvent(dialog, imports.maxFileSizeBytes() + 1, unread);

        dialog.uploadHandler.handleUploadRequest(event);

        waitUntil(() -> dialog.failure.isVisible());
        assertThat(dialog.failure.getText())
                .isEqualTo("The file was not uploaded: it is larger than the upload limit of 200 MB.");
        assertThat(event.isRejected()).isTrue();
        assertThat(unread.available()).isZero();
        assertThat(temporaryUploads()).isEmpty();
    }

    @Test
    void a_file_that_runs_past_the_size_limit_is_refused_as_soon_as_it_does_and_its_copy_deleted() throws Exception {
        CsvUploadDialog dialog = openDialog();
        List<String> refusals = new ArrayList<>();
        var handler = new CsvUploadHandler(1_000, (name, file) -> {}, refusals::add);
        var endless = new ByteArrayInputStream(new byte[10_000_000]);
        UploadEvent lengthNotSent = uploadEvent(dialog, -1, endless);

        handler.handleUploadRequest(lengthNotSent);

        waitUntil(() -> !refusals.isEmpty());
        assertThat(refusals)
                .containsExactly("The file was not uploaded: it is larger than the upload limit of 1,000 bytes.");
        assertThat(lengthNotSent.isRejected()).isTrue();
        assertThat(endless.available()).as("left unread").isGreaterThan(9_000_000);
        assertThat(temporaryUploads()).isEmpty();
    }

    @Test
    void the_mentors_page_says_how_old_the_last_contacts_csv_is_and_the_coverage() throws Exception {
        navigate("mentors", Component.class);
        assertThat(csvStatusText()).contains("No Givebutter contacts CSV uploaded yet");

        imports.importCsv(upload("export.csv", HEADER + "1,P,Q,p1@x.org,\n"), ImportProgress.NONE);
        navigate("sync", Component.class);
        navigate("mentors", Component.class);

        assertThat(csvStatusText()).contains("less than an hour old").contains("coverage");
    }

    @Test
    void the_banner_says_stale_after_a_day_and_very_old_after_a_week() {
        jdbc.update("insert into csv_import_log (filename, uploaded_at, outcome) "
                + "values ('export.csv', now() - interval '30 hours', 'completed')");
        navigate("mentors", Component.class);
        assertThat(csvStatusText()).contains("30 h old").contains("stale: upload a fresh export");

        jdbc.update("update csv_import_log set uploaded_at = now() - interval '8 days'");
        navigate("sync", Component.class);
        navigate("mentors", Component.class);
        assertThat(csvStatusText()).contains("8 days old").contains("very old");
        assertThat($(Div.class).all().stream()
                        .filter(div -> div.hasClassName("csv-banner"))
                        .findFirst()
                        .orElseThrow()
                        .hasClassName("attention"))
                .isTrue();
    }

    private String csvStatusText() {
        return $(com.vaadin.flow.component.html.Span.class).all().stream()
                .filter(span -> span.hasClassName("csv-status"))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    /** Opens the dialog on a file much smaller than the last upload, so it asks about a partial export. */
    private CsvUploadDialog openDialogAwaitingPartialAnswer() throws Exception {
        StringBuilder full = new StringBuilder(HEADER);
        for (int id = 1; id <= 10; id++) {
            full.append(id).append(",P,Q,p").append(id).append("@x.org,\n");
        }
        imports.importCsv(upload("full.csv", full.toString()), ImportProgress.NONE);
        CsvUploadDialog dialog = openDialog();
        awaitingUpload = upload("small.csv", HEADER + "99,Zed,Ray,zed@x.org,\n");
        dialog.startImport(awaitingUpload);
        waitUntil(() -> dialog.partialConfirm != null && dialog.partialConfirm.isOpened());
        assertThat(awaitingUpload.file()).exists();
        return dialog;
    }

    /** An upload request as the browser sends it (raw body, its length declared or -1). */
    private static UploadEvent uploadEvent(CsvUploadDialog dialog, long declaredSize, InputStream body)
            throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(
                request,
                null,
                VaadinSession.getCurrent(),
                "export.csv",
                declaredSize,
                "text/csv",
                dialog.upload.getElement(),
                null);
    }

    private static List<Path> temporaryUploads() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("givebutter-upload-"))
                    .toList();
        }
    }

    private CsvUploadDialog openDialog() {
        navigate("mentors", Component.class);
        test($(Button.class).withText("Upload Givebutter CSV").single()).click();
        CsvUploadDialog dialog = $(CsvUploadDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        return dialog;
    }

    private CsvUpload upload(String name, String content) throws Exception {
        Path file = Files.writeString(directory.resolve(name), content);
        return new CsvUpload(file, name, "admin", false);
    }

    /** The import runs on another thread and comes back through UI.access: run those tasks until done. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(20);
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
        }
    }
}
