package org.swab.mentorsync.intake;

import java.math.BigDecimal;
import java.time.Instant;

/** A raw_gb_campaign_members row. */
record MemberRow(
        long memberId,
        String firstName,
        String lastName,
        String email,
        String phone,
        BigDecimal raised,
        Instant updatedAt) {}
