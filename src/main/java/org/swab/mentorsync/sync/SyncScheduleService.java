package org.swab.mentorsync.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.swab.mentorsync.sync.job.BaselineSyncJob;

/**
 * Keeps the persistent Quartz trigger of the baseline sync in line with sync_config: present with the configured
 * interval while automated sync is on, absent when it is off. Every app instance applies it at startup; Quartz's
 * clustered JDBC store makes sure one instance runs each firing.
 */
@Service
public class SyncScheduleService {

    static final JobKey BASELINE_JOB = JobKey.jobKey("baseline-sync", "mentor-sync");
    static final TriggerKey BASELINE_TRIGGER = TriggerKey.triggerKey("baseline-sync", "mentor-sync");
    private static final Logger log = LoggerFactory.getLogger(SyncScheduleService.class);

    private final Scheduler scheduler;
    private final SyncConfigService configService;
    private final Clock clock;

    SyncScheduleService(Scheduler scheduler, SyncConfigService configService, Clock clock) {
        this.scheduler = scheduler;
        this.configService = configService;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void applyConfiguredSchedule() {
        ScheduleSettings settings = configService.scheduleSettings();
        apply(settings.automatedSyncEnabled(), settings.syncIntervalHours());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onScheduleChanged(SyncScheduleChanged change) {
        apply(change.automatedSyncEnabled(), change.syncIntervalHours());
    }

    /** When the next automated baseline sync fires, if it is scheduled. */
    public Optional<Instant> nextBaselineSync() {
        try {
            Trigger trigger = scheduler.getTrigger(BASELINE_TRIGGER);
            return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not read the sync schedule", e);
        }
    }

    private synchronized void apply(boolean enabled, int intervalHours) {
        try {
            if (!enabled) {
                if (scheduler.unscheduleJob(BASELINE_TRIGGER)) {
                    log.info("Automated baseline sync turned off");
                }
                return;
            }
            Duration interval = Duration.ofHours(intervalHours);
            Trigger existing = scheduler.getTrigger(BASELINE_TRIGGER);
            if (existing instanceof SimpleTrigger simple && simple.getRepeatInterval() == interval.toMillis()) {
                return;
            }
            JobDetail job = JobBuilder.newJob(BaselineSyncJob.class)
                    .withIdentity(BASELINE_JOB)
                    .withDescription("Baseline sync: Jotform + Givebutter members + ETL")
                    .storeDurably()
                    .build();
            scheduler.addJob(job, true);
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(BASELINE_TRIGGER)
                    .forJob(BASELINE_JOB)
                    .startAt(Date.from(clock.instant().plus(interval)))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(interval.toMillis())
                            .repeatForever()
                            // a run missed while the app was down happens once, right away
                            .withMisfireHandlingInstructionNowWithExistingCount())
                    .build();
            if (existing == null) {
                scheduler.scheduleJob(trigger);
            } else {
                scheduler.rescheduleJob(BASELINE_TRIGGER, trigger);
            }
            log.info("Automated baseline sync every {} h, next at {}", intervalHours, trigger.getStartTime());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not update the sync schedule", e);
        }
    }
}
