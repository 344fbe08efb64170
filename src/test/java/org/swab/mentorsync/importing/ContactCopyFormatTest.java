package org.swab.mentorsync.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swab.mentorsync.importing.csv.ContactRow;
import org.swab.mentorsync.importing.csv.GivebutterCsvReader;
import org.swab.mentorsync.importing.csv.RowHash;
import org.swab.mentorsync.mentor.GivebutterContactField;

class ContactCopyFormatTest {

    private static final List<String> CUSTOM_HEADERS = List.of("🎓 Class", "Note");

    @TempDir
    Path directory;

    private final ContactCopyFormat format = new ContactCopyFormat();

    @Test
    void a_row_becomes_one_copy_line_with_quotes_doubled_arrays_escaped_and_json_for_the_custom_fields()
            throws IOException {
        String line = onlyLine(row(
                Function.identity(),
                column -> switch (column) {
                    case FIRST_NAME -> "\"  Zoë \"\"Z\"\" O'Brien \"";
                    case LAST_NAME -> " plain \"quote\" inside ";
                    case NOTES -> "\"line one,\r\nline two 🎉\"";
                    case ADDITIONAL_EMAILS -> "\" a@x.org , b\"\"q\\c@y.org,\"";
                    case TAGS -> "\" , \"";
                    default -> "";
                },
                "2027",
                "\"say \"\"hi\"\"\t\u0001\""));

        List<String> cells = new ArrayList<>();
        cells.add("42");
        for (GivebutterContactField field : GivebutterContactField.values()) {
            cells.add(
                    switch (field) {
                        case FIRST_NAME -> "\"Zoë \"\"Z\"\" O'Brien\"";
                        case LAST_NAME -> "\"plain \"\"quote\"\" inside\"";
                        case NOTES -> "\"line one,\r\nline two 🎉\"";
                        case ADDITIONAL_EMAILS -> "\"{\"\"a@x.org\"\",\"\"b\\\"\"q\\\\c@y.org\"\"}\"";
                        default -> ""; // null, an empty list too: COPY's unquoted empty field
                    });
        }
        String json = "\"{\"\"🎓 Class\"\":\"\"2027\"\",\"\"Note\"\":\"\"say \\\"\"hi\\\"\"\\t\\u0001\"\"}\"";
        cells.add(json);
        cells.add(hex(onlyHash) + "\n");
        assertThat(line).isEqualTo(String.join(",", cells));
    }

    @Test
    void a_cell_that_starts_or_ends_with_unicode_whitespace_is_stripped_as_the_decoded_cell_is() throws IOException {
        String line = onlyLine(row(
                Function.identity(),
                column -> switch (column) {
                    case FIRST_NAME -> "\u3000Ann\u2003";
                    case LAST_NAME -> "\u00A0Lee\u00A0"; // a no-break space is no whitespace to String.strip
                    case CITY -> "\u2028";
                    default -> "";
                },
                "",
                ""));

        assertThat(line).contains(",\"Ann\",", ",\"\u00A0Lee\u00A0\",").endsWith(",\"{}\"," + hex(onlyHash) + "\n");
        assertThat(cell(line, GivebutterContactField.CITY)).isEmpty();
    }

    @Test
    void every_line_is_what_the_decoded_row_would_give_on_random_messy_cells() throws IOException {
        Random random = new Random(20261203L);
        String[] pieces = {
            "a",
            "Zoë",
            "🎉",
            "\"\"",
            " ",
            "\t",
            "\u3000",
            "\u00A0",
            "\u2028",
            ",",
            "\r\n",
            "\n",
            "x@y.org",
            "\\",
            "{",
            "(706) 555-0100",
            "\u001F",
            "'"
        };
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int id = 1000 + i;
            rows.add(row(
                    contactId -> Integer.toString(id),
                    column -> messyCell(random, pieces),
                    messyCell(random, pieces),
                    messyCell(random, pieces)));
        }
        Path file = write(rows);

