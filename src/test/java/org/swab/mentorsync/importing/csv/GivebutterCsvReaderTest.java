package org.swab.mentorsync.importing.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swab.mentorsync.mentor.GivebutterContactField;

class GivebutterCsvReaderTest {

    @TempDir
    Path directory;

    @Test
    void the_sample_export_reads_with_bom_emoji_headers_quoted_newlines_and_lists() throws Exception {
        List<ContactRow> rows = readAll(sample());

        assertThat(rows).hasSize(12);
        ContactRow nora = rows.get(1);
        assertThat(nora.contactId()).isEqualTo(16433864L);
        assertThat(nora.line()).isEqualTo(3);
        assertThat(nora.text(GivebutterContactField.NOTES)).isEqualTo("Called twice,\n\"prefers text\"");
        assertThat(rows.get(2).line()).isEqualTo(5);
        assertThat(rows.get(2).list(GivebutterContactField.ADDITIONAL_EMAILS)).containsExactly("a@x.org", "b@y.org");
        assertThat(rows.get(3).list(GivebutterContactField.TAGS)).containsExactly("Donor", "Mentors 2024");
        assertThat(rows.get(4).text(GivebutterContactField.EXTERNAL_ID)).isEqualTo("1234");
        assertThat(rows.get(5).customFields()).containsEntry("📆 Shift Preference", "Option 2");
    }

    @Test
    void the_header_keeps_every_custom_field_name_exactly() throws Exception {
        try (GivebutterCsvReader reader = GivebutterCsvReader.open(sample(), Long.MAX_VALUE)) {
            assertThat(reader.header().fieldCount()).isEqualTo(58);
            assertThat(reader.header().customNames())
                    .hasSize(19)
                    .contains("👯‍♂️ Partner Preference", "📱Custom Text Message 1️⃣", "Graduation Year");
        }
    }

    @Test
    void columns_are_found_by_name_in_any_order_and_missing_optional_ones_are_null() throws IOException {
        Path file = write("Primary Phone,Notes,givebutter contact id \n 7065550134 ,hi,42\n");

        ContactRow row = readAll(file).getFirst();

        assertThat(row.contactId()).isEqualTo(42);
        assertThat(row.text(GivebutterContactField.PRIMARY_PHONE)).isEqualTo("7065550134");
        assertThat(row.text(GivebutterContactField.PRIMARY_EMAIL)).isNull();
        assertThat(row.list(GivebutterContactField.TAGS)).isEmpty();
    }

    @Test
    void blank_lines_between_and_after_rows_are_skipped() throws IOException {
        assertThat(readAll(write("Givebutter Contact ID,Notes\n1,a\n\n2,b\n\n\n")))
                .extracting(ContactRow::contactId)
                .containsExactly(1L, 2L);
    }

    @Test
    void a_missing_contact_id_column_is_named_in_the_message() throws IOException {
        Path file = write("First Name,Primary Email\nAnn,a@x.org\n");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(CsvRejectedException.class)
                .hasMessageContaining("Line 1: the column \"Givebutter Contact ID\" is missing");
    }

    @Test
    void a_wrong_field_count_names_the_line_after_a_multi_line_note() throws IOException {
        Path file = write("Givebutter Contact ID,Notes,City\n1,\"two\nlines\",Athens\n2,short\n");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(CsvRejectedException.class)
                .hasMessage("Line 4: found 2 fields, the header has 3. Was the file cut off or edited by hand?");
    }

    @Test
    void a_repeated_contact_id_names_both_lines() throws IOException {
        Path file = write("Givebutter Contact ID,Notes\n7,a\n8,b\n7,c\n");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(CsvRejectedException.class)
                .hasMessage("Line 4: Givebutter Contact ID 7 appears a second time (first on line 2)");
    }

    @Test
    void a_file_over_the_limit_is_refused_before_reading() throws IOException {
        Path file = write("Givebutter Contact ID\n1\n");

        assertThatThrownBy(() -> GivebutterCsvReader.open(file, 10))
                .isInstanceOf(CsvRejectedException.class)
                .extracting(e -> ((CsvRejectedException) e).reason())
                .isEqualTo(CsvRejection.TOO_LARGE);
    }

    @Test
    void a_crlf_inside_quotes_is_kept_as_written_and_counts_as_one_line() throws IOException {
        Path file =
                write("Givebutter Contact ID,Notes\r\n1,\"Called twice,\r\nprefers text\"\r\n2,\"a\nb\"\r\n3,c\r\n");

        List<ContactRow> rows = readAll(file);

        assertThat(rows)
                .extracting(row -> row.text(GivebutterContactField.NOTES))
                .containsExactly("Called twice,\r\nprefers text", "a\nb", "c");
        assertThat(rows).extracting(ContactRow::line).containsExactly(2L, 4L, 6L);
    }

    @Test
    void a_field_longer_than_the_limit_is_rejected_with_its_line() throws IOException {
        Path file =
                write("Givebutter Contact ID,Notes\n1,ok\n2," + "x".repeat(CsvRecordReader.MAX_FIELD_CHARS + 1) + "\n");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(CsvRejectedException.class)
                .hasMessage("Line 3: a field is longer than 100,000 characters");
    }

