package org.swab.mentorsync.conflict;

/** What reconciling one mentor with its Givebutter contact did. */
public record ReconcileOutcome(int fieldsSyncedBack, int openConflicts) {

    public static final ReconcileOutcome NOTHING = new ReconcileOutcome(0, 0);

    public boolean hasConflict() {
        return openConflicts > 0;
    }
}
