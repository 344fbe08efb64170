package org.swab.mentorsync.settings;

/** Published when an admin changes the automated sync settings; the scheduler applies it after commit. */
public record SyncScheduleChanged(boolean automatedSyncEnabled, int syncIntervalHours) {}
