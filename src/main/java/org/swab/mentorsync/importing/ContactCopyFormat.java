package org.swab.mentorsync.importing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.swab.mentorsync.importing.csv.ContactRow;
import org.swab.mentorsync.importing.csv.RowHash;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * Turns a contact into one line of PostgreSQL {@code COPY ... (format csv)} input for raw_gb_full_contacts. One
 * instance per upload; not thread-safe.
 */
final class ContactCopyFormat {

    /** The columns each line fills, in order. */
    static final List<String> COLUMNS = Stream.of(
                    Stream.of("contact_id"),
                    Stream.of(GivebutterContactField.values()).map(GivebutterContactField::databaseColumn),
                    Stream.of("custom_fields", "raw", "row_hash", "csv_uploaded_at", "csv_filename"))
            .flatMap(s -> s)
            .toList();

    static final String COLUMN_LIST = String.join(", ", COLUMNS);

    private final String uploadSuffix;
    private final StringBuilder line = new StringBuilder(1024);

    ContactCopyFormat(Instant uploadedAt, String filename) {
        StringBuilder suffix = new StringBuilder(",").append(uploadedAt).append(',');
        appendQuoted(suffix, filename);
        this.uploadSuffix = suffix.append('\n').toString();
    }

    /** The whole COPY line of a row with its content hash. */
    byte[] line(ContactRow row, RowHash hash) {
        line.setLength(0);
        line.append(row.contactId());
        for (GivebutterContactField column : GivebutterContactField.values()) {
            line.append(',');
            Object value = row.values()[column.ordinal()];
            if (value instanceof String text) {
                appendQuoted(line, text);
            } else if (value instanceof List<?> list) {
                appendArray(line, list);
            }
        }
        // custom fields are the columns the table has no column for: the unknown columns kept in raw as well
        String customFields = json(row.customFields());
        line.append(',');
        appendQuoted(line, customFields);
        line.append(',');
        appendQuoted(line, customFields);
        line.append(',').append(hash.hex()).append(uploadSuffix);
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A PostgreSQL array literal {"a","b"} inside a quoted CSV field. */
    private static void appendArray(StringBuilder out, List<?> values) {
        out.append("\"{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append("\"\"");
            String value = values.get(i).toString();
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                if (ch == '"') {
                    out.append("\\\"\"");
                } else if (ch == '\\') {
                    out.append("\\\\");
                } else {
                    out.append(ch);
                }
            }
            out.append("\"\"");
        }
        out.append("}\"");
    }

    static String json(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return "{}";
        }
        StringBuilder json = new StringBuilder(64).append('{');
        fields.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            appendJsonString(json, key);
            json.append(':');
            appendJsonString(json, value);
        });
        return json.append('}').toString();
    }

    private static void appendJsonString(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u%04x".formatted((int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** A quoted CSV field: COPY reads an unquoted empty field as null, so values are always quoted. */
    private static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
