package org.swab.mentorsync.intake;

/**
 * What a fetch step stored: rows received ({@code processed}), new ({@code inserted}), already known
 * ({@code updated}), unreadable ({@code failed}), and rows gone from the source and removed from the mirror.
 */
public record RawStepCounts(int processed, int inserted, int updated, int failed, int removed) {}
