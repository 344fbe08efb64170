package org.swab.mentorsync.importing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.mentor.MentorOverview;
import org.swab.mentorsync.mentor.MentorService;

/** Freshness of the Givebutter contacts data and mentors' contact-id coverage. */
@Service
@Transactional(readOnly = true)
public class CsvStatusService {

    static final Duration STALE_AFTER = Duration.ofHours(24);
    static final Duration VERY_OLD_AFTER = Duration.ofDays(7);

    private final CsvImportHistoryService history;
    private final MentorService mentors;
    private final Clock clock;

    CsvStatusService(CsvImportHistoryService history, MentorService mentors, Clock clock) {
        this.history = history;
        this.mentors = mentors;
        this.clock = clock;
    }

    public CsvStatus status() {
        MentorOverview overview = mentors.overview();
        var coverage = new CsvStatus.Coverage(
                overview.activeMentors(),
                overview.withContactId(),
                overview.withoutContactId(),
                overview.coveragePercent());
        return history.lastCompletedUpload()
                .map(upload -> {
                    Duration age = Duration.between(upload.getUploadedAt(), clock.instant());
                    double ageHours = Math.round(age.toMinutes() / 6.0) / 10.0;
                    var last = new CsvStatus.LastUpload(
                            upload.getId(),
                            upload.getUploadedAt(),
                            ageHours,
                            upload.getFilename(),
                            upload.getTotalContacts());
                    CsvStatus.Freshness freshness = age.compareTo(VERY_OLD_AFTER) > 0
                            ? CsvStatus.Freshness.VERY_OLD
                            : age.compareTo(STALE_AFTER) > 0 ? CsvStatus.Freshness.STALE : CsvStatus.Freshness.FRESH;
                    return new CsvStatus(last, coverage, freshness, warnings(freshness, ageHours, coverage));
                })
                .orElseGet(() -> new CsvStatus(
                        null,
                        coverage,
                        CsvStatus.Freshness.MISSING,
                        warnings(CsvStatus.Freshness.MISSING, 0, coverage)));
    }

    private static List<String> warnings(CsvStatus.Freshness freshness, double ageHours, CsvStatus.Coverage coverage) {
        var warnings = new java.util.ArrayList<String>();
        switch (freshness) {
            case MISSING ->
                warnings.add("No Givebutter contacts CSV uploaded yet. Upload the full contacts export "
                        + "to capture contact ids.");
            case STALE -> warnings.add("⚠️ CSV is stale (%.0f hours old), upload fresh export".formatted(ageHours));
            case VERY_OLD ->
                warnings.add("🔴 CSV is very old (%.0f days), results may be inaccurate".formatted(ageHours / 24));
            case FRESH -> {}
        }
        if (coverage.withoutContactId() > 0) {
            warnings.add("%d mentors have no Givebutter contact id yet.".formatted(coverage.withoutContactId()));
        }
        return List.copyOf(warnings);
    }
}
