package org.swab.mentorsync.importing.csv;

import java.util.Arrays;

/** long → long without boxing (open addressing), for "which line had this contact id" over 400k rows. */
final class LongLongMap {

    private static final long FREE = Long.MIN_VALUE;

    private long[] keys = new long[1 << 12];
    private long[] values = new long[1 << 12];
    private int size;

    LongLongMap() {
        Arrays.fill(keys, FREE);
    }

    /** Stores the value unless the key is present; returns the present value, or {@code FREE} when it was added. */
    long putIfAbsent(long key, long value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slot(key, keys);
        if (keys[slot] == key) {
            return values[slot];
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
        return FREE;
    }

    static boolean absent(long previous) {
        return previous == FREE;
    }

    private static int slot(long key, long[] table) {
        int mask = table.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[slot] != FREE && table[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slot(oldKeys[i], keys);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
