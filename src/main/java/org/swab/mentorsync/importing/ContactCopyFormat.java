package org.swab.mentorsync.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.swab.mentorsync.importing.csv.GivebutterCsvReader;
import org.swab.mentorsync.importing.csv.RawCell;
import org.swab.mentorsync.importing.csv.RowHash;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * Turns contacts into lines of PostgreSQL {@code COPY ... (format csv)} input for raw_gb_full_contacts, many lines
 * into one buffer. A text cell is copied from the file's bytes as written, stripped but never decoded and encoded
 * again (a quoted cell's doubled quotes are COPY's own); only a cell that starts or ends with a non-ASCII character
 * (which might be Unicode whitespace), the list columns and the custom fields are decoded. One instance per upload;
 * not thread-safe.
 */
final class ContactCopyFormat {

    /**
     * The columns each line fills, in order. Not the upload's time and file name, the same in every row (the writer
     * supplies them), nor raw, which the table derives from custom_fields.
     */
    static final List<String> COLUMNS = Stream.of(
                    Stream.of("contact_id"),
                    Stream.of(GivebutterContactField.values()).map(GivebutterContactField::databaseColumn),
                    Stream.of("custom_fields", "row_hash"))
            .flatMap(s -> s)
            .toList();

    static final String COLUMN_LIST = String.join(", ", COLUMNS);

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static final GivebutterContactField[] FIELDS = GivebutterContactField.values();

    private final RawCell cell = new RawCell();
    private byte[][] customKeys;
    private byte[] line = new byte[1 << 16];
    private int length;
    private int lines;

    /** Adds the COPY line of the reader's current contact with its content hash. */
    void add(GivebutterCsvReader contact, RowHash hash) {
        append(Long.toString(contact.contactId()));
        for (GivebutterContactField column : FIELDS) {
            append(",");
            if (column.kind() == GivebutterContactField.Kind.LIST) {
                List<String> values = contact.list(column);
                if (!values.isEmpty()) {
                    appendArray(values);
                }
            } else {
                appendText(contact, column);
            }
        }
        append(",");
        appendCustomFields(contact);
        append(",");
        appendHex(hash.high());
        appendHex(hash.low());
        append("\n");
        lines++;
    }

    /** How many lines were added since the last {@link #take()}. */
    int lines() {
        return lines;
    }

    /** The lines added since the last call, as UTF-8; the buffer starts over. */
    byte[] take() {
        byte[] taken = Arrays.copyOf(line, length);
        length = 0;
        lines = 0;
        return taken;
    }

    /** A stripped text cell, quoted; nothing (COPY's null) when it is empty. */
    private void appendText(GivebutterCsvReader contact, GivebutterContactField column) {
        RawCell raw = contact.rawText(column, cell);
        if (raw.needsDecoding()) {
            String text = contact.text(column);
            if (text != null) {
                appendQuoted(text);
            }
            return;
        }
        if (raw.isEmpty()) {
            return;
        }
        byte[] bytes = raw.bytes();
        int from = raw.from();
        int to = raw.to();
        room(2 * (to - from) + 2);
        line[length++] = '"';
        if (raw.quoted()) {
            System.arraycopy(bytes, from, line, length, to - from);
            length += to - from;
        } else {
            // a quote inside an unquoted cell is an ordinary character; inside COPY's quotes it is doubled
            for (int i = from; i < to; i++) {
                byte b = bytes[i];
                if (b == '"') {
                    line[length++] = '"';
                }
                line[length++] = b;
            }
        }
        line[length++] = '"';
    }

    private void appendHex(long value) {
        room(16);
        for (int shift = 60; shift >= 0; shift -= 4) {
            line[length++] = HEX_DIGITS[(int) (value >>> shift) & 0xF];
        }
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

    /**
     * The custom fields with a value as one JSON object, {"header":"value",...} in file order, inside a quoted CSV
     * field (each of its quotes doubled). A value is escaped from the file's bytes unless it has to be decoded to be
     * stripped; a header is escaped once per upload.
     */
    private void appendCustomFields(GivebutterCsvReader contact) {
        if (customKeys == null) {
            customKeys = contact.header().customNames().stream()
                    .map(name -> (doubledQuotes(jsonString(name)) + ":").getBytes(StandardCharsets.UTF_8))
                    .toArray(byte[][]::new);
        }
        append("\"{");
        boolean first = true;
        for (int i = 0; i < customKeys.length; i++) {
            RawCell raw = contact.rawCustomField(i, cell);
            String decoded = null;
            if (raw.needsDecoding()) {
                decoded = contact.customField(i);
                if (decoded == null) {
                    continue;
                }
            } else if (raw.isEmpty()) {
                continue;
            }
            if (!first) {
                append(",");
            }
            first = false;
            room(customKeys[i].length);
            System.arraycopy(customKeys[i], 0, line, length, customKeys[i].length);
            length += customKeys[i].length;
            if (decoded != null) {
                byte[] value = doubledQuotes(jsonString(decoded)).getBytes(StandardCharsets.UTF_8);
                room(value.length);
                System.arraycopy(value, 0, line, length, value.length);
                length += value.length;
            } else {
                appendJsonValue(raw);
            }
        }
        append("}\"");
    }

    /** A cell's bytes as a JSON string, escaped as {@link #jsonString} escapes, its quotes doubled for CSV. */
    private void appendJsonValue(RawCell raw) {
        byte[] bytes = raw.bytes();
        room(6 * (raw.to() - raw.from()) + 4);
        line[length++] = '"';
        line[length++] = '"';
        for (int i = raw.from(); i < raw.to(); i++) {
            byte b = bytes[i];
            switch (b) {
                case '"' -> {
                    line[length++] = '\\';
                    line[length++] = '"';
                    line[length++] = '"';
                    if (raw.quoted()) {
                        i++; // the file doubled it: one quote
                    }
                }
                case '\\' -> {
                    line[length++] = '\\';
                    line[length++] = '\\';
                }
                case '\n' -> escape('n');
                case '\r' -> escape('r');
                case '\t' -> escape('t');
                default -> {
                    if (b >= 0 && b < 0x20) {
                        escape('u');
                        line[length++] = '0';
                        line[length++] = '0';
                        line[length++] = HEX_DIGITS[b >> 4];
                        line[length++] = HEX_DIGITS[b & 0xF];
                    } else {
                        line[length++] = b;
                    }
                }
            }
        }
        line[length++] = '"';
        line[length++] = '"';
    }

    private void escape(char c) {
        line[length++] = '\\';
        line[length++] = (byte) c;
    }

    private static String doubledQuotes(String text) {
        return text.replace("\"", "\"\"");
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2);
        appendJsonString(json, text);
        return json.toString();
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
