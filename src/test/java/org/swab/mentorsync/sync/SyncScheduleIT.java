package org.swab.mentorsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.settings.ContactSyncSchedule;
import org.swab.mentorsync.settings.ScheduleSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class SyncScheduleIT {

    @Autowired
    SyncConfigService configService;

    @Autowired
    SyncScheduleService scheduleService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @AfterEach
    void turnAutomatedSyncOff() {
        configService.updateSchedule(new ScheduleSettings(false, 6));
        configService.updateContactSyncSchedule(new ContactSyncSchedule(false, 24));
        cleaner.clean();
    }

    @Test
    void enabling_automated_sync_persists_a_quartz_trigger_with_the_configured_interval() {
        configService.updateSchedule(new ScheduleSettings(true, 6));

        assertThat(persistedIntervals()).containsExactly(Duration.ofHours(6).toMillis());
        assertThat(scheduleService.nextBaselineSync()).isPresent();
        assertThat(jdbc.queryForObject("select automated_sync_enabled from sync_config where id = 1", Boolean.class))
                .isTrue();
    }

    @Test
    void changing_the_interval_reschedules_the_persisted_trigger() {
        configService.updateSchedule(new ScheduleSettings(true, 6));
        configService.updateSchedule(new ScheduleSettings(true, 2));

        assertThat(persistedIntervals()).containsExactly(Duration.ofHours(2).toMillis());
        assertThat(scheduleService.nextBaselineSync().orElseThrow())
                .isBefore(java.time.Instant.now().plus(Duration.ofHours(2)).plusSeconds(60));
    }

    @Test
    void disabling_automated_sync_removes_the_trigger() {
        configService.updateSchedule(new ScheduleSettings(true, 6));
        configService.updateSchedule(new ScheduleSettings(false, 6));

        assertThat(persistedIntervals()).isEmpty();
        assertThat(scheduleService.nextBaselineSync()).isEmpty();
    }

    @Test
    void applying_the_stored_configuration_again_keeps_the_existing_trigger_and_its_next_fire_time() {
        configService.updateSchedule(new ScheduleSettings(true, 6));
        Long nextFire = jdbc.queryForObject(
                "select next_fire_time from qrtz_triggers where trigger_name = ?",
                Long.class,
                SyncScheduleService.BASELINE_TRIGGER.getName());

        scheduleService.applyConfiguredSchedule();

        assertThat(jdbc.queryForObject(
                        "select next_fire_time from qrtz_triggers where trigger_name = ?",
                        Long.class,
                        SyncScheduleService.BASELINE_TRIGGER.getName()))
                .isEqualTo(nextFire);
    }

    @Test
    void the_contact_sync_has_its_own_persisted_trigger_with_its_own_interval() {
        configService.updateContactSyncSchedule(new ContactSyncSchedule(true, 24));
        configService.updateSchedule(new ScheduleSettings(true, 6));

        assertThat(jdbc.queryForList(
                        "select s.repeat_interval from qrtz_simple_triggers s where s.trigger_name = ?",
                        Long.class,
                        SyncScheduleService.CONTACT_TRIGGER.getName()))
                .containsExactly(Duration.ofHours(24).toMillis());
        assertThat(persistedIntervals()).containsExactly(Duration.ofHours(6).toMillis());

        configService.updateContactSyncSchedule(new ContactSyncSchedule(false, 24));
        assertThat(scheduleService.nextContactSync()).isEmpty();
    }

    private List<Long> persistedIntervals() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                """
                select s.repeat_interval from qrtz_triggers t
                  join qrtz_simple_triggers s on s.sched_name = t.sched_name and s.trigger_name = t.trigger_name
                       and s.trigger_group = t.trigger_group
                 where t.trigger_name = ? and t.job_name = ?
                """, SyncScheduleService.BASELINE_TRIGGER.getName(), SyncScheduleService.BASELINE_JOB.getName());
        return rows.stream()
                .map(row -> ((Number) row.get("repeat_interval")).longValue())
                .toList();
    }
}
