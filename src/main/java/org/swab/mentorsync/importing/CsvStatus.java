package org.swab.mentorsync.importing;

import java.time.Instant;
import java.util.List;

/** How fresh the last contacts upload is and how many mentors have a contact id (design "csv-status"). */
public record CsvStatus(LastUpload lastUpload, Coverage coverage, Freshness freshness, List<String> warnings) {

    public record LastUpload(long uploadId, Instant timestamp, double ageHours, String filename, long totalContacts) {}

    public record Coverage(long totalMentors, long withContactId, long withoutContactId, double coveragePercent) {}

    /** Edge case 4: fresh up to 24 hours, stale up to 7 days, very old after; missing before the first upload. */
    public enum Freshness {
        FRESH,
        STALE,
        VERY_OLD,
        MISSING
    }
}
