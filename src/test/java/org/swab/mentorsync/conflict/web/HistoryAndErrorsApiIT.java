package org.swab.mentorsync.conflict.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/sync/log, GET /api/errors and POST /api/errors/{id}/resolve: totals as SQL counts them, who resolved. */
@IntegrationTest
class HistoryAndErrorsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    final JsonMapper json = JsonMapper.builder().build();

    /** 90 runs of every type and status and 120 errors of every type and severity, a third resolved. */
    @BeforeEach
    void historyAndErrors() {
        cleaner.clean();
        jdbc.update("""
                insert into sync_log (sync_type, status, triggered_by, started_at, completed_at, duration_ms)
                select (array['manual', 'automated', 'contact_sync', 'feature_csv_upload',
                              'feature_export'])[1 + n % 5],
                       (array['completed', 'completed', 'failed'])[1 + n % 3], 'manual',
                       now() - n * interval '1 hour', now() - n * interval '1 hour' + interval '2 seconds', 2000
                  from generate_series(1, 90) n""");
        jdbc.update("""
                insert into mn_errors (mn_id, error_type, error_key, error_message, severity, resolved,
                                       created_at, updated_at)
                select (1000 + n)::text, (array['invalid_phone', 'duplicate_gb_contact', 'shared_phone'])[1 + n % 3],
                       'k' || n, 'problem ' || n, (array['error', 'warning', 'info', 'critical'])[1 + n % 4],
                       n % 3 = 0, now() - n * interval '1 minute', now() - n * interval '1 minute'
                  from generate_series(1, 120) n""");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                  | true
            type=feature_csv_upload             | sync_type = 'feature_csv_upload'
            status=failed                       | status = 'failed'
            type=contact_sync&status=completed  | sync_type = 'contact_sync' and status = 'completed'
            """)
    void the_run_history_total_of_each_filter_equals_the_sql_count(String query, String condition) {
        JsonNode page = get("/api/sync/log?" + query + "&size=10");

        assertThat(page.get("total").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from sync_log where " + condition, Long.class));
        assertThat(page.get("items")).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void the_run_history_is_newest_first_and_pages() {
        List<String> started = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            get("/api/sync/log?page=" + page + "&size=30")
                    .get("items")
                    .forEach(run -> started.add(run.get("started_at").asString()));
        }

        assertThat(started).hasSize(90).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                         | true
            unresolved=true                            | not resolved
            type=duplicate_gb_contact                  | error_type = 'duplicate_gb_contact'
            severity=critical&unresolved=true          | severity = 'critical' and not resolved
            type=invalid_phone&severity=error          | error_type = 'invalid_phone' and severity = 'error'
            """)
    void the_error_log_total_of_each_filter_equals_the_sql_count(String query, String condition) {
        JsonNode page = get("/api/errors?" + query + "&size=5");

        assertThat(page.get("total").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from mn_errors where " + condition, Long.class));
        assertThat(page.get("items")).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void resolving_an_error_records_who_and_when_and_a_second_resolve_keeps_the_first() {
        long id = jdbc.queryForObject("select min(id) from mn_errors where not resolved", Long.class);

        HttpResponse<String> first = new ApiClient(port).postJson("/api/errors/" + id + "/resolve", "{}");
        JsonNode resolved = json.readTree(first.body());
        HttpResponse<String> again = new ApiClient(port).postJson("/api/errors/" + id + "/resolve", "{}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(resolved.get("resolved").asBoolean()).isTrue();
        assertThat(resolved.get("resolved_by").asString()).isEqualTo(IntegrationTest.ADMIN_USERNAME);
        java.time.Instant stored = jdbc.queryForObject(
                        "select resolved_at from mn_errors where id = ?", java.sql.Timestamp.class, id)
                .toInstant();
        assertThat(java.time.Instant.parse(
                        json.readTree(again.body()).get("resolved_at").asString()))
                .isEqualTo(stored);
        // the database keeps microseconds of the first resolve's instant
        assertThat(java.time.Duration.between(
                                java.time.Instant.parse(
                                        resolved.get("resolved_at").asString()),
                                stored)
                        .abs())
                .isLessThan(java.time.Duration.ofMillis(1));
        assertThat(jdbc.queryForObject("select resolved_by from mn_errors where id = ?", String.class, id))
                .isEqualTo(IntegrationTest.ADMIN_USERNAME);
    }

    @Test
    void an_unknown_error_is_a_404_and_a_bad_filter_a_400_naming_the_choices() {
        ApiClient api = new ApiClient(port);

        assertThat(api.postJson("/api/errors/999999/resolve", "{}").statusCode())
                .isEqualTo(404);
        HttpResponse<String> badType = api.get("/api/errors?type=oops");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("duplicate_gb_contact");
        HttpResponse<String> badStatus = api.get("/api/sync/log?status=paused");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("completed");
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = new ApiClient(port).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
