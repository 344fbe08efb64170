package org.swab.mentorsync.importing.csv;

import java.util.HexFormat;

/**
 * A row's content hash: three checksums of its bytes as written under its file's header (CRC-32C, CRC-32, Adler-32)
 * and its length, 128 bits. It only has to notice that a row changed between two exports, which any edit does
 * (a CRC catches every change of up to 32 consecutive bits; the three together leave a random change unseen once in
 * 2^96); the checksums are intrinsics, several times faster than a cryptographic digest over a 10 MB export.
 */
public record RowHash(long high, long low) {

    /** The 32 hex digits stored in raw_gb_full_contacts.row_hash. */
    public String hex() {
        return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
    }
}
