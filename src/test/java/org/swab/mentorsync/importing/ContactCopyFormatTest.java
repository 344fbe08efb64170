package org.swab.mentorsync.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.importing.csv.ContactRow;
import org.swab.mentorsync.importing.csv.RowHash;
import org.swab.mentorsync.mentor.GivebutterContactField;

class ContactCopyFormatTest {

    private final ContactCopyFormat format =
            new ContactCopyFormat(Instant.parse("2026-12-03T10:00:00Z"), "ex\"port.csv");

    @Test
    void a_row_becomes_one_copy_line_with_quotes_doubled_arrays_escaped_and_json_for_the_custom_fields()
            throws IOException {
        Object[] values = new Object[GivebutterContactField.values().length];
        values[GivebutterContactField.FIRST_NAME.ordinal()] = "Zoë \"Z\" O'Brien";
        values[GivebutterContactField.NOTES.ordinal()] = "line one,\nline two 🎉";
        values[GivebutterContactField.ADDITIONAL_EMAILS.ordinal()] = List.of("a@x.org", "b\"q\\c@y.org");
        values[GivebutterContactField.TAGS.ordinal()] = List.of();
        Map<String, String> customFields = new LinkedHashMap<>();
        customFields.put("🎓 Class", "2027");
        customFields.put("Note", "say \"hi\"\t\u0001");

        String line = line(new ContactRow(3, 42, values, customFields), new RowHash(1, 0xabcL));

        List<String> cells = new ArrayList<>();
        cells.add("42");
        for (GivebutterContactField field : GivebutterContactField.values()) {
            cells.add(
                    switch (field) {
                        case FIRST_NAME -> "\"Zoë \"\"Z\"\" O'Brien\"";
                        case NOTES -> "\"line one,\nline two 🎉\"";
                        case ADDITIONAL_EMAILS -> "\"{\"\"a@x.org\"\",\"\"b\\\"\"q\\\\c@y.org\"\"}\"";
                        case TAGS -> "\"{}\"";
                        default -> ""; // null: COPY's unquoted empty field
                    });
        }
        String json = "\"{\"\"🎓 Class\"\":\"\"2027\"\",\"\"Note\"\":\"\"say \\\"\"hi\\\"\"\\t\\u0001\"\"}\"";
        cells.add(json);
        cells.add(json);
        cells.add("00000000000000010000000000000abc");
        cells.add("2026-12-03T10:00:00Z");
        cells.add("\"ex\"\"port.csv\"\n");
        assertThat(line).isEqualTo(String.join(",", cells));
    }

    @Test
    void a_row_without_custom_fields_has_empty_json_objects_and_a_lone_surrogate_becomes_a_question_mark()
            throws IOException {
        Object[] values = new Object[GivebutterContactField.values().length];
        values[GivebutterContactField.LAST_NAME.ordinal()] = "broken \uD83D end";

        String line = line(new ContactRow(2, 7, values, Map.of()), new RowHash(0, 0));

        assertThat(line)
                .contains(",\"broken ? end\",")
                .endsWith(",\"{}\",\"{}\",00000000000000000000000000000000,2026-12-03T10:00:00Z,\"ex\"\"port.csv\"\n");
    }

    @Test
    void consecutive_lines_do_not_carry_anything_over() throws IOException {
        Object[] long_ = new Object[GivebutterContactField.values().length];
        long_[GivebutterContactField.NOTES.ordinal()] = "x".repeat(10_000);
        Object[] short_ = new Object[GivebutterContactField.values().length];

        line(new ContactRow(2, 1, long_, Map.of()), new RowHash(0, 0));
        String second = line(new ContactRow(3, 2, short_, Map.of()), new RowHash(0, 0));

        assertThat(second).startsWith("2,").doesNotContain("xx").hasLineCount(1);
    }

    private String line(ContactRow row, RowHash hash) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(row, hash, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
