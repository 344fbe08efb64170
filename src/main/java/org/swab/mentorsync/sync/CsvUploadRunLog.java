package org.swab.mentorsync.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.swab.mentorsync.importing.CsvImportOutcome;
import org.swab.mentorsync.importing.CsvUploadFinished;

/**
 * Every contacts CSV upload gets its sync_log row (feature_csv_upload), as the design's log shows: once the import
 * committed, or with the reason when it was rejected, failed or waits for a partial export to be confirmed.
 */
@Component
class CsvUploadRunLog {

    private final SyncLogWriter logWriter;

    CsvUploadRunLog(SyncLogWriter logWriter) {
        this.logWriter = logWriter;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onCsvUploadFinished(CsvUploadFinished upload) {
        boolean imported = upload.outcome() == CsvImportOutcome.COMPLETED;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("upload_id", upload.uploadId());
        details.put("filename", upload.filename());
        details.put("outcome", upload.outcome().code());
        details.put("mentors_matched", upload.mentorsMatched());
        details.put("new_contact_ids", upload.newContactIds());
        details.put("duplicate_groups", upload.duplicateGroups());
        details.put("errors_logged", upload.errorsLogged());
        if (imported && upload.message() != null) {
            details.put("warnings", upload.message());
        }
        logWriter.recordFinished(
                new SyncRequest(SyncType.FEATURE_CSV_UPLOAD, TriggeredBy.MANUAL, upload.uploadedBy(), false),
                imported ? SyncRunStatus.COMPLETED : SyncRunStatus.FAILED,
                imported ? null : upload.message(),
                upload.contacts(),
                0,
                upload.newContactIds(),
                upload.errorsLogged(),
                upload.durationMs(),
                details);
    }
}
