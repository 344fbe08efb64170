package org.swab.mentorsync.conflict;

import org.swab.mentorsync.base.CodedEnum;

/** An admin's answer to one conflicting field. */
public enum ConflictResolution implements CodedEnum {
    /** Our value stands; the next Givebutter import file carries it. */
    KEEP_OURS,
    /** Givebutter's value is written to the mentor (for a Jotform-owned field: an override later ETL runs keep). */
    ACCEPT_GB,
    /** Nothing changes; the conflict stays open and is flagged for manual review. */
    MANUAL
}