    @Test
    void an_unclosed_quote_is_rejected_with_the_line_it_opened_on() throws IOException {
        Path file = write("Givebutter Contact ID,Notes\n1,ok\n2,\"never closed\n3,c\n");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(CsvRejectedException.class)
                .hasMessage("Line 3: a quoted field is never closed (missing \" before the end of the file)");
    }

    @Test
    void an_unclosed_quote_in_a_large_file_stops_the_read_at_the_field_limit() throws IOException {
        Path file = directory.resolve("unclosed.csv");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("Givebutter Contact ID,Notes\n1,ok\n2,\"never closed\n");
            for (int id = 3; id < 300_000; id++) {
                out.write(id + ",a note on a line of its own\n");
            }
        }

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(CsvRejectedException.class)
                .hasMessage("Line 3: a quoted field runs on for more than 100,000 characters; is its closing \" "
                        + "missing?");
    }

    @Test
    void text_after_a_closing_quote_is_rejected_with_its_line() throws IOException {
        Path file = write("Givebutter Contact ID,Notes\n1,\"He said \"hi\" twice\"\n");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(CsvRejectedException.class)
                .extracting(e -> ((CsvRejectedException) e).reason(), e -> ((CsvRejectedException) e).line())
                .containsExactly(CsvRejection.MALFORMED, 2L);
    }

    @Test
    void a_row_of_endless_commas_is_counted_without_being_kept() throws IOException {
        Path file = write("Givebutter Contact ID,Notes\n1" + ",".repeat(2_000_000) + "\n");

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(CsvRejectedException.class)
                .hasMessageStartingWith("Line 2: found 2000001 fields, the header has 2.");
    }

    @Test
    void a_byte_order_mark_before_a_quoted_header_is_skipped() throws IOException {
        Path file = write("\uFEFF\"Givebutter Contact ID\",\"Notes\"\n1,a\n");

        assertThat(readAll(file)).extracting(ContactRow::contactId).containsExactly(1L);
    }

    @Test
    void a_row_has_the_same_content_hash_only_as_the_same_bytes_under_the_same_header() throws IOException {
        String header = "Givebutter Contact ID,Notes\n";
        RowHash first = hashOfOnlyRow(write(header + "1,\"a, b\"\n"));

        assertThat(hashOfOnlyRow(write(header + "1,\"a, b\"\n"))).isEqualTo(first);
        assertThat(hashOfOnlyRow(write(header + "1,\"a,  b\"\n"))).isNotEqualTo(first);
        assertThat(hashOfOnlyRow(write("Givebutter Contact ID,Note\n1,\"a, b\"\n")))
                .isNotEqualTo(first);
    }

    @Test
    void a_row_that_is_not_utf8_is_rejected_with_its_line() throws IOException {
        Path file = directory.resolve("latin1.csv");
        Files.write(
                file, "Givebutter Contact ID,First Name\n1,Ann\n2,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(CsvRejectedException.class)
                .hasMessage("Line 3: the file is not UTF-8 text; export the contacts from Givebutter again as CSV");
    }

    @Test
    void a_row_longer_than_the_read_buffer_is_read_whole() throws IOException {
        String cell = "n".repeat(CsvRecordReader.MAX_FIELD_CHARS);
        int columns = CsvRecordReader.BUFFER_BYTES / CsvRecordReader.MAX_FIELD_CHARS + 2;
        StringBuilder header = new StringBuilder("Givebutter Contact ID,Notes");
        StringBuilder row = new StringBuilder("7,\"").append(cell).append('"');
        for (int column = 1; column < columns; column++) {
            header.append(",Column ").append(column);
            row.append(',').append(cell);
        }

        List<ContactRow> rows = readAll(write(header + "\n" + row + "\n8,a" + ",".repeat(columns - 1) + "\n"));

        assertThat(rows).extracting(ContactRow::contactId).containsExactly(7L, 8L);
        assertThat(rows.getFirst().text(GivebutterContactField.NOTES)).isEqualTo(cell);
        assertThat(rows.getFirst().customFields()).hasSize(columns - 1).containsEntry("Column 1", cell);
    }

    private static RowHash hashOfOnlyRow(Path file) {
        try (GivebutterCsvReader reader = GivebutterCsvReader.open(file, Long.MAX_VALUE)) {
            assertThat(reader.advance()).isTrue();
            return reader.contentHash();
        }
    }

    private Path write(String content) throws IOException {
        return Files.writeString(directory.resolve("f" + System.nanoTime() + ".csv"), content);
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(GivebutterCsvReaderTest.class
                .getResource("/fixtures/givebutter-export-sample.csv")
                .toURI());
    }

    private static List<ContactRow> readAll(Path file) {
        List<ContactRow> rows = new ArrayList<>();
        try (GivebutterCsvReader reader = GivebutterCsvReader.open(file, Long.MAX_VALUE)) {
            while (reader.advance()) {
                rows.add(reader.row());
            }
        }
        return rows;
    }
}
