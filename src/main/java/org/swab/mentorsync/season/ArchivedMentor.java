package org.swab.mentorsync.season;

import java.math.BigDecimal;

/** One mentor of a past season, as the read-only grid shows it. */
public record ArchivedMentor(
        String mnId,
        String name,
        String status,
        String phone,
        String email,
        Long gbContactId,
        BigDecimal amountRaised,
        boolean dropped) {}
