package org.swab.mentorsync.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.swab.mentorsync.base.StepFailedException;
import org.swab.mentorsync.base.http.ApiException;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.settings.SyncTargets;

/**
 * Runs the baseline sync: Jotform signups → Jotform setup → Givebutter members → ETL → contact sync; or the
 * contact sync alone. The Quartz job, the "Run sync
 * now" button and POST /api/sync/run all come here. One run at a time across all instances (advisory lock); a
 * failed fetch skips the ETL, so mentors stay as they were; a guard refusing a run that looks like a configuration
 * mistake (no mentor ids, too many drops) stops it before it writes; every run leaves a truthful sync_log row.
 */
@Service
public class SyncService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SyncService.class);

    private final SyncLock lock;
    private final SyncLogWriter logWriter;
    private final SyncConfigService configService;
    private final BaselineSteps steps;
    private final SyncLogRepository logs;
    private final Clock clock;
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean runningHere = new AtomicBoolean();
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("sync-run-", 1).factory());

    SyncService(
            SyncLock lock,
            SyncLogWriter logWriter,
            SyncConfigService configService,
            BaselineSteps steps,
            SyncLogRepository logs,
            Clock clock) {
        this.lock = lock;
        this.logWriter = logWriter;
        this.configService = configService;
        this.steps = steps;
        this.logs = logs;
        this.clock = clock;
    }

    /**
     * Starts a run in the background and returns at once.
     *
     * @throws SyncAlreadyRunningException when a run is going on here or on another instance
     */
    public SyncRun start(SyncRequest request, SyncListener listener) {
        SyncLock.Held held = acquire();
        try {
            long logId = logWriter.start(request);
            CompletableFuture<SyncOutcome> outcome =
                    CompletableFuture.supplyAsync(() -> execute(logId, request, held, listener), executor);
            return new SyncRun(logId, outcome);
        } catch (RuntimeException e) {
            release(held);
            throw e;
        }
    }

    /** Runs in the calling thread (Quartz job, tests). */
    public SyncOutcome run(SyncRequest request, SyncListener listener) {
        SyncLock.Held held = acquire();
        long logId;
        try {
            logId = logWriter.start(request);
        } catch (RuntimeException e) {
            release(held);
            throw e;
        }
        return execute(logId, request, held, listener);
    }

    /** Entry point of the automated run (Quartz); a run already going on makes this one a no-op. */
    public void runScheduledSync() {
        try {
            SyncOutcome outcome = run(SyncRequest.scheduled(), SyncListener.NONE);
            log.info("Scheduled baseline sync {} in {} ms", outcome.status().code(), outcome.durationMs());
        } catch (SyncAlreadyRunningException e) {
            log.info("Scheduled baseline sync skipped: a sync is already running");
        }
    }

    /** Entry point of the scheduled contact sync (Quartz); a run already going on makes this one a no-op. */
    public void runScheduledContactSync() {
        try {
            SyncOutcome outcome = run(SyncRequest.contactSync(TriggeredBy.SCHEDULED, null), SyncListener.NONE);
            log.info("Scheduled contact sync {} in {} ms", outcome.status().code(), outcome.durationMs());
        } catch (SyncAlreadyRunningException e) {
            log.info("Scheduled contact sync skipped: a sync is already running");
        }
    }

    /** The steps a run of this type goes through with the schedules as configured now. */
    public List<SyncStep> steps(SyncType type) {
        return SyncStep.of(type, configService.contactSyncSchedule().enabled());
    }

    /** Whether a run is going on, here or (per sync_log) on another instance. */
    public boolean isRunning() {
        return runningHere.get() || logs.existsByStatus(SyncRunStatus.RUNNING);
    }

    /** Follows every run (e.g. an open Sync page); call the returned action to stop. */
    public Runnable addListener(SyncListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private SyncLock.Held acquire() {
        SyncLock.Held held = lock.tryAcquire().orElseThrow(SyncAlreadyRunningException::new);
        runningHere.set(true);
        // holding the lock proves no run is alive anywhere: rows still 'running' belong to a crashed instance
        logWriter.closeInterrupted();
        return held;
    }

    private void release(SyncLock.Held held) {
        runningHere.set(false);
        held.close();
    }

    private SyncOutcome execute(long logId, SyncRequest request, SyncLock.Held held, SyncListener listener) {
        SyncOutcome outcome = null;
        try {
            outcome = executeSteps(logId, request, listener);
            return outcome;
        } catch (RuntimeException e) {
            log.error("Sync run {} broke down", logId, e);
            outcome = logWriter.finish(logId, null, "The sync broke down: " + brief(e), Map.of("step", "none"));
            return outcome;
        } finally {
            release(held);
            SyncOutcome finished = outcome;
            if (finished != null) {
                publish(listener, l -> l.onFinished(finished));
            }
        }
    }

    private SyncOutcome executeSteps(long logId, SyncRequest request, SyncListener listener) {
        List<SyncStep> runSteps = steps(request.type());
        SyncTargets targets = configService.syncTargets();
        String missing = targets.missing();
        SyncStep first = runSteps.getFirst();
        if (missing != null) {
            publish(listener, l -> l.onStep(StepEvent.failed(first, missing)));
            return logWriter.finish(
                    logId, first.label(), missing, Map.of("step", first.label(), "reason", "not_configured"));
        }
        for (SyncStep step : runSteps) {
            publish(listener, l -> l.onStep(StepEvent.running(step)));
            Instant started = clock.instant();
            try {
                StepResult result = steps.run(
                        step,
                        targets,
                        request.confirmDrops(),
                        progress -> publish(listener, l -> l.onStep(StepEvent.progress(step, progress))));
                logWriter.step(
                        logId,
                        new StepRecord(step, StepEvent.COMPLETED, result.message(), result.counts(), elapsed(started)));
                publish(listener, l -> l.onStep(StepEvent.completed(step, result.message())));
            } catch (RuntimeException e) {
                String reason = reason(e);
                logWriter.step(logId, new StepRecord(step, StepEvent.FAILED, reason, null, elapsed(started)));
                publish(listener, l -> l.onStep(StepEvent.failed(step, reason)));
                // a guard's refusal says itself what it left unchanged
                String message = step.label() + " failed: " + reason
                        + (refusal(e).isPresent() ? "" : consequence(step, runSteps));
                return logWriter.finish(logId, step.label(), message, details(step, e));
            }
        }
        return logWriter.finish(logId, null, null, null);
    }

    private static String consequence(SyncStep failed, List<SyncStep> runSteps) {
        return switch (failed) {
            case ETL_PROCESS -> "; mentors were not changed";
            case CONTACT_SYNC -> runSteps.size() > 1 ? "; the mentors from the ETL were saved" : "";
            default -> "; the ETL was skipped and mentors were not changed";
        };
    }

    private String reason(RuntimeException e) {
        if (e instanceof ApiException || e instanceof StepFailedException) {
            return e.getMessage();
        }
        log.error("Sync step failed unexpectedly", e);
        return "unexpected error (" + brief(e) + "); see the server log";
    }

    private static Map<String, Object> details(SyncStep step, RuntimeException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("step", step.label());
        if (e instanceof ApiException api) {
            details.put("system", api.system());
            details.put("failure", api.failure().name().toLowerCase());
        } else if (refusal(e).isPresent()) {
            details.put("reason", refusal(e).get());
        } else {
            details.put("exception", e.getClass().getName());
        }
        return details;
    }

    private static Optional<String> refusal(RuntimeException e) {
        return e instanceof StepFailedException failed ? failed.reason() : Optional.empty();
    }

    private static String brief(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        String text = e.getClass().getSimpleName() + message;
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private long elapsed(Instant started) {
        return Math.max(0, Duration.between(started, clock.instant()).toMillis());
    }

    private void publish(SyncListener runListener, Consumer<SyncListener> call) {
        for (SyncListener listener : listeners) {
            safely(listener, call);
        }
        if (runListener != null && !listeners.contains(runListener)) {
            safely(runListener, call);
        }
    }

    private static void safely(SyncListener listener, Consumer<SyncListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            log.warn("A sync listener failed; the run goes on", e);
        }
    }
}
