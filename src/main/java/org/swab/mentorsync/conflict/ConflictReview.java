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

    /** {@code acceptable}: whether "Accept Givebutter" has a value to take for this field. */
    public record Row(
            MentorField field,
            FieldOwner owner,
            String ourValue,
            String givebutterValue,
            boolean acceptable,
            String recommendation) {}

    /** Whether "Accept Givebutter" can be applied to every field at once. */
    public boolean allAcceptable() {
        return rows.stream().allMatch(Row::acceptable);
    }

    public boolean hasConflicts() {
        return !rows.isEmpty();
    }
}
