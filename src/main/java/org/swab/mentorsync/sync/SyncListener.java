package org.swab.mentorsync.sync;

/** Follows a sync run: each step's progress, then the end. Called from the run's thread; must not block long. */
public interface SyncListener {

    SyncListener NONE = event -> {};

    void onStep(StepEvent event);

    default void onFinished(SyncOutcome outcome) {}
}
