package org.swab.mentorsync.importing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Past contacts CSV uploads: the csv_import_log, one row per upload whatever its outcome. */
@Service
@Transactional(readOnly = true)
public class CsvImportHistoryService {

    private final CsvImportLogRepository logs;

    CsvImportHistoryService(CsvImportLogRepository logs) {
        this.logs = logs;
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
        return logs.save(entry);
    }

    /** Its own transaction: the import's was rolled back, this line must stay. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordUnsuccessful(CsvUpload upload, Instant uploadedAt, CsvImportOutcome outcome, String message) {
        logs.save(newEntry(upload, uploadedAt, outcome, message));
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
