package org.swab.mentorsync.conflict;

import org.swab.mentorsync.mentor.MentorField;

/** One field where Givebutter disagrees with our (Jotform-owned) value. */
public record FieldConflict(MentorField field, String ourValue, String givebutterValue) {}
