package org.swab.mentorsync.sync;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.swab.mentorsync.communication.TextCampaignGenerated;
import org.swab.mentorsync.export.ContactImportGenerated;

/**
 * Every generated contact import file and text campaign gets its sync_log row (feature_export) with its counts, once
 * it is written.
 */
@Component
class ExportRunLog {

    private final SyncLogWriter logWriter;
    private final SyncHistoryService history;

    ExportRunLog(SyncLogWriter logWriter, SyncHistoryService history) {
        this.logWriter = logWriter;
        this.history = history;
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
        history.changed();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onTextCampaignGenerated(TextCampaignGenerated generated) {
        logWriter.recordFinished(
                new SyncRequest(SyncType.FEATURE_EXPORT, TriggeredBy.MANUAL, generated.user(), false),
                generated.recipients(),
                0,
                0,
                generated.withoutPhone(),
                generated.durationMs(),
                Map.of(
                        "file",
                        "text_campaign",
                        "campaign_id",
                        generated.campaignId(),
                        "campaign",
                        generated.name(),
                        "without_phone",
                        generated.withoutPhone()));
        history.changed();
    }
}
