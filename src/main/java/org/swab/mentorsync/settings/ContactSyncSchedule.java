package org.swab.mentorsync.settings;

/** The contact sync's own schedule in sync_config (design: daily is enough for contacts). */
public record ContactSyncSchedule(boolean enabled, int intervalHours) {

    public ContactSyncSchedule {
        if (intervalHours < ScheduleSettings.MIN_INTERVAL_HOURS
                || intervalHours > ScheduleSettings.MAX_INTERVAL_HOURS) {
            throw new IllegalArgumentException("The contact sync interval must be between "
                    + ScheduleSettings.MIN_INTERVAL_HOURS + " and " + ScheduleSettings.MAX_INTERVAL_HOURS + " hours");
        }
    }
}
