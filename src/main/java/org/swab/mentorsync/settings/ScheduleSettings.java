package org.swab.mentorsync.settings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The automated-sync part of sync_config, as a form edits it. */
public record ScheduleSettings(
        boolean automatedSyncEnabled, @Min(1) @Max(168) int syncIntervalHours) {

    public static final int MIN_INTERVAL_HOURS = 1;
    public static final int MAX_INTERVAL_HOURS = 168;

    public ScheduleSettings {
        if (syncIntervalHours < MIN_INTERVAL_HOURS || syncIntervalHours > MAX_INTERVAL_HOURS) {
            throw new IllegalArgumentException("The sync interval must be between " + MIN_INTERVAL_HOURS + " and "
                    + MAX_INTERVAL_HOURS + " hours");
        }
    }
}
