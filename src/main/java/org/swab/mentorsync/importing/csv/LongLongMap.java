package org.swab.mentorsync.importing.csv;

import java.util.Arrays;

/** long → long without boxing (open addressing), for "which line had this contact id" over 400k rows. */
final class LongLongMap {

    private static final long FREE = Long.MIN_VALUE;

    private long[] keys;
    private long[] values;
    private int size;

    LongLongMap() {
        this(2048);
    }

    /** Sized for {@code expected} keys without growing. */
    public LongLongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(expected, 16) * 2 - 1) * 2;
        keys = new long[capacity];
        values = new long[capacity];
        Arrays.fill(keys, FREE);
    }

    /** The key's value, or a value {@link #absent} says is absent. */
    public long get(long key) {
        int slot = slot(key, keys);
        return keys[slot] == key ? values[slot] : FREE;
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
        // Fibonacci hashing: the product's high bits depend on every bit of the key
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(table.length))) & mask;
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
