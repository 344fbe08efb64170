package org.swab.mentorsync.mentor;

import java.math.BigDecimal;
import java.time.Instant;

/** A mentor as the grid shows it: the record, the state of its Givebutter contact and its fundraising and training. */
public record MentorListItem(
        Mentor mentor, GbSyncState gbSync, Instant contactSyncedAt, BigDecimal amountRaised, boolean trained) {}
