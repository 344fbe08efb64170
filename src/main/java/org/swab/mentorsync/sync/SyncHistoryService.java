package org.swab.mentorsync.sync;

import jakarta.persistence.criteria.Predicate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.intake.EtlService;

/** The sync_log, newest first. */
@Service
@Transactional(readOnly = true)
public class SyncHistoryService {

    private static final List<SyncType> BASELINE_TYPES =
            List.of(SyncType.MANUAL, SyncType.AUTOMATED, SyncType.INITIALIZATION);

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

    /** The latest baseline run: initialization, manual or automated. */
    public Optional<SyncLog> lastBaselineRun() {
        return logs.findFirstBySyncTypeInOrderByStartedAtDesc(
                EnumSet.of(SyncType.INITIALIZATION, SyncType.MANUAL, SyncType.AUTOMATED));
    }

    public Optional<SyncLog> lastContactSyncRun() {
        return logs.findFirstBySyncTypeInOrderByStartedAtDesc(EnumSet.of(SyncType.CONTACT_SYNC));
    }

    /** One page of the history, newest first, of one type and status when given (null: any). */
    public Page<SyncLog> history(SyncType type, SyncRunStatus status, Pageable pageable) {
        Specification<SyncLog> matching = (root, query, cb) -> cb.and(Stream.of(
                        type == null ? null : cb.equal(root.get("syncType"), type),
                        status == null ? null : cb.equal(root.get("status"), status))
                .filter(Objects::nonNull)
                .toArray(Predicate[]::new));
        return logs.findAll(
                matching,
                PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("startedAt"), Sort.Order.desc("id"))));
    }

    public Optional<SyncLog> run(long id) {
        return logs.findById(id);
    }

    public Optional<SyncLog> lastCsvUpload() {
        return logs.findFirstBySyncTypeInOrderByStartedAtDesc(EnumSet.of(SyncType.FEATURE_CSV_UPLOAD));
    }

    public List<SyncLog> recentRuns(int limit) {
        return recentRuns(PageRequest.of(0, limit));
    }

    /**
     * Why the latest baseline run was refused by the ETL's drop guard, while it is the latest: the admin may then
     * run again confirming the drops. Empty when that run went otherwise.
     */
    public Optional<String> refusedDrops() {
        return logs.findFirstBySyncTypeInOrderByStartedAtDesc(BASELINE_TYPES)
                .filter(run -> run.getStatus() == SyncRunStatus.FAILED
                        && run.getErrorDetails() != null
                        && EtlService.DROP_GUARD.equals(run.getErrorDetails().get("reason")))
                .map(SyncLog::getErrorMessage);
    }
}
