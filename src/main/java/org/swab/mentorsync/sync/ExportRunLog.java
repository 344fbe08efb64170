package org.swab.mentorsync.sync;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.swab.mentorsync.export.ContactImportGenerated;

/** Every generated contact import file gets its sync_log row (feature_export) with its counts, once it is written. */
@Component
class ExportRunLog {

    private final SyncLogWriter logWriter;

    ExportRunLog(SyncLogWriter logWriter) {
        this.logWriter = logWriter;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onContactImportGenerated(ContactImportGenerated generated) {
        logWriter.recordFinished(
                new SyncRequest(SyncType.FEATURE_EXPORT, TriggeredBy.MANUAL, generated.user(), false),
                generated.rows(),
                generated.creates(),
                generated.updates(),
                generated.leftOut(),
                generated.durationMs(),
                Map.of(
                        "file",
                        "givebutter_contact_import",
                        "left_out",
                        generated.leftOut(),
                        "fixed",
                        generated.fixed()));
    }
}
