package org.swab.mentorsync.importing.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * Reads a Givebutter contacts export one row at a time (never the whole file): UTF-8 with or without BOM, RFC 4180
 * quoting (commas, quotes and newlines inside quotes, kept as written), columns found by header name. Every row is
 * checked as it is read; the first problem stops the read with a {@link CsvRejectedException} naming the line. Each
 * row has a {@link #contentHash() content hash} of its bytes as written and the file's header, so a row stored
 * before can be recognised without being decoded; its cells are decoded one by one when needed ({@link #text},
 * {@link #list}), or handed on as written ({@link #rawText}).
 */
public final class GivebutterCsvReader implements Closeable {

    private static final int SNIFF_BYTES = 8192;

    /** Changes when a row's bytes would be read into different columns: every row then counts as changed once. */
    private static final String ROW_FORMAT = "mentor-sync contact row 3";

    /**
     * Givebutter's export has about 60 columns plus one per custom field; a first line with more is not a contacts
     * export, and the limit bounds what one row can hold.
     */
    static final int MAX_COLUMNS = 5_000;

    private final CsvRecordReader csv;
    private final CsvHeader header;
    private final byte[] headerDigest;
    private final CRC32C crc32c = new CRC32C();
    private final CRC32 crc32 = new CRC32();
    private final Adler32 adler32 = new Adler32();
    private final LongLongMap lineOfContactId = new LongLongMap();
    private long contactId;

    private GivebutterCsvReader(CsvRecordReader csv) {
        this.csv = csv;
        this.header = CsvHeader.of(readHeader(csv));
        MessageDigest md5 = md5();
        md5.update(ROW_FORMAT.getBytes(StandardCharsets.US_ASCII));
        for (GivebutterContactField field : GivebutterContactField.values()) {
            md5.update(field.name().getBytes(StandardCharsets.US_ASCII));
        }
        csv.digest(md5);
        this.headerDigest = md5.digest();
    }

    /** Opens and checks the file's size, content type and header. */
    public static GivebutterCsvReader open(Path file, long maxBytes) {
        long size = size(file);
        if (size > maxBytes) {
            throw new CsvRejectedException(
                    CsvRejection.TOO_LARGE, "the file has %,d bytes; the limit is %,d bytes".formatted(size, maxBytes));
        }
        if (size == 0) {
            throw new CsvRejectedException(CsvRejection.EMPTY, "the file is empty");
        }
        rejectBinary(file);
        try {
            var csv = new CsvRecordReader(Files.newInputStream(file));
            try {
                return new GivebutterCsvReader(csv);
            } catch (RuntimeException e) {
                csv.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvHeader header() {
        return header;
    }

    /**
     * Moves to the next contact and checks its field count and contact id (not yet its other cells); false at the
     * end of the file.
     */
    public boolean advance() {
        do {
            if (!readRecord(csv)) {
                return false;
            }
        } while (isBlankLine(csv));
        long line = csv.recordLine();
        if (csv.fieldCount() != header.fieldCount()) {
            throw new CsvRejectedException(
                    CsvRejection.WRONG_FIELD_COUNT,
                    line,
                    "found %d fields, the header has %d. Was the file cut off or edited by hand?"
                            .formatted(csv.fieldCount(), header.fieldCount()));
        }
        contactId = contactId(csv.leadingField(header.contactIdIndex()), line);
        long firstLine = lineOfContactId.putIfAbsent(contactId, line);
        if (!LongLongMap.absent(firstLine)) {
            throw new CsvRejectedException(
                    CsvRejection.REPEATED_CONTACT_ID,
                    line,
                    "Givebutter Contact ID %d appears a second time (first on line %d)"
                            .formatted(contactId, firstLine));
        }
        return true;
    }

    /** The current contact's Givebutter id. */
    public long contactId() {
        return contactId;
    }

    /**
     * The current row's {@link RowHash content hash}, of its bytes as written under this file's header: equal hashes
     * mean the same row read into the same columns.
     */
    public RowHash contentHash() {
        crc32c.reset();
        crc32.reset();
        adler32.reset();
        crc32c.update(headerDigest);
        crc32.update(headerDigest);
        adler32.update(headerDigest);
        csv.checksum(crc32c);
        csv.checksum(crc32);
        csv.checksum(adler32);
        return new RowHash(
                crc32c.getValue() << 32 | crc32.getValue(), (long) csv.recordLength() << 32 | adler32.getValue());
    }

    /** The current contact, every cell decoded. */
    public ContactRow row() {
        GivebutterContactField[] columns = GivebutterContactField.values();
        Object[] values = new Object[columns.length];
        for (GivebutterContactField column : columns) {
            values[column.ordinal()] =
                    column.kind() == GivebutterContactField.Kind.LIST ? listOrNull(column) : text(column);
        }
        return new ContactRow(csv.recordLine(), contactId, values, customFields());
    }

    /** The current contact's cell in a text column, stripped; null when empty or the column is absent. */
    public String text(GivebutterContactField column) {
        int index = header.indexOf(column);
        if (index < 0) {
            return null;
        }
        checkUtf8();
        return blankToNull(csv.field(index));
    }

    /** The current contact's comma-separated values in a list column, each stripped; empty when none. */
    public List<String> list(GivebutterContactField column) {
        List<String> values = listOrNull(column);
        return values == null ? List.of() : values;
    }

    /** Primary phone first, then the additional ones. */
    public List<String> phones() {
        return ContactRow.withPrimary(
                text(GivebutterContactField.PRIMARY_PHONE), list(GivebutterContactField.ADDITIONAL_PHONES));
    }

    /** Primary email first, then the additional ones. */
    public List<String> emails() {
        return ContactRow.withPrimary(
                text(GivebutterContactField.PRIMARY_EMAIL), list(GivebutterContactField.ADDITIONAL_EMAILS));
    }

    /**
     * Points {@code cell} at the current contact's cell in a text column as written, stripped as {@link #text}
     * strips it unless {@link RawCell#needsDecoding()}; empty when the column is absent.
     */
    public RawCell rawText(GivebutterContactField column, RawCell cell) {
        int index = header.indexOf(column);
        checkUtf8();
        if (index < 0) {
            cell.point(null, 0, 0, false);
        } else {
            csv.rawField(index, cell);
        }
        return cell;
    }

    /** Points {@code cell} at the current contact's {@code index}th custom field as written, as {@link #rawText}. */
    public RawCell rawCustomField(int index, RawCell cell) {
        checkUtf8();
        csv.rawField(header.customIndexes().get(index), cell);
        return cell;
    }

    /** The current contact's {@code index}th custom field, stripped; null when empty. */
    public String customField(int index) {
        checkUtf8();
        return blankToNull(csv.field(header.customIndexes().get(index)));
    }

    /** The current contact's custom fields with a value, by exact header in file order. */
    public Map<String, String> customFields() {
        checkUtf8();
        Map<String, String> custom = Map.of();
        List<Integer> indexes = header.customIndexes();
        for (int i = 0; i < indexes.size(); i++) {
            String value = blankToNull(csv.field(indexes.get(i)));
            if (value != null) {
                if (custom.isEmpty()) {
                    // most contacts have no custom value: no map for them
                    custom = new LinkedHashMap<>();
                }
                custom.put(header.customNames().get(i), value);
            }
        }
        return custom;
    }

    private List<String> listOrNull(GivebutterContactField column) {
        return split(text(column));
    }

    private void checkUtf8() {
        try {
            csv.checkUtf8();
        } catch (CharacterCodingException e) {
            throw notUtf8(csv);
        }
    }

    private static long contactId(String cell, long line) {
        String id = cell.strip();
        if (id.isEmpty()) {
            throw new CsvRejectedException(CsvRejection.BAD_CONTACT_ID, line, "Givebutter Contact ID is empty");
        }
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                throw new CsvRejectedException(
                        CsvRejection.BAD_CONTACT_ID,
                        line,
                        "Givebutter Contact ID \"%s\" is not a number".formatted(id));
            }
        }
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException tooLong) {
            throw new CsvRejectedException(
                    CsvRejection.BAD_CONTACT_ID, line, "Givebutter Contact ID \"%s\" is too large".formatted(id));
        }
    }

    private static List<String> split(String cell) {
        if (cell == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(2);
        for (String part : cell.split(",")) {
            String value = part.strip();
            if (!value.isEmpty()) {
                parts.add(value);
            }
        }
        return parts.isEmpty() ? null : parts;
    }

    private static String blankToNull(String cell) {
        if (cell == null) {
            return null;
        }
        String value = cell.strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean isBlankLine(CsvRecordReader csv) {
        return csv.fieldCount() == 1 && csv.leadingField(0).isBlank();
    }

    private static String[] readHeader(CsvRecordReader csv) {
        do {
            if (!readRecord(csv)) {
                throw new CsvRejectedException(CsvRejection.EMPTY, "the file has no header and no contacts");
            }
        } while (isBlankLine(csv));
        if (csv.fieldCount() > MAX_COLUMNS) {
            throw new CsvRejectedException(
                    CsvRejection.NOT_CSV,
                    csv.recordLine(),
                    "the first line has %,d columns; a contacts export has far fewer".formatted(csv.fieldCount()));
        }
        return fields(csv, MAX_COLUMNS);
    }

    private static boolean readRecord(CsvRecordReader csv) {
        try {
            return csv.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] fields(CsvRecordReader csv, int maxFields) {
        try {
            return csv.fields(maxFields);
        } catch (CharacterCodingException e) {
            throw notUtf8(csv);
        }
    }

    private static CsvRejectedException notUtf8(CsvRecordReader csv) {
        return new CsvRejectedException(
                CsvRejection.NOT_CSV,
                csv.recordLine(),
                "the file is not UTF-8 text; export the contacts from Givebutter again as CSV");
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A spreadsheet, zip or image has NUL bytes near its start; a CSV never does. */
    private static void rejectBinary(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(SNIFF_BYTES);
            for (byte b : start) {
                if (b == 0) {
                    throw new CsvRejectedException(
                            CsvRejection.NOT_CSV,
                            "this is not a CSV file (it contains binary data); export the contacts from Givebutter "
                                    + "as CSV");
                }
            }
            if (isBomOnlyOrBlank(start)) {
                throw new CsvRejectedException(CsvRejection.EMPTY, "the file is empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBomOnlyOrBlank(byte[] start) {
        int from =
                start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        return start.length < SNIFF_BYTES
                && new String(start, from, start.length - from, StandardCharsets.UTF_8).isBlank();
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
