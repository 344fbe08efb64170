package org.swab.mentorsync.base.csv;

import com.opencsv.CSVWriter;
import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every CSV the app writes: UTF-8 with a byte-order mark (so Excel reads emoji and accents), RFC 4180 (CRLF, quotes
 * only where needed), streamed to the output, and safe to open in a spreadsheet: a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '} (OWASP's advice), so it is read
 * as text, not run as a formula. A plain number or an E.164 phone ({@code +17065550134}) is left as it is: a
 * spreadsheet reads it as a number, nothing runs, and the importer gets the phone it expects.
 */
public final class SafeCsvWriter implements AutoCloseable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private final ICSVWriter csv;

    public SafeCsvWriter(OutputStream out) {
        try {
            out.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.csv = new CSVWriterBuilder(new OutputStreamWriter(out, StandardCharsets.UTF_8))
                .withLineEnd(CSVWriter.RFC4180_LINE_END)
                .build();
    }

    /** Writes one record; null cells are empty. */
    public void write(List<String> cells) {
        csv.writeNext(cells.stream().map(SafeCsvWriter::neutralise).toArray(String[]::new), false);
    }

    /** The cell as a spreadsheet may safely show it. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean formulaStart =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formulaStart && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
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
