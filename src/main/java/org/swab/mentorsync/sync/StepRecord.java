package org.swab.mentorsync.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import org.swab.mentorsync.intake.RawStepCounts;

/** One step of a run as sync_log.steps keeps it. */
record StepRecord(SyncStep step, String status, String message, RawStepCounts counts, long durationMs) {

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("step", step.label());
        json.put("status", status);
        json.put("message", message);
        if (counts != null) {
            json.put("processed", counts.processed());
            json.put("inserted", counts.inserted());
            json.put("updated", counts.updated());
            json.put("failed", counts.failed());
            json.put("removed", counts.removed());
        }
        json.put("duration_ms", durationMs);
        return json;
    }
}
