package org.swab.mentorsync.importing.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.zip.Checksum;

/**
 * Splits RFC 4180 UTF-8 bytes into records. {@link #next()} only finds where the current record ends and checks its
 * quoting, without decoding anything, so a record that is already known by the digest of its bytes is never turned
 * into strings; {@link #fields(int)} decodes it when needed. A quoted field is kept exactly as written (a CRLF
 * inside quotes stays CRLF), and a field that runs past {@link #MAX_FIELD_CHARS} (an unclosed quote swallowing the
 * rest of the file, or no CSV at all) is rejected at once with the line it began on. A record ends at LF, CRLF or CR
 * outside quotes; a quote that does not open a field is an ordinary character, and text after a closing quote is
 * refused, as a quote inside quotes that should have been doubled. The delimiters are ASCII, so they never occur
 * inside a multi-byte UTF-8 character and the bytes can be split before they are decoded.
 */
final class CsvRecordReader implements Closeable {

    /**
     * The longest cell accepted. Givebutter's longest cells (notes, addresses, custom text messages) are a few
     * thousand characters; a field this long is an unclosed quote or not a contacts export, and reading on would
     * hold the rest of the file in memory.
     */
    static final int MAX_FIELD_CHARS = 100_000;

    /** The longest record held: far beyond any contact's row; a longer one is not a contacts export. */
    static final int MAX_RECORD_BYTES = 16 << 20;

    static final int BUFFER_BYTES = 1 << 16;

    // a UTF-8 character is at most 3 bytes per UTF-16 char: more bytes than this is certainly too many chars
    private static final int SURELY_TOO_LONG_BYTES = 3 * MAX_FIELD_CHARS + 2;
    private static final int NEED_MORE = -1;
    // a contacts export has far fewer fields; a record with more is rejected for its field count anyway
    private static final int MAX_NOTED_FIELDS = 8192;

    private final InputStream in;
    private CharBuffer decoded = CharBuffer.allocate(4096);
    private final CharsetDecoder strictUtf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[BUFFER_BYTES];
    private byte[] unescaped = new byte[256];
    private int limit;
    private boolean endOfInput;
    private boolean atStart = true;
    private int next;
    private long line = 1;
    private int recordStart;
    private int recordEnd;
    private long recordLine;
    private int fieldCount;
    private boolean ascii;
    private boolean utf8Checked;
    // where each field of the current record starts, noted by the scan (up to a bound) or found when first needed
    private int[] fieldStarts = new int[64];
    private boolean fieldsLocated;

    CsvRecordReader(InputStream in) {
        this.in = in;
    }

