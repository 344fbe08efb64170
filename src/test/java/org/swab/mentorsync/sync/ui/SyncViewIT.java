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
        assertThat(test(view.history).getCellText(0, 1)).isEqualTo("Scheduled sync");
        assertThat(test(view.history).getCellText(0, 2)).isEqualTo("❌ Failed");
        assertThat(test(view.history).getCellText(1, 4)).isEqualTo("555");
    }

    @Test
    void the_cards_say_each_state_in_words_never_run_healthy_needs_attention_and_failed() {
        SyncView empty = navigate(SyncView.class);
        assertThat(empty.baselineCard.state.getText()).startsWith("○ Never run");
        assertThat(empty.csvCard.state.getText()).startsWith("○ Never run");

        jdbc.update("""
                insert into sync_log (sync_type, status, triggered_by, started_at, completed_at, duration_ms,
                                      records_processed, records_inserted, records_updated, records_failed,
                                      error_message, error_details)
                values ('manual', 'completed', 'manual', now() - interval '2 hours', now() - interval '2 hours',
                        3200, 555, 12, 30, 0, null, null),
                       ('contact_sync', 'failed', 'manual', now() - interval '1 hour', now() - interval '1 hour',
                        900, 0, 0, 0, 0, 'The Givebutter API key was rejected', null),
                       ('feature_csv_upload', 'completed', 'manual', now() - interval '25 hours',
                        now() - interval '25 hours', 1800, 40000, 0, 15, 2, null,
                        '{"filename": "export.csv", "new_contact_ids": 15, "duplicate_groups": 3}')""");
        SyncView view = navigate(SyncView.class);

        assertThat(view.baselineCard.state()).isEqualTo(DashboardCard.State.HEALTHY);
        assertThat(view.baselineCard.state.getText()).isEqualTo("✅ Healthy");
        assertThat(view.baselineCard.facts.getElement().getTextRecursively())
                .contains("2 hours ago")
                .contains("Took 3.2 s")
                .contains("555 processed · 12 new · 30 updated");
        assertThat(view.contactCard.state.getText()).isEqualTo("❌ Failed: The Givebutter API key was rejected");
        assertThat(view.csvCard.state.getText())
                .isEqualTo("⚠️ Needs attention: older than 24 h, upload a fresh export");
        assertThat(view.csvCard.facts.getElement().getTextRecursively())
                .contains("export.csv · 40000 contacts · 15 new contact ids")
                .contains("Duplicates: 3 groups");
    }

    @Test
    void when_idle_the_run_panel_shows_the_last_runs_steps_not_waiting() {
        jdbc.update("""
                insert into sync_log (sync_type, status, triggered_by, started_at, completed_at, duration_ms, steps)
                values ('manual', 'completed', 'manual', now() - interval '3 hours', now() - interval '3 hours', 4100,
                        '[{"step": "Jotform Signups", "status": "completed", "message": "555 submissions synced"},
                          {"step": "ETL Process", "status": "completed", "message": "555 mentors processed"}]')""");

        SyncRunPanel panel = navigate(SyncView.class).runPanel;

        assertThat(panel.steps.get("Jotform Signups").state.getText()).isEqualTo("completed · 555 submissions synced");
        assertThat(panel.steps.values()).noneMatch(row -> "waiting".equals(row.status()));
        assertThat(panel.result.getText()).startsWith("Last run: manual, completed 3 hours ago in 4.1 s");
    }

    @Test
    void the_history_filters_by_type_and_status_and_a_row_opens_its_steps_and_error() {
        jdbc.update("""
                insert into sync_log (sync_type, status, triggered_by, started_at, duration_ms, error_message, steps)
                values ('manual', 'completed', 'manual', now() - interval '3 hours', 100, null, '[]'),
                       ('feature_csv_upload', 'failed', 'manual', now() - interval '2 hours', 50,
                        'The file has no Givebutter Contact ID column', '[]'),
                       ('feature_csv_upload', 'completed', 'manual', now() - interval '1 hours', 70, null, '[]')""");
        SyncView view = navigate(SyncView.class);

        view.typeFilter.setValue(org.swab.mentorsync.sync.SyncType.FEATURE_CSV_UPLOAD);
        assertThat(test(view.history).size()).isEqualTo(2);
        view.statusFilter.setValue(org.swab.mentorsync.sync.SyncRunStatus.FAILED);
        assertThat(test(view.history).size()).isEqualTo(1);

        test(view.history).clickRow(0);
        RunDialog dialog = $(RunDialog.class).single();
        assertThat(dialog.error.getText()).isEqualTo("Error: The file has no Givebutter Contact ID column");
        assertThat(dialog.getHeaderTitle()).startsWith("CSV upload · failed");
    }

    @Test
    void a_duplicate_group_is_listed_with_its_contacts_and_mentor_and_mark_resolved_records_who() {
        jdbc.update("""
                insert into mn_errors (mn_id, error_type, error_key, error_message, severity, raw_data)
                values ('1002', 'duplicate_gb_contact', 'phone:+17065550102', '2 contacts share phone', 'warning',
                        '{"type": "phone", "identifier": "+17065550102", "contact_ids": [30001, 30002]}')""");
        SyncView view = navigate(SyncView.class);
        var grid = test(duplicateGroups(view));
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 2)).isEqualTo("30001, 30002");

        test((com.vaadin.flow.component.button.Button) grid.getCellComponent(0, 4))
                .click();

        assertThat(jdbc.queryForMap("select resolved, resolved_by from mn_errors"))
                .containsEntry("resolved", true)
                .containsEntry("resolved_by", "admin");
        assertThat(test(duplicateGroups(view)).size()).isZero();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .from(view.duplicatesPanel)
                        .first()
                        .getText())
                .startsWith("No open duplicate groups");
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.grid.Grid<org.swab.mentorsync.importing.DuplicateGroupView> duplicateGroups(
            SyncView view) {
        return $(com.vaadin.flow.component.grid.Grid.class)
                .from(view.duplicatesPanel)
                .single();
    }

    @Test
    void an_enabled_schedule_shows_its_interval_and_next_run() {
        configService.updateSchedule(new ScheduleSettings(true, 4));

        SyncView view = navigate(SyncView.class);

        assertThat(view.scheduleStatus.getText()).contains("every 4 h").contains("next run in");
    }
}
