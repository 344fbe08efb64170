package org.swab.mentorsync.jotform;

/** Who the key belongs to (GET /user), the proof that a key works. */
public record JotformAccount(String username, String name, String email, Integer limitLeft) {}
