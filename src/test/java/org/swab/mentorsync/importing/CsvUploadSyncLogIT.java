package org.swab.mentorsync.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.importing.csv.CsvRejectedException;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

/** Every contacts CSV upload is in the sync history (feature_csv_upload), imported or refused. */
@IntegrationTest
class CsvUploadSyncLogIT {

    @Autowired
    GivebutterCsvImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @TempDir
    Path directory;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
    }

    @Test
    void an_imported_upload_leaves_a_completed_row_with_its_counts_and_who_uploaded_it() {
        new GivebutterExportGenerator(3)
                .write(directory.resolve("export.csv"), 200, 1)
                .insertInto(jdbc);

        var summary = imports.importCsv(
                new CsvUpload(directory.resolve("export.csv"), "export.csv", "carla", false), ImportProgress.NONE);

        Map<String, Object> row = jdbc.queryForMap(
                "select sync_type, status, triggered_by, triggered_by_user, records_processed, records_updated, "
                        + "records_failed, error_message, error_details->>'filename' as filename, "
                        + "(error_details->>'mentors_matched')::int as matched from sync_log");
        assertThat(row)
                .containsEntry("sync_type", "feature_csv_upload")
                .containsEntry("status", "completed")
                .containsEntry("triggered_by", "manual")
                .containsEntry("triggered_by_user", "carla")
                .containsEntry("records_processed", (int) summary.contactsImported())
                .containsEntry("records_updated", summary.newContactIdsCaptured())
                .containsEntry("records_failed", summary.errorsLogged())
                .containsEntry("filename", "export.csv")
                .containsEntry("matched", summary.mentorsMatched());
        assertThat(row.get("error_message")).isNull();
    }

    @Test
    void a_rejected_upload_leaves_a_failed_row_with_the_reason_and_nothing_else_changes() throws Exception {
        Path file = Files.writeString(directory.resolve("wrong.csv"), "First Name,Last Name\nAnn,Lee\n");

        assertThatThrownBy(
                        () -> imports.importCsv(new CsvUpload(file, "wrong.csv", "carla", false), ImportProgress.NONE))
                .isInstanceOf(CsvRejectedException.class);

        Map<String, Object> row = jdbc.queryForMap(
                "select sync_type, status, error_message, error_details->>'outcome' as outcome from sync_log");
        assertThat(row)
                .containsEntry("sync_type", "feature_csv_upload")
                .containsEntry("status", "failed")
                .containsEntry("outcome", "rejected");
        assertThat((String) row.get("error_message")).contains("Contact ID");
        assertThat(jdbc.queryForObject("select count(*) from raw_gb_full_contacts", Long.class))
                .isZero();
    }
}
