package org.swab.mentorsync.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Past contacts CSV uploads: the csv_import_log, one row per upload whatever its outcome. */
@Service
@Transactional(readOnly = true)
public class CsvImportHistoryService {

    private final CsvImportLogRepository logs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CsvImportHistoryService(CsvImportLogRepository logs, ApplicationEventPublisher events, Clock clock) {
        this.logs = logs;
        this.events = events;
        this.clock = clock;
    }

    public Optional<CsvImportLog> lastCompletedUpload() {
        return logs.findFirstByOutcomeOrderByUploadedAtDesc(CsvImportOutcome.COMPLETED);
    }

    public List<CsvImportLog> recentUploads(int count) {
        return logs.findAllByOrderByUploadedAtDesc(PageRequest.of(0, count));
    }

    /** Joins the import's transaction, so the log row exists exactly when the import committed. */
    @Transactional
    CsvImportLog recordCompleted(
            CsvUpload upload,
            Instant uploadedAt,
            long contacts,
            ContactLinking.Outcome outcome,
            long durationMs,
            String warnings) {
        CsvImportLog entry =
                newEntry(upload, uploadedAt, CsvImportOutcome.COMPLETED, warnings.isBlank() ? null : warnings);
        entry.setTotalContacts(Math.toIntExact(contacts));
        entry.setMentorsMatched(outcome.mentorsMatched());
        entry.setNewContactIdsCaptured(outcome.newContactIds());
        entry.setDuplicatesDetected(outcome.duplicateGroups());
        entry.setDurationMs(durationMs);
        CsvImportLog saved = logs.save(entry);
        events.publishEvent(finished(saved, outcome.errorsLogged()));
        return saved;
    }

    /** Its own transaction: the import's was rolled back, this line must stay. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordUnsuccessful(CsvUpload upload, Instant uploadedAt, CsvImportOutcome outcome, String message) {
        CsvImportLog entry = newEntry(upload, uploadedAt, outcome, message);
        entry.setDurationMs(Duration.between(uploadedAt, clock.instant()).toMillis());
        events.publishEvent(finished(logs.save(entry), 0));
    }

    private static CsvUploadFinished finished(CsvImportLog entry, int errorsLogged) {
        return new CsvUploadFinished(
                entry.getId(),
                entry.getFilename(),
                entry.getUploadedBy(),
                entry.getOutcome(),
                entry.getUploadedAt(),
                entry.getDurationMs() == null ? 0 : entry.getDurationMs(),
                entry.getTotalContacts(),
                entry.getMentorsMatched(),
                entry.getNewContactIdsCaptured(),
                entry.getDuplicatesDetected(),
                errorsLogged,
                entry.getMessage());
    }

    private static CsvImportLog newEntry(
            CsvUpload upload, Instant uploadedAt, CsvImportOutcome outcome, String message) {
        CsvImportLog entry = new CsvImportLog();
        entry.setFilename(upload.filename());
        entry.setUploadedAt(uploadedAt);
        entry.setUploadedBy(upload.uploadedBy());
        entry.setFileSizeBytes(upload.file().toFile().length());
        entry.setOutcome(outcome);
        entry.setMessage(message);
        return entry;
    }
}