    /** Finds and checks the next record; false at the end of the input. */
    boolean next() throws IOException {
        if (atStart) {
            atStart = false;
            while (limit < 3 && readMore()) {
                // a byte order mark is three bytes
            }
            if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                next = 3;
            }
        }
        recordStart = next;
        if (next == limit && !readMore()) {
            return false;
        }
        recordLine = line;
        while (scan() == NEED_MORE) {
            readMore();
        }
        return true;
    }

    /** The physical line (1 = the first) on which the current record began. */
    long recordLine() {
        return recordLine;
    }

    /** How many fields the current record has. */
    int fieldCount() {
        return fieldCount;
    }

    /** Adds the current record's bytes, exactly as in the file, to the digest. */
    void digest(MessageDigest digest) {
        digest.update(buffer, recordStart, recordEnd - recordStart);
    }

    /** Adds the current record's bytes, exactly as in the file, to the checksum. */
    void checksum(Checksum checksum) {
        checksum.update(buffer, recordStart, recordEnd - recordStart);
    }

    /** The current record's length in bytes, line break excluded. */
    int recordLength() {
        return recordEnd - recordStart;
    }

    /** The current record's first {@code maxFields} fields, decoded (the rest were only counted). */
    String[] fields(int maxFields) throws CharacterCodingException {
        checkUtf8();
        String[] fields = new String[Math.min(fieldCount, maxFields)];
        int p = recordStart;
        for (int i = 0; i < fields.length; i++) {
            p = readField(p, fields, i);
        }
        return fields;
    }

    /** One field of the current record, decoded without checking the rest of the record. */
    String field(int index) {
        locateFields();
        return fieldFrom(fieldStarts[index]);
    }

    /**
     * One field near the record's start, found without finding where every field starts: the contact id of a row
     * that may turn out to be stored already.
     */
    String leadingField(int index) {
        if (fieldsLocated) {
            return field(index);
        }
        int p = recordStart;
        for (int i = 0; i < index; i++) {
            p = skipField(p);
        }
        return fieldFrom(p);
    }

    private String fieldFrom(int start) {
        String[] field = new String[1];
        readField(start, field, 0);
        return field[0];
    }

    /** Checks once per record that its bytes are UTF-8, before any of its fields is used. */
    void checkUtf8() throws CharacterCodingException {
        if (!ascii && !utf8Checked) {
            int bytes = recordEnd - recordStart;
            if (decoded.capacity() < bytes) {
                decoded = CharBuffer.allocate(Math.max(bytes, 2 * decoded.capacity()));
            }
            // into a reused buffer: a UTF-8 byte never decodes to more than one char
            CoderResult result =
                    strictUtf8.reset().decode(ByteBuffer.wrap(buffer, recordStart, bytes), decoded.clear(), true);
            if (result.isError()) {
                result.throwException();
            }
        }
        utf8Checked = true;
    }

    /**
     * Points {@code cell} at field {@code index}'s bytes as written, with ASCII whitespace stripped from both ends:
     * inside the quotes of a quoted field (a doubled quote still doubled), or the unquoted field itself.
     */
    void rawField(int index, RawCell cell) {
        locateFields();
        int from = fieldStarts[index];
        int to = fieldStarts[index + 1] - 1;
        boolean quoted = from < to && buffer[from] == '"';
        if (quoted) {
            from++;
            to--;
        }
        while (from < to && isAsciiWhitespace(buffer[from])) {
            from++;
        }
        while (to > from && isAsciiWhitespace(buffer[to - 1])) {
            to--;
        }
        cell.point(buffer, from, to, quoted);
    }

    /** The ASCII characters {@link String#strip()} removes. */
    private static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1C && b <= 0x1F);
    }

    private void noteFieldStart(int index, int start) {
        if (index + 1 >= fieldStarts.length) {
            if (fieldStarts.length >= MAX_NOTED_FIELDS) {
                return;
            }
            fieldStarts = Arrays.copyOf(fieldStarts, fieldStarts.length * 2);
        }
        fieldStarts[index] = start;
    }

    private void locateFields() {
        if (fieldsLocated) {
            return;
        }
        if (fieldStarts.length < fieldCount + 1) {
            fieldStarts = new int[Math.max(fieldCount + 1, fieldStarts.length * 2)];
        }
        int p = recordStart;
        for (int i = 0; i < fieldCount; i++) {
            fieldStarts[i] = p;
            p = skipField(p);
        }
        // one past the last field's end, as if a delimiter followed it
        fieldStarts[fieldCount] = recordEnd + 1;
        fieldsLocated = true;
    }

    /**
     * Scans the record from {@code recordStart}: where it ends, how many fields it has, whether it is all ASCII, and
     * its lines. Returns {@link #NEED_MORE} when the buffer ends first (the scan restarts from the record's start).
     */
    private int scan() {
        int p = recordStart;
        long currentLine = recordLine;
        int fields = 0;
        int high = 0;
        while (true) {
            int fieldStart = p;
            long fieldLine = currentLine;
            noteFieldStart(fields, p);
            fields++;
            if (p < limit && buffer[p] == '"') {
                p++;
                boolean afterCarriageReturn = false;
                while (true) {
                    while (p < limit) {
                        byte b = buffer[p];
                        if (b == '"') {
                            break;
                        }
                        high |= b;
                        // a line break inside quotes is CRLF, LF or CR: count each once
                        if (b == '\r' || (b == '\n' && !afterCarriageReturn)) {
                            currentLine++;
                        }
                        afterCarriageReturn = b == '\r';
                        p++;
                    }
                    if (p - fieldStart > SURELY_TOO_LONG_BYTES) {
                        throw quotedTooLong(fieldLine);
                    }
                    if (p == limit) {
                        if (!endOfInput) {
                            return NEED_MORE;
                        }
                        if (chars(fieldStart + 1, limit, true) > MAX_FIELD_CHARS) {
                            throw quotedTooLong(fieldLine);
                        }
                        throw new CsvRejectedException(
                                CsvRejection.MALFORMED,
                                fieldLine,
                                "a quoted field is never closed (missing \" before the end of the file)");
                    }
                    afterCarriageReturn = false;
                    if (p + 1 == limit && !endOfInput) {
                        return NEED_MORE;
                    }
                    if (p + 1 < limit && buffer[p + 1] == '"') {
                        p += 2;
                        continue;
                    }
                    // the closing quote
                    if (p - fieldStart - 1 > MAX_FIELD_CHARS && chars(fieldStart + 1, p, true) > MAX_FIELD_CHARS) {
                        throw quotedTooLong(fieldLine);
                    }
                    p++;
                    if (p == limit) {
                        return endRecord(p, p, currentLine, fields, high);
                    }
                    byte after = buffer[p];
                    if (after == ',') {
                        p++;
                        break;
                    }
                    if (after == '\n' || after == '\r') {
                        return endRecord(p, p, currentLine, fields, high);
                    }
                    throw new CsvRejectedException(
                            CsvRejection.MALFORMED,
                            currentLine,
                            "text follows the closing quote of a field; a quote inside a quoted field must be "
                                    + "doubled (\"\")");
                }
            } else {
                while (p < limit) {
                    byte b = buffer[p];
                    if (b == ',' || b == '\n' || b == '\r') {
                        break;
                    }
                    high |= b;
                    p++;
                }
                if (p - fieldStart > SURELY_TOO_LONG_BYTES) {
                    throw unquotedTooLong(fieldLine);
                }
                if (p == limit && !endOfInput) {
                    return NEED_MORE;
                }
                if (p - fieldStart > MAX_FIELD_CHARS && chars(fieldStart, p, false) > MAX_FIELD_CHARS) {
                    throw unquotedTooLong(fieldLine);
                }
                if (p < limit && buffer[p] == ',') {
                    p++;
                    continue;
                }
                return endRecord(p, p, currentLine, fields, high);
            }
        }
    }

    /** Ends the record before {@code end}, consuming its line break at {@code terminator} (or the input's end). */
    private int endRecord(int end, int terminator, long currentLine, int fields, int high) {
        int after = terminator;
        if (terminator < limit) {
            if (buffer[terminator] == '\r' && terminator + 1 == limit && !endOfInput) {
                return NEED_MORE;
            }
            after = buffer[terminator] == '\r' && terminator + 1 < limit && buffer[terminator + 1] == '\n'
                    ? terminator + 2
                    : terminator + 1;
            currentLine++;
        }
        recordEnd = end;
        next = after;
        line = currentLine;
        fieldCount = fields;
        ascii = high >= 0;
        utf8Checked = false;
        fieldsLocated = fields < fieldStarts.length;
        if (fieldsLocated) {
            // one past the last field's end, as if a delimiter followed it
            fieldStarts[fields] = end + 1;
        }
        return end;
    }

    /** Reads the field starting at {@code p} into {@code into[index]}; returns where the next field starts. */
    private int readField(int p, String[] into, int index) {
        if (p < recordEnd && buffer[p] == '"') {
            int from = p + 1;
            int q = from;
            int length = 0;
            boolean escaped = false;
            while (true) {
                int quote = indexOfQuote(q);
                if (quote + 1 < recordEnd && buffer[quote + 1] == '"') {
                    // a doubled quote: keep one
                    length = unescape(q, quote + 1, length);
                    escaped = true;
                    q = quote + 2;
                } else {
                    if (escaped) {
                        length = unescape(q, quote, length);
                        into[index] = decode(unescaped, 0, length);
                    } else {
                        into[index] = decode(buffer, from, quote);
                    }
                    return quote + 2;
                }
            }
        }
        int end = p;
        while (end < recordEnd && buffer[end] != ',') {
            end++;
        }
        into[index] = decode(buffer, p, end);
        return end + 1;
    }

    private int skipField(int p) {
        if (p < recordEnd && buffer[p] == '"') {
            int q = p + 1;
            while (true) {
                int quote = indexOfQuote(q);
                if (quote + 1 < recordEnd && buffer[quote + 1] == '"') {
                    q = quote + 2;
                } else {
                    return quote + 2;
                }
            }
        }
        int end = p;
        while (end < recordEnd && buffer[end] != ',') {
            end++;
        }
        return end + 1;
    }

    private int indexOfQuote(int from) {
        int i = from;
        while (buffer[i] != '"') {
            i++;
        }
        return i;
    }

    /** Appends {@code buffer[from, to)} to the first {@code length} bytes of the unescaped copy. */
    private int unescape(int from, int to, int length) {
        int needed = length + to - from;
        if (needed > unescaped.length) {
            unescaped = Arrays.copyOf(unescaped, Math.max(needed, unescaped.length * 2));
        }
        System.arraycopy(buffer, from, unescaped, length, to - from);
        return needed;
    }

    private String decode(byte[] bytes, int from, int to) {
        if (from == to) {
            return "";
        }
        // checked as UTF-8 once per record; pure ASCII is also Latin-1, the cheapest String to make
        return new String(bytes, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** The UTF-16 length of {@code buffer[from, to)}, a doubled quote counting once when {@code quoted}. */
    private int chars(int from, int to, boolean quoted) {
        int chars = 0;
        for (int i = from; i < to; i++) {
            int b = buffer[i] & 0xFF;
            if (quoted && b == '"' && i + 1 < to && buffer[i + 1] == '"') {
                i++;
            }
            if ((b & 0xC0) != 0x80) {
                chars += (b & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
        return chars;
    }

    private static CsvRejectedException quotedTooLong(long fieldLine) {
        return new CsvRejectedException(
                CsvRejection.MALFORMED,
                fieldLine,
                "a quoted field runs on for more than %,d characters; is its closing \" missing?"
                        .formatted(MAX_FIELD_CHARS));
    }

    private static CsvRejectedException unquotedTooLong(long fieldLine) {
        return new CsvRejectedException(
                CsvRejection.MALFORMED, fieldLine, "a field is longer than %,d characters".formatted(MAX_FIELD_CHARS));
    }

    /**
     * Reads more input behind the current record, moving the record to the buffer's start and growing the buffer
     * when the record fills it; false at the end of the input.
     */
    private boolean readMore() throws IOException {
        if (endOfInput) {
            return false;
        }
        if (recordStart > 0) {
            System.arraycopy(buffer, recordStart, buffer, 0, limit - recordStart);
            limit -= recordStart;
            next -= recordStart;
            recordStart = 0;
        }
        if (limit == buffer.length) {
            if (buffer.length >= MAX_RECORD_BYTES) {
                throw new CsvRejectedException(
                        CsvRejection.MALFORMED,
                        recordLine,
                        "a row runs on for more than %,d MB; this is not a contacts export"
                                .formatted(MAX_RECORD_BYTES >> 20));
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read;
        do {
            read = in.read(buffer, limit, buffer.length - limit);
        } while (read == 0);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
