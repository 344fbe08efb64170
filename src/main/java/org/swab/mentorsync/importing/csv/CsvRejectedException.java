package org.swab.mentorsync.importing.csv;

/** A file that cannot be imported, with a message for the admin naming the line at fault. */
public class CsvRejectedException extends RuntimeException {

    private final CsvRejection reason;
    private final long line;

    public CsvRejectedException(CsvRejection reason, long line, String message) {
        super(line > 0 ? "Line " + line + ": " + message : message);
        this.reason = reason;
        this.line = line;
    }

    public CsvRejectedException(CsvRejection reason, String message) {
        this(reason, 0, message);
    }

    public CsvRejection reason() {
        return reason;
    }

    /** The physical line (1 = the header) at fault, or 0 when the whole file is. */
    public long line() {
        return line;
    }
}
