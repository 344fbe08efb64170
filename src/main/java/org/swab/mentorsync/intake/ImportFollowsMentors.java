package org.swab.mentorsync.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.mentor.MentorDataChanged;

/**
 * Keeps the staged Givebutter import and the mentors' status text true to the mentors: a change made outside the ETL
 * (an upload's links, an unlink, a conflict decision, training marked) reaches them in the same transaction, or right
 * after (the contact sync).
 */
@Component
class ImportFollowsMentors {

    private static final Logger log = LoggerFactory.getLogger(ImportFollowsMentors.class);

    private final EtlService etl;

    ImportFollowsMentors(EtlService etl) {
        this.etl = etl;
    }

    @EventListener
    void onMentorDataChanged(MentorDataChanged change) {
        int rows = etl.refreshImport();
        log.debug("Givebutter import rebuilt after {}: {} rows", change.cause(), rows);
    }
}
