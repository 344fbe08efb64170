package org.swab.mentorsync.sync;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a run's sync_log row, each change in its own transaction (REQUIRES_NEW), so the row tells the truth even
 * when the run's own work rolls back.
 */
@Component
class SyncLogWriter {

    private final SyncLogRepository logs;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SyncLogWriter(SyncLogRepository logs, JdbcTemplate jdbc, Clock clock) {
        this.logs = logs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long start(SyncRequest request) {
        SyncLog log = new SyncLog();
        log.setSyncType(request.type());
        log.setTriggeredBy(request.triggeredBy());
        log.setTriggeredByUser(request.user());
        log.setStatus(SyncRunStatus.RUNNING);
        log.setStartedAt(clock.instant());
        return logs.save(log).getId();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void step(long logId, StepRecord step) {
        SyncLog log = logs.findById(logId).orElseThrow();
        List<Map<String, Object>> steps = new ArrayList<>(log.getSteps());
        steps.add(step.toJson());
        log.setSteps(steps);
        if (step.counts() != null) {
            log.setRecordsProcessed(log.getRecordsProcessed() + step.counts().processed());
            log.setRecordsInserted(log.getRecordsInserted() + step.counts().inserted());
            log.setRecordsUpdated(log.getRecordsUpdated() + step.counts().updated());
            log.setRecordsFailed(log.getRecordsFailed() + step.counts().failed());
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public SyncOutcome finish(long logId, String failedStep, String errorMessage, Map<String, Object> details) {
        SyncLog log = logs.findById(logId).orElseThrow();
        Instant now = clock.instant();
        long duration = Math.max(0, Duration.between(log.getStartedAt(), now).toMillis());
        log.setCompletedAt(now);
        log.setDurationMs(duration);
        log.setStatus(errorMessage == null ? SyncRunStatus.COMPLETED : SyncRunStatus.FAILED);
        log.setErrorMessage(errorMessage);
        log.setErrorDetails(details);
        return new SyncOutcome(logId, log.getStatus(), failedStep, errorMessage, duration);
    }

    /** A finished piece of work that was not a run (a generated export file), with its counts and details. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long recordFinished(
            SyncRequest request,
            int processed,
            int inserted,
            int updated,
            int failed,
            long durationMs,
            Map<String, Object> details) {
        return recordFinished(
                request, SyncRunStatus.COMPLETED, null, processed, inserted, updated, failed, durationMs, details);
    }

    /** A finished piece of work that was not a run (an upload), completed or failed with its reason. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long recordFinished(
            SyncRequest request,
            SyncRunStatus status,
            String errorMessage,
            int processed,
            int inserted,
            int updated,
            int failed,
            long durationMs,
            Map<String, Object> details) {
        Instant now = clock.instant();
        SyncLog log = new SyncLog();
        log.setSyncType(request.type());
        log.setTriggeredBy(request.triggeredBy());
        log.setTriggeredByUser(request.user());
        log.setStatus(status);
        log.setErrorMessage(errorMessage);
        log.setStartedAt(now.minusMillis(durationMs));
        log.setCompletedAt(now);
        log.setDurationMs(durationMs);
        log.setRecordsProcessed(processed);
        log.setRecordsInserted(inserted);
        log.setRecordsUpdated(updated);
        log.setRecordsFailed(failed);
        log.setErrorDetails(details);
        return logs.save(log).getId();
    }

    /** Closes rows left 'running' by a process that died mid-run; returns how many. */
    public int closeInterrupted() {
        // one plain statement, no JPA transaction: the start-up recovery runs before Hibernate has finished booting
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.update(
                """
                update sync_log
                   set status = ?, completed_at = cast(? as timestamptz),
                       duration_ms = greatest(0, (extract(epoch from (cast(? as timestamptz) - started_at)) * 1000)::bigint),
                       error_message = ?, error_details = '{"reason": "interrupted"}'::jsonb
                 where status = ?
                """,
                SyncRunStatus.FAILED.code(),
                now,
                now,
                "Interrupted: the app stopped before this run finished",
                SyncRunStatus.RUNNING.code());
    }
}
