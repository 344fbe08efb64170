package org.swab.mentorsync.importing;

import java.time.Instant;
import java.util.List;

/**
 * A logged group of Givebutter contacts sharing a phone or an email (design "GET duplicates"); {@code errorId} is its
 * mn_errors row, which "Mark resolved" closes.
 */
public record DuplicateGroupView(
        long errorId,
        String type,
        String identifier,
        int count,
        List<Long> contactIds,
        String mentorId,
        Instant createdAt,
        boolean resolved) {}
