package org.swab.mentorsync.mentor;

import java.time.Instant;

/** A mentor as the grid shows it: the record plus the state of its Givebutter contact mirror. */
public record MentorListItem(Mentor mentor, ContactSyncStatus contactStatus, Instant contactSyncedAt) {
}
