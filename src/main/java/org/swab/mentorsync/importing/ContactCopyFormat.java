package org.swab.mentorsync.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
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

    private final byte[] uploadSuffix;
    private byte[] line = new byte[4096];
    private int length;

    ContactCopyFormat(Instant uploadedAt, String filename) {
        int start = length;
        append(",");
        append(uploadedAt.toString());
        append(",");
        appendQuoted(filename);
        append("\n");
        this.uploadSuffix = Arrays.copyOfRange(line, start, length);
        length = 0;
    }

    /**
     * Writes the whole COPY line of a row with its content hash, as UTF-8 built straight into one reused buffer (a
     * StringBuilder and its String would copy each line twice more).
     */
    void write(ContactRow row, RowHash hash, OutputStream out) throws IOException {
        length = 0;
        append(Long.toString(row.contactId()));
        for (GivebutterContactField column : GivebutterContactField.values()) {
            append(",");
            Object value = row.values()[column.ordinal()];
            if (value instanceof String text) {
                appendQuoted(text);
            } else if (value instanceof List<?> list) {
                appendArray(list);
            }
        }
        // custom fields are the columns the table has no column for: the unknown columns kept in raw as well
        String customFields = json(row.customFields());
        append(",");
        appendQuoted(customFields);
        append(",");
        appendQuoted(customFields);
        append(",");
        append(hash.hex());
        room(uploadSuffix.length);
        System.arraycopy(uploadSuffix, 0, line, length, uploadSuffix.length);
        length += uploadSuffix.length;
        out.write(line, 0, length);
    }

    /** A PostgreSQL array literal {"a","b"} inside a quoted CSV field. */
    private void appendArray(List<?> values) {
        append("\"{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                append(",");
            }
            append("\"\"");
            byte[] value = values.get(i).toString().getBytes(StandardCharsets.UTF_8);
            room(value.length * 3);
            for (byte b : value) {
                if (b == '"') {
                    line[length++] = '\\';
                    line[length++] = '"';
                } else if (b == '\\') {
                    line[length++] = '\\';
                }
                line[length++] = b;
            }
            append("\"\"");
        }
        append("}\"");
    }

    /**
     * A quoted CSV field: COPY reads an unquoted empty field as null, so values are always quoted. A quote never
     * occurs inside a multi-byte UTF-8 sequence, so doubling it byte by byte is exact.
     */
    private void appendQuoted(String text) {
        byte[] value = text.getBytes(StandardCharsets.UTF_8);
        room(value.length * 2 + 2);
        line[length++] = '"';
        if (text.indexOf('"') < 0) {
            System.arraycopy(value, 0, line, length, value.length);
            length += value.length;
        } else {
            for (byte b : value) {
                if (b == '"') {
                    line[length++] = '"';
                }
                line[length++] = b;
            }
        }
        line[length++] = '"';
    }

    /** ASCII text as it is. */
    private void append(String ascii) {
        room(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            line[length++] = (byte) ascii.charAt(i);
        }
    }

    private void room(int bytes) {
        if (length + bytes > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + bytes));
        }
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
}
