package org.swab.mentorsync.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class SchemaIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
    }

    @Test
    void liquibase_creates_the_twelve_design_tables_and_the_quartz_and_user_tables() {
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public'", String.class);
        assertThat(tables)
                .contains(
                        "raw_mn_signups",
                        "raw_mn_funds_setup",
                        "raw_gb_campaign_members",
                        "raw_gb_full_contacts",
                        "raw_mn_gb_contacts",
                        "mentors",
                        "mn_tasks",
                        "mn_gb_import",
                        "mn_errors",
                        "sync_config",
                        "sync_log",
                        "csv_import_log",
                        "app_user",
                        "qrtz_job_details",
                        "qrtz_triggers",
                        "qrtz_simple_triggers",
                        "qrtz_locks",
                        "qrtz_scheduler_state");
    }

    @Test
    void running_postgres_is_a_real_postgresql_server() {
        String version = jdbc.queryForObject("show server_version", String.class);
        assertThat(version).matches("\\d+.*");
    }

    @Test
    void mentors_phone_is_indexed_but_two_mentors_may_share_it() {
        insertMentor("1001", "+17065550134");
        insertMentor("1002", "+17065550134");
        assertThat(jdbc.queryForObject("select count(*) from mentors where phone = '+17065550134'", Long.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'mentors'", String.class))
                .contains("mentors_phone_idx");
    }

    @Test
    void full_contacts_are_indexed_by_their_key_only_since_matching_reads_them_all() {
        assertThat(jdbc.queryForList(
                        "select indexname from pg_indexes where tablename = 'raw_gb_full_contacts'", String.class))
                .containsExactly("raw_gb_full_contacts_pkey");
    }

    @Test
    void sync_config_refuses_a_second_row() {
        assertThat(jdbc.queryForObject("select count(*) from sync_config", Long.class))
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("insert into sync_config (id) values (2)"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void preferred_name_may_not_be_null() {
        assertThatThrownBy(() -> jdbc.update("insert into mentors (mn_id, preferred_name) values ('1', null)"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest(name = "{0} rejects {2}")
    @CsvSource(delimiter = '|', textBlock = """
            mentors.status_category       | update mentors set status_category = ? where mn_id = '1001'       | waiting
            raw_mn_gb_contacts.source     | update raw_mn_gb_contacts set source = ? where mn_id = '1001'     | guessed
            raw_mn_gb_contacts.sync_status| update raw_mn_gb_contacts set sync_status = ? where mn_id = '1001'| unknown
            mn_errors.severity            | update mn_errors set severity = ?                                 | fatal
            mn_errors.error_type          | update mn_errors set error_type = ?                               | oops
            sync_log.sync_type            | update sync_log set sync_type = ?                                 | weekly
            sync_log.status               | update sync_log set status = ?                                    | paused
            sync_log.triggered_by         | update sync_log set triggered_by = ?                              | robot
            csv_import_log.outcome        | update csv_import_log set outcome = ?                             | maybe
            """)
    void check_constraints_reject_values_outside_the_design_enumerations(String column, String update, String bad) {
        insertMentor("1001", "+17065550134");
        jdbc.update("insert into raw_mn_gb_contacts (mn_id, contact_id, source) values ('1001', 5, 'csv_match')");
        jdbc.update("insert into mn_errors (error_type, error_key, error_message, severity) "
                + "values ('invalid_phone', 'k', 'm', 'warning')");
        jdbc.update("insert into sync_log (sync_type, status, triggered_by) values ('manual', 'running', 'manual')");
        jdbc.update("insert into csv_import_log (filename, outcome) values ('a.csv', 'completed')");

        assertThatThrownBy(() -> jdbc.update(update, bad))
                .as(column)
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("check");
    }

    @Test
    void check_constraints_accept_every_value_the_design_lists() {
        insertMentor("1001", "+17065550134");
        for (String status : List.of("needs_setup", "needs_page", "needs_fundraising", "needs_training", "complete")) {
            jdbc.update("update mentors set status_category = ? where mn_id = '1001'", status);
        }
        for (String type : List.of("initialization", "automated", "manual", "feature_csv_upload")) {
            jdbc.update(
                    "insert into sync_log (sync_type, status, triggered_by) values (?, 'completed', 'system')", type);
        }
        assertThat(jdbc.queryForObject("select count(*) from sync_log", Long.class))
                .isEqualTo(4);
    }

    private void insertMentor(String mnId, String phone) {
        jdbc.update("insert into mentors (mn_id, phone, preferred_name) values (?, ?, 'Sam')", mnId, phone);
    }
}
