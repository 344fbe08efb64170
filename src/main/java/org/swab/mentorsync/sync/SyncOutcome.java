package org.swab.mentorsync.sync;

/** How a run ended: its sync_log id, status, the failed step and why (both null on success), and its duration. */
public record SyncOutcome(long logId, SyncRunStatus status, String failedStep, String errorMessage, long durationMs) {

    public boolean succeeded() {
        return status == SyncRunStatus.COMPLETED;
    }
}
