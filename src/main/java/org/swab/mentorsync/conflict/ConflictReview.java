package org.swab.mentorsync.conflict;

import java.time.Instant;
import java.util.List;
import org.swab.mentorsync.mentor.MentorField;

/** What the review dialog shows for one mentor: ours vs Givebutter per field, with owner and advice. */
public record ConflictReview(
        String mnId,
        String mentorName,
        Long contactId,
        Instant gbUpdatedAt,
        boolean open,
        boolean needsManualReview,
        List<Row> rows) {

    public record Row(
            MentorField field, FieldOwner owner, String ourValue, String givebutterValue, String recommendation) {}

    public boolean hasConflicts() {
        return !rows.isEmpty();
    }
}
