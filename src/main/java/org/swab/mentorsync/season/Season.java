package org.swab.mentorsync.season;

import java.time.Instant;

/** An archived season: its label (campaign code and year), who archived it when, and how much it held. */
public record Season(
        String label,
        String campaignCode,
        Instant archivedAt,
        String archivedBy,
        int mentorsArchived,
        int errorsClosed) {}
