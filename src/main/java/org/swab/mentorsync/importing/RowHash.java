package org.swab.mentorsync.importing;

import java.util.HexFormat;

/** A row's 128-bit content hash (MD5 of its bytes as written, under its file's header) as two longs. */
record RowHash(long high, long low) {

    static RowHash of(byte[] md5) {
        return new RowHash(toLong(md5, 0), toLong(md5, 8));
    }

    /** The 32 hex digits stored in raw_gb_full_contacts.row_hash. */
    String hex() {
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }

    private static long toLong(byte[] bytes, int offset) {
        long value = 0;
        for (int i = offset; i < offset + 8; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }
}
