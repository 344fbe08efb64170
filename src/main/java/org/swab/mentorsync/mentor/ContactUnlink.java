package org.swab.mentorsync.mentor;

import java.time.Instant;

/** An admin's decision that a Givebutter contact is not this mentor's: uploads never link the pair again. */
public record ContactUnlink(long contactId, Instant unlinkedAt, String unlinkedBy) {}
