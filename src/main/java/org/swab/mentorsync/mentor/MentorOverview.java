package org.swab.mentorsync.mentor;

import java.util.Map;

/** Counts of active (not dropped) mentors, for dashboards and empty states. */
public record MentorOverview(long activeMentors, long withContactId, Map<MentorStatus, Long> byStatus) {

    public long withoutContactId() {
        return activeMentors - withContactId;
    }

    public double coveragePercent() {
        return activeMentors == 0 ? 0 : Math.round(1000.0 * withContactId / activeMentors) / 10.0;
    }
}
