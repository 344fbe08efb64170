package org.swab.mentorsync.sync;

import java.util.function.Consumer;

/** Follows a sync run: each step's progress, then the end. Called from the run's thread; must not block long. */
public interface SyncListener {

    SyncListener NONE = event -> {};

    void onStep(StepEvent event);

    default void onFinished(SyncOutcome outcome) {}

    /** A listener of two callbacks, e.g. a page that shows each step and then the outcome. */
    static SyncListener of(Consumer<StepEvent> onStep, Consumer<SyncOutcome> onFinished) {
        return new SyncListener() {
            @Override
            public void onStep(StepEvent event) {
                onStep.accept(event);
            }

            @Override
            public void onFinished(SyncOutcome outcome) {
                onFinished.accept(outcome);
            }
        };
    }
}
