package org.swab.mentorsync.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.importing.csv.CsvRejectedException;
import org.swab.mentorsync.importing.csv.CsvRejection;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

/** Every way a file is refused changes no row anywhere, and leaves one "rejected" line in the upload log. */
@IntegrationTest
class CsvRejectionIT {

    private static final List<String> TABLES = List.of(
            "raw_gb_full_contacts",
            "raw_mn_gb_contacts",
            "mentors",
            "mn_errors",
            "mn_tasks",
            "raw_gb_campaign_members");

    @Autowired
    GivebutterCsvImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @TempDir
    Path directory;

    @BeforeEach
    void importAGoodFileFirst() {
        cleaner.clean();
        new GivebutterExportGenerator(7)
                .write(directory.resolve("good.csv"), 300, 1)
                .insertInto(jdbc);
        imports.importCsv(
                new CsvUpload(directory.resolve("good.csv"), "good.csv", "admin", false), ImportProgress.NONE);
        // a later change the rejected file must not undo
        jdbc.update("update raw_gb_full_contacts set notes = 'kept'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BAD_CONTACT_ID            | 4 | 1,,A,B,a@x.org,,,,,,;2,,A,B,b@x.org,,,,,,;abc,,A,B,c@x.org,,,,,,
            BAD_CONTACT_ID            | 3 | 1,,A,B,a@x.org,,,,,,; ,,A,B,b@x.org,,,,,,
            REPEATED_CONTACT_ID       | 4 | 1,,A,B,a@x.org,,,,,,;2,,A,B,b@x.org,,,,,,;1,,A,B,c@x.org,,,,,,
            WRONG_FIELD_COUNT         | 3 | 1,,A,B,a@x.org,,,,,,;2,,A,B,b@x.org,,,
            MALFORMED                 | 3 | 1,,A,B,a@x.org,,,,,,;2,,A,B,"b@x.org,,,,,,
            """)
    void a_bad_row_is_refused_naming_its_line_and_changes_nothing(CsvRejection reason, long line, String rows) {
        Path file = CsvFiles.export(directory, rows.split(";"));

        assertRejectedWithoutChanges(file, reason, line);
    }

    @Test
    void a_file_without_the_contact_id_column_is_refused() {
        Path file = CsvFiles.write(directory, "no-id.csv", "First Name,Last Name,Primary Email\nAnn,Lee,a@x.org\n");

        assertRejectedWithoutChanges(file, CsvRejection.MISSING_CONTACT_ID_COLUMN, 1);
    }

    @Test
    void an_empty_file_is_refused() {
        assertRejectedWithoutChanges(CsvFiles.write(directory, "empty.csv", ""), CsvRejection.EMPTY, 0);
    }

    @Test
    void a_file_with_only_a_byte_order_mark_is_refused_as_empty() {
        assertRejectedWithoutChanges(CsvFiles.write(directory, "bom.csv", "\uFEFF\r\n"), CsvRejection.EMPTY, 0);
    }

    @Test
    void a_spreadsheet_is_refused_as_not_a_csv() throws IOException {
        Path file = Files.write(directory.resolve("contacts.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});

        assertRejectedWithoutChanges(file, CsvRejection.NOT_CSV, 0);
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_as_not_a_csv_naming_the_line() throws IOException {
        byte[] header = (CsvFiles.SHORT_HEADER + "\n1,,Jos").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "\u00e9,B,a@x.org,,,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = directory.resolve("latin1.csv");
        Files.write(file, header);
        Files.write(file, latin1, java.nio.file.StandardOpenOption.APPEND);

        assertRejectedWithoutChanges(file, CsvRejection.NOT_CSV, 2);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read() throws IOException {
        Path file = directory.resolve("huge.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(imports.maxFileSizeBytes() + 1);
        }

        assertRejectedWithoutChanges(file, CsvRejection.TOO_LARGE, 0);
    }

    @Test
    void a_text_file_without_columns_is_refused_as_not_a_csv() {
        Path text = CsvFiles.write(directory, "notes.txt", "just some text\nmore text\n");

        assertRejectedWithoutChanges(text, CsvRejection.NOT_CSV, 1);
    }

    private void assertRejectedWithoutChanges(Path file, CsvRejection reason, long line) {
        Map<String, Object> before = snapshot();

        assertThatThrownBy(() -> imports.importCsv(
                        new CsvUpload(file, file.getFileName().toString(), "admin", false), ImportProgress.NONE))
                .isInstanceOfSatisfying(CsvRejectedException.class, rejected -> {
                    assertThat(rejected.reason()).isEqualTo(reason);
                    assertThat(rejected.line()).isEqualTo(line);
                    if (line > 0) {
                        assertThat(rejected.getMessage()).startsWith("Line " + line + ": ");
                    }
                });

        assertThat(snapshot()).isEqualTo(before);
        Map<String, Object> log = jdbc.queryForMap("select * from csv_import_log order by id desc limit 1");
        assertThat(log)
                .containsEntry("outcome", "rejected")
                .containsEntry("filename", file.getFileName().toString());
        assertThat((String) log.get("message")).isNotBlank();
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String table : TABLES) {
            state.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        state.put(
                "kept notes",
                jdbc.queryForObject("select count(*) from raw_gb_full_contacts where notes = 'kept'", Long.class));
        state.put("links", jdbc.queryForList("select mn_id, gb_contact_id from mentors order by mn_id"));
        state.put("errors", jdbc.queryForList("select id, version from mn_errors order by id"));
        state.put(
                "completed uploads",
                jdbc.queryForObject("select count(*) from csv_import_log where outcome = 'completed'", Long.class));
        return state;
    }
}
