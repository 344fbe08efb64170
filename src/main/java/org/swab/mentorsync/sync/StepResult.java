package org.swab.mentorsync.sync;

import org.swab.mentorsync.intake.RawStepCounts;

/** What a finished step reports: its counts (null when it has none of its own) and a one-line message. */
record StepResult(RawStepCounts counts, String message) {}
