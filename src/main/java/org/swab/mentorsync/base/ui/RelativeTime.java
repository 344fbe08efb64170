package org.swab.mentorsync.base.ui;

import java.time.Duration;
import java.time.Instant;

/** "5 minutes ago", "in 3 hours": how the app shows when something happened. */
public final class RelativeTime {

    private RelativeTime() {}

    public static String describe(Instant when, Instant now) {
        if (when == null) {
            return "never";
        }
        Duration difference = Duration.between(when, now);
        boolean future = difference.isNegative();
        String amount = amount(difference.abs());
        return future ? "in " + amount : amount + " ago";
    }

    private static String amount(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return "less than a minute";
        }
        if (minutes < 60) {
            return plural(minutes, "minute");
        }
        long hours = duration.toHours();
        if (hours < 48) {
            return plural(hours, "hour");
        }
        return plural(duration.toDays(), "day");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
