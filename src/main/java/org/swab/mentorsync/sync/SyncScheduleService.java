package org.swab.mentorsync.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.swab.mentorsync.settings.ContactSyncSchedule;
import org.swab.mentorsync.settings.ScheduleSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.settings.SyncScheduleChanged;
import org.swab.mentorsync.sync.job.BaselineSyncJob;
import org.swab.mentorsync.sync.job.ContactSyncJob;

/**
 * Keeps the persistent Quartz triggers in line with sync_config: the baseline sync and the contact sync each present
 * with their configured interval while enabled, absent when off. Every app instance applies them at startup; Quartz's
 * clustered JDBC store makes sure one instance runs each firing.
 */
@Service
public class SyncScheduleService {

    static final JobKey BASELINE_JOB = JobKey.jobKey("baseline-sync", "mentor-sync");
    static final TriggerKey BASELINE_TRIGGER = TriggerKey.triggerKey("baseline-sync", "mentor-sync");
    static final JobKey CONTACT_JOB = JobKey.jobKey("contact-sync", "mentor-sync");
    static final TriggerKey CONTACT_TRIGGER = TriggerKey.triggerKey("contact-sync", "mentor-sync");
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
        ScheduleSettings baseline = configService.scheduleSettings();
        onScheduleChanged(new SyncScheduleChanged(baseline.automatedSyncEnabled(), baseline.syncIntervalHours()));
        onContactScheduleChanged(configService.contactSyncSchedule());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onScheduleChanged(SyncScheduleChanged change) {
        apply(
                BASELINE_JOB,
                BASELINE_TRIGGER,
                BaselineSyncJob.class,
                "Baseline sync: Jotform + Givebutter + ETL",
                change.automatedSyncEnabled(),
                change.syncIntervalHours());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onContactScheduleChanged(ContactSyncSchedule schedule) {
        apply(
                CONTACT_JOB,
                CONTACT_TRIGGER,
                ContactSyncJob.class,
                "Contact sync: GET /contacts/{id} per mentor",
                schedule.enabled(),
                schedule.intervalHours());
    }

    /** When the next automated baseline sync fires, if it is scheduled. */
    public Optional<Instant> nextBaselineSync() {
        return nextFire(BASELINE_TRIGGER);
    }

    /** When the next scheduled contact sync fires, if it is scheduled. */
    public Optional<Instant> nextContactSync() {
        return nextFire(CONTACT_TRIGGER);
    }

    private Optional<Instant> nextFire(TriggerKey key) {
        try {
            Trigger trigger = scheduler.getTrigger(key);
            return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not read the sync schedule", e);
        }
    }

    private synchronized void apply(
            JobKey jobKey,
            TriggerKey triggerKey,
            Class<? extends Job> jobClass,
            String description,
            boolean enabled,
            int intervalHours) {
        try {
            if (!enabled) {
                if (scheduler.unscheduleJob(triggerKey)) {
                    log.info("{} turned off", description);
                }
                return;
            }
            Duration interval = Duration.ofHours(intervalHours);
            Trigger existing = scheduler.getTrigger(triggerKey);
            if (existing instanceof SimpleTrigger simple && simple.getRepeatInterval() == interval.toMillis()) {
                return;
            }
            JobDetail job = JobBuilder.newJob(jobClass)
                    .withIdentity(jobKey)
                    .withDescription(description)
                    .storeDurably()
                    .build();
            scheduler.addJob(job, true);
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(triggerKey)
                    .forJob(jobKey)
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
                scheduler.rescheduleJob(triggerKey, trigger);
            }
            log.info("{}: every {} h, next at {}", description, intervalHours, trigger.getStartTime());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not update the sync schedule", e);
        }
    }
}
