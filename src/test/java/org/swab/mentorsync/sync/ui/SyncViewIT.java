package org.swab.mentorsync.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.settings.ScheduleSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class SyncViewIT extends SpringBrowserlessTest {

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SyncConfigService configService;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
    }

    @AfterEach
    void turnScheduleOff() {
        configService.updateSchedule(new ScheduleSettings(false, 6));
    }

    @Test
    void without_runs_the_page_explains_what_will_appear_and_that_automated_sync_is_off() {
        SyncView view = navigate(SyncView.class);

        assertThat(view.emptyState.isVisible()).isTrue();
        assertThat(view.history.isVisible()).isFalse();
        assertThat(view.scheduleStatus.getText()).contains("Automated sync is off");
    }

    @Test
    void past_runs_from_the_sync_log_are_listed_newest_first() {
        jdbc.update("""
                insert into sync_log (sync_type, status, triggered_by, started_at, duration_ms, records_processed)
                values ('manual', 'completed', 'manual', now() - interval '2 hours', 45000, 555),
                       ('automated', 'failed', 'scheduled', now() - interval '1 hour', 1200, 0)
                """);

        SyncView view = navigate(SyncView.class);

        assertThat(view.emptyState.isVisible()).isFalse();
        assertThat(test(view.history).size()).isEqualTo(2);
        assertThat(test(view.history).getCellText(0, 1)).isEqualTo("automated");
        assertThat(test(view.history).getCellText(1, 4)).isEqualTo("555");
    }

    @Test
    void an_enabled_schedule_shows_its_interval_and_next_run() {
        configService.updateSchedule(new ScheduleSettings(true, 4));

        SyncView view = navigate(SyncView.class);

        assertThat(view.scheduleStatus.getText()).contains("every 4 h").contains("next run in");
    }
}
