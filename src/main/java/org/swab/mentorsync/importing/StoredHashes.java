package org.swab.mentorsync.importing;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.LongConsumer;

/**
 * The content hash of every stored contact, in three sorted primitive arrays (24 bytes a contact: 400k contacts in
 * ~10 MB), so an upload can skip unchanged rows before they are decoded and knows which stored contacts the file did
 * not mention.
 */
final class StoredHashes {

    // one value for all contacts, id then hash (zeros when missing), in id order: no per-row overhead on the wire
    private static final String PACKED_HASHES = """
            select count(*), string_agg(int8send(contact_id)
                       || coalesce(decode(row_hash, 'hex'), '\\x00000000000000000000000000000000'::bytea),
                       ''::bytea order by contact_id)
              from raw_gb_full_contacts
            """;

    private final long[] ids;
    private final long[] high;
    private final long[] low;
    private final BitSet seen;

    private StoredHashes(int size) {
        ids = new long[size];
        high = new long[size];
        low = new long[size];
        seen = new BitSet(size);
    }

    static StoredHashes load(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(PACKED_HASHES)) {
            result.next();
            StoredHashes hashes = new StoredHashes(result.getInt(1));
            if (hashes.ids.length > 0) {
                ByteBuffer packed = ByteBuffer.wrap(result.getBytes(2));
                for (int i = 0; i < hashes.ids.length; i++) {
                    hashes.ids[i] = packed.getLong();
                    hashes.high[i] = packed.getLong();
                    hashes.low[i] = packed.getLong();
                }
            }
            return hashes;
        }
    }

    /** None stored: for reads that are not imports. */
    static StoredHashes none() {
        return new StoredHashes(0);
    }

    boolean isEmpty() {
        return ids.length == 0;
    }

    /** Marks the contact as present in the file; true when it is stored with exactly this content hash. */
    boolean unchanged(long id, RowHash hash) {
        int index = Arrays.binarySearch(ids, id);
        if (index < 0) {
            return false;
        }
        seen.set(index);
        return high[index] == hash.high() && low[index] == hash.low();
    }

    /** Stored contacts the file did not mention. */
    void forEachNotSeen(LongConsumer action) {
        for (int index = seen.nextClearBit(0); index < ids.length; index = seen.nextClearBit(index + 1)) {
            action.accept(ids[index]);
        }
    }
}
