package org.swab.mentorsync.sync;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Progress of one step, as the design's stream shows it:
 * {@code {"step":"Jotform Signups","status":"completed","message":"568 submissions synced"}}. Status is
 * {@code running}, {@code completed} or {@code failed}; a running event may say how far it got.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepEvent(String step, String status, String message) {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    static StepEvent running(SyncStep step) {
        return new StepEvent(step.label(), RUNNING, null);
    }

    /** A step still running, with how far it got ("120 of 450 contacts"). */
    static StepEvent progress(SyncStep step, String message) {
        return new StepEvent(step.label(), RUNNING, message);
    }

    static StepEvent completed(SyncStep step, String message) {
        return new StepEvent(step.label(), COMPLETED, message);
    }

    static StepEvent failed(SyncStep step, String message) {
        return new StepEvent(step.label(), FAILED, message);
    }
}
