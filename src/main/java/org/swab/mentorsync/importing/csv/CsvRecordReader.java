package org.swab.mentorsync.importing.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records, keeping a quoted field exactly as written (a CRLF inside quotes stays CRLF)
 * and never holding more than one field of bounded length: a field that runs past {@link #MAX_FIELD_CHARS} (an
 * unclosed quote swallowing the rest of the file, or no CSV at all) is rejected at once with the line it began on.
 * A record ends at LF, CRLF or CR outside quotes; a quote that does not open a field is an ordinary character, and
 * text after a closing quote is refused, as a quote inside quotes that should have been doubled.
 */
final class CsvRecordReader implements Closeable {

    /**
     * The longest cell accepted. Givebutter's longest cells (notes, addresses, custom text messages) are a few
     * thousand characters; a field this long is an unclosed quote or not a contacts export, and reading on would
     * hold the rest of the file in memory.
     */
    static final int MAX_FIELD_CHARS = 100_000;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder(256);
    private final List<String> fields = new ArrayList<>();
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private int fieldCount;
    private int keptFields;
    private boolean atStart = true;

    CsvRecordReader(Reader in) {
        this.in = in;
    }

    /**
     * The next record's fields, at most {@code maxFields} of them (the rest are read and counted, not kept), or
     * null at the end of the text.
     */
    String[] next(int maxFields) throws IOException {
        if (atStart && fill() && buffer[position] == BYTE_ORDER_MARK) {
            position++;
        }
        atStart = false;
        if (!fill()) {
            return null;
        }
        recordLine = line;
        fields.clear();
        fieldCount = 0;
        keptFields = maxFields;
        boolean endOfRecord;
        do {
            field.setLength(0);
            long fieldLine = line;
            if (fill() && buffer[position] == '"') {
                position++;
                endOfRecord = readQuoted(fieldLine);
            } else {
                endOfRecord = readUnquoted(fieldLine);
            }
        } while (!endOfRecord);
        return fields.toArray(String[]::new);
    }

    /** The physical line (1 = the first) on which the last record began. */
    long recordLine() {
        return recordLine;
    }

    /** How many fields the last record had, kept or not. */
    int fieldCount() {
        return fieldCount;
    }

    /** Reads up to the next separator or end of line; true when that ended the record. */
    private boolean readUnquoted(long fieldLine) throws IOException {
        while (fill()) {
            int start = position;
            for (int i = start; i < limit; i++) {
                char c = buffer[i];
                if (c == ',' || c == '\n' || c == '\r') {
                    position = i + 1;
                    endField(start, i, fieldLine, false);
                    if (c == ',') {
                        return false;
                    }
                    endLine(c);
                    return true;
                }
            }
            append(start, limit, fieldLine, false);
            position = limit;
        }
        endField(position, position, fieldLine, false);
        return true;
    }

    /** Reads a quoted field from after its opening quote up to the separator or line end after its closing quote. */
    private boolean readQuoted(long fieldLine) throws IOException {
        boolean afterCarriageReturn = false;
        while (fill()) {
            int start = position;
            int quote = start;
            for (; quote < limit && buffer[quote] != '"'; quote++) {
                char c = buffer[quote];
                // a line break inside quotes is CRLF, LF or CR: count each once
                if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
                    line++;
                }
                afterCarriageReturn = c == '\r';
            }
            if (quote == limit) {
                append(start, limit, fieldLine, true);
                position = limit;
                continue;
            }
            afterCarriageReturn = false;
            int end = quote;
            position = quote + 1;
            if (position == limit) {
                // what follows the quote comes with the next read, which replaces the buffer: keep the text first
                append(start, end, fieldLine, true);
                if (!fill()) {
                    endField(position, position, fieldLine, true);
                    return true;
                }
                start = position;
                end = position;
            }
            char next = buffer[position++];
            if (next == '"') {
                append(start, end, fieldLine, true);
                field.append('"');
            } else if (next == ',') {
                endField(start, end, fieldLine, true);
                return false;
            } else if (next == '\n' || next == '\r') {
                endField(start, end, fieldLine, true);
                endLine(next);
                return true;
            } else {
                throw new CsvRejectedException(
                        CsvRejection.MALFORMED,
                        line,
                        "text follows the closing quote of a "
                                + "field; a quote inside a quoted field must be doubled (\"\")");
            }
        }
        throw new CsvRejectedException(
                CsvRejection.MALFORMED,
                fieldLine,
                "a quoted field is never closed (missing \" before the end of the file)");
    }

    private void append(int start, int end, long fieldLine, boolean quoted) {
        checkLength(field.length() + end - start, fieldLine, quoted);
        field.append(buffer, start, end - start);
    }

    /** Ends the field with {@code buffer[start, end)} after what is already collected: most fields are only that. */
    private void endField(int start, int end, long fieldLine, boolean quoted) {
        if (fieldCount++ >= keptFields) {
            checkLength(field.length() + end - start, fieldLine, quoted);
        } else if (field.isEmpty()) {
            fields.add(start == end ? "" : new String(buffer, start, end - start));
        } else {
            append(start, end, fieldLine, quoted);
            fields.add(field.toString());
        }
    }

    private static void checkLength(int length, long fieldLine, boolean quoted) {
        if (length > MAX_FIELD_CHARS) {
            throw new CsvRejectedException(
                    CsvRejection.MALFORMED,
                    fieldLine,
                    quoted
                            ? "a quoted field runs on for more than %,d characters; is its closing \" missing?"
                                    .formatted(MAX_FIELD_CHARS)
                            : "a field is longer than %,d characters".formatted(MAX_FIELD_CHARS));
        }
    }

    /** Counts the line break just read; a CR followed by LF is one break. */
    private void endLine(char terminator) throws IOException {
        line++;
        if (terminator == '\r' && fill() && buffer[position] == '\n') {
            position++;
        }
    }

    /** True when a character is available at {@code position}, reading more of the text if needed. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
