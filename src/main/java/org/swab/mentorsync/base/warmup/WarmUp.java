package org.swab.mentorsync.base.warmup;

import java.util.function.BooleanSupplier;

/**
 * One piece of start-up warm-up: real work a first request would otherwise do on a cold JVM (compiling its code,
 * filling a cache). Runs once the app is ready, after the warm-ups ordered before it, on one background thread at
 * the lowest priority; it must not change any data.
 */
public interface WarmUp {

    /** Does the work; checks {@code stopRequested} between steps and returns early once it says so. */
    void warmUp(BooleanSupplier stopRequested) throws Exception;
}
