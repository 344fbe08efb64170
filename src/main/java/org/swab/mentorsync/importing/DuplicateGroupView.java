package org.swab.mentorsync.importing;

import java.time.Instant;
import java.util.List;

/** A logged group of Givebutter contacts sharing a phone or an email (design "GET duplicates"). */
public record DuplicateGroupView(
        String type,
        String identifier,
        int count,
        List<Long> contactIds,
        String mentorId,
        Instant createdAt,
        boolean resolved) {}