        try (GivebutterCsvReader reader = GivebutterCsvReader.open(file, Long.MAX_VALUE)) {
            while (reader.advance()) {
                RowHash hash = reader.contentHash();
                format.add(reader, hash);
                String line = new String(format.take(), StandardCharsets.UTF_8);
                assertThat(line).isEqualTo(DecodedLine.of(reader.row(), hash));
            }
        }
    }

    @Test
    void consecutive_lines_do_not_carry_anything_over() throws IOException {
        Path file = write(List.of(
                row(id -> "1", column -> column == GivebutterContactField.NOTES ? "x".repeat(100_000 - 1) : "", "", ""),
                row(id -> "2", column -> "", "", "")));
        try (GivebutterCsvReader reader = GivebutterCsvReader.open(file, Long.MAX_VALUE)) {
            reader.advance();
            format.add(reader, reader.contentHash());
            reader.advance();
            format.add(reader, reader.contentHash());
        }
        assertThat(format.lines()).isEqualTo(2);

        String[] lines = new String(format.take(), StandardCharsets.UTF_8).split("\n");

        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("2,").doesNotContain("xx");
        assertThat(format.lines()).isZero();
        assertThat(format.take()).isEmpty();
    }

    // ---- helpers ----

    private RowHash onlyHash;

    private String onlyLine(String row) throws IOException {
        try (GivebutterCsvReader reader = GivebutterCsvReader.open(write(List.of(row)), Long.MAX_VALUE)) {
            assertThat(reader.advance()).isTrue();
            onlyHash = reader.contentHash();
            format.add(reader, onlyHash);
        }
        return new String(format.take(), StandardCharsets.UTF_8);
    }

    private static String row(
            Function<String, String> contactId,
            Function<GivebutterContactField, String> cells,
            String firstCustom,
            String secondCustom) {
        List<String> values = new ArrayList<>();
        values.add(contactId.apply("42"));
        for (GivebutterContactField field : GivebutterContactField.values()) {
            values.add(cells.apply(field));
        }
        values.add(firstCustom);
        values.add(secondCustom);
        return String.join(",", values);
    }

    private Path write(List<String> rows) throws IOException {
        List<String> header = new ArrayList<>();
        header.add(GivebutterContactField.CONTACT_ID_HEADER);
        for (GivebutterContactField field : GivebutterContactField.values()) {
            header.add(field.header());
        }
        header.addAll(CUSTOM_HEADERS);
        Path file = Files.createTempFile(directory, "export", ".csv");
        Files.writeString(file, String.join(",", header) + "\r\n" + String.join("\r\n", rows) + "\r\n");
        return file;
    }

    /** A quoted cell of random pieces (a doubled quote stays one), or an unquoted one without delimiters. */
    private static String messyCell(Random random, String[] pieces) {
        StringBuilder cell = new StringBuilder();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            cell.append(pieces[random.nextInt(pieces.length)]);
        }
        String text = cell.toString();
        if (random.nextBoolean()) {
            return "\"" + text + "\"";
        }
        // unquoted: no delimiter, no line break, and no quote at its start (that would open a quoted cell)
        String unquoted =
                text.replace(",", "").replace("\r", "").replace("\n", "").replace("\"\"", "q\"");
        return unquoted.startsWith("\"") ? "q" + unquoted : unquoted;
    }

    private static String cell(String line, GivebutterContactField column) {
        return line.split(",", -1)[1 + column.ordinal()];
    }

    private static String hex(RowHash hash) {
        return hash.hex();
    }

    /** The line as built from the decoded row's Strings: what every cell copied as written must equal. */
    private static final class DecodedLine {

        static String of(ContactRow row, RowHash hash) {
            StringBuilder line = new StringBuilder().append(row.contactId());
            for (GivebutterContactField column : GivebutterContactField.values()) {
                line.append(',');
                Object value = row.values()[column.ordinal()];
                if (value instanceof String text) {
                    line.append(quoted(text));
                } else if (value instanceof List<?> list) {
                    StringBuilder array = new StringBuilder("{");
                    for (Object item : list) {
                        if (array.length() > 1) {
                            array.append(',');
                        }
                        array.append('"')
                                .append(item.toString().replace("\\", "\\\\").replace("\"", "\\\""))
                                .append('"');
                    }
                    line.append(quoted(array.append('}').toString()));
                }
            }
            String json = quoted(json(row.customFields()));
            return line.append(',')
                    .append(json)
                    .append(',')
                    .append(hash.hex())
                    .append('\n')
                    .toString();
        }

        private static String json(Map<String, String> fields) {
            return fields.entrySet().stream()
                    .map(field -> ContactCopyFormat.jsonString(field.getKey()) + ":"
                            + ContactCopyFormat.jsonString(field.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }

        private static String quoted(String text) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
    }
}
