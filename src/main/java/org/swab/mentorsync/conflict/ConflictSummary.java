package org.swab.mentorsync.conflict;

import java.time.Instant;
import java.util.List;

/** An open contact-data conflict, one line of the list on the Sync page. */
public record ConflictSummary(
        String mnId, String mentorName, List<String> fields, Instant since, boolean needsManualReview) {}
