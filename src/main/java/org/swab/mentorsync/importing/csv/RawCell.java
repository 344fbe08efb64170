package org.swab.mentorsync.importing.csv;

/**
 * A view of one cell's bytes as written in the file, stripped of ASCII whitespace, valid until the reader moves on:
 * lets a cell be copied on without being decoded into a String and encoded again.
 */
public final class RawCell {

    private byte[] bytes;
    private int from;
    private int to;
    private boolean quoted;

    void point(byte[] bytes, int from, int to, boolean quoted) {
        this.bytes = bytes;
        this.from = from;
        this.to = to;
        this.quoted = quoted;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    /** Quoted in the file: a quote inside is written doubled, as in COPY's own csv format. */
    public boolean quoted() {
        return quoted;
    }

    public boolean isEmpty() {
        return from == to;
    }

    /**
     * Starts or ends with a non-ASCII character, which might be Unicode whitespace that {@link String#strip()}
     * removes: such a cell has to be decoded to be stripped.
     */
    public boolean needsDecoding() {
        return from < to && (bytes[from] < 0 || bytes[to - 1] < 0);
    }
}
