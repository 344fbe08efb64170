package org.swab.mentorsync.sync;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sync_log, newest first. */
@Service
@Transactional(readOnly = true)
public class SyncHistoryService {

    private final SyncLogRepository logs;

    SyncHistoryService(SyncLogRepository logs) {
        this.logs = logs;
    }

    public long countRuns() {
        return logs.count();
    }

    public List<SyncLog> recentRuns(Pageable pageable) {
        return logs.findAllByOrderByStartedAtDesc(pageable).getContent();
    }

    public List<SyncLog> recentRuns(int limit) {
        return recentRuns(PageRequest.of(0, limit));
    }
}
