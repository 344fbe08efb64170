package org.swab.mentorsync.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.swab.mentorsync.importing.csv.ContactRow;
import org.swab.mentorsync.importing.csv.StandardColumn;

/**
 * Turns a contact into one line of PostgreSQL {@code COPY ... (format csv)} input for raw_gb_full_contacts, with a
 * hash of its content so an upsert can skip rows that did not change.
 */
final class ContactCopyFormat {

    /** The columns each line fills, in order. */
    static final List<String> COLUMNS = Stream.of(
            Stream.of("contact_id"),
            Stream.of(StandardColumn.values()).map(StandardColumn::databaseColumn),
            Stream.of("custom_fields", "raw", "row_hash", "csv_uploaded_at", "csv_filename"))
            .flatMap(s -> s).toList();

    static final String COLUMN_LIST = String.join(", ", COLUMNS);

    private final String uploadSuffix;
    private final MessageDigest md5;
    private final StringBuilder line = new StringBuilder(1024);

    ContactCopyFormat(Instant uploadedAt, String filename) {
        this.uploadSuffix = "," + uploadedAt + "," + quoted(filename) + "\n";
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The COPY line for a row (newline included). */
    String line(ContactRow row) {
        line.setLength(0);
        line.append(row.contactId());
        for (StandardColumn column : StandardColumn.values()) {
            line.append(',');
            Object value = row.values()[column.ordinal()];
            if (value instanceof String text) {
                appendQuoted(line, text);
            } else if (value instanceof List<?> list) {
                appendQuoted(line, arrayLiteral(list));
            }
        }
        // custom fields are the columns the table has no column for, so they are the unknown columns kept in raw too
        String customFields = json(row.customFields());
        line.append(',');
        appendQuoted(line, customFields);
        line.append(',');
        appendQuoted(line, customFields);
        String hash = HexFormat.of().formatHex(md5.digest(line.toString().getBytes(StandardCharsets.UTF_8)));
        return line.append(',').append(hash).append(uploadSuffix).toString();
    }

    private static String arrayLiteral(List<?> values) {
        return values.stream().map(value -> '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String json(Map<String, String> fields) {
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

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendQuoted(out, text);
        return out.toString();
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
