package org.swab.mentorsync.mentor.web;

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

/** {@code GET /api/mentors}, {@code /api/mentors/{mnId}} and {@code /api/mentors/funnel} against SQL counts. */
@IntegrationTest
class MentorControllerIT {

    final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    /**
     * 60 mentors cycling through the statuses, every third trained, every fourth linked (some synced, some in
     * conflict, some deleted in Givebutter, some not fetched yet), a few unlinked by an admin, one dropped.
     */
    @BeforeEach
    void mentorsInEveryState() {
        cleaner.clean();
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, last_name, full_name, phone, status_category,
                                     gb_contact_id, dropped)
                select (1000 + i)::text, 'Pat' || i, case when i % 7 = 0 then 'Lee' else 'Ray' end,
                       'Pat' || i || case when i % 7 = 0 then ' Lee' else ' Ray' end,
                       '+1706555' || lpad(i::text, 4, '0'),
                       (array['needs_setup', 'needs_page', 'needs_fundraising', 'needs_training',
                              'complete'])[1 + i % 5],
                       case when i % 4 = 0 then 30000 + i end, i = 59
                  from generate_series(0, 59) i""");
        jdbc.update("""
                insert into mn_tasks (mn_id, setup_done, campaign_member, amount_raised, fundraised_done,
                                      training_done)
                select mn_id, status_category <> 'needs_setup',
                       status_category in ('needs_fundraising', 'needs_training', 'complete'),
                       (mn_id::int - 1000) * 3, status_category in ('needs_training', 'complete'),
                       (mn_id::int % 3 = 0) or status_category = 'complete'
                  from mentors""");
        jdbc.update("""
                insert into raw_mn_gb_contacts (mn_id, contact_id, source, sync_status)
                select mn_id, gb_contact_id, 'csv_match',
                       (array['synced', 'conflict', 'stale'])[1 + (mn_id::int / 4) % 3]
                  from mentors where gb_contact_id is not null and mn_id::int % 8 <> 4""");
        jdbc.update("""
                insert into mn_contact_unlinks (mn_id, contact_id, unlinked_at, unlinked_by)
                select mn_id, 99000 + mn_id::int, now(), 'admin' from mentors
                 where gb_contact_id is null and mn_id::int % 10 = 1""");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                   | true
            status=needs_training                | status_category = 'needs_training'
            status=complete                      | status_category = 'complete'
            training=true                        | t.training_done
            training=false                       | not t.training_done
            gb_sync=no_contact_id | m.gb_contact_id is null and not exists (select 1 from mn_contact_unlinks u \
                                      where u.mn_id = m.mn_id)
            gb_sync=unlinked      | m.gb_contact_id is null and exists (select 1 from mn_contact_unlinks u \
                                      where u.mn_id = m.mn_id)
            gb_sync=pending                      | m.gb_contact_id is not null and c.mn_id is null
            gb_sync=synced                       | c.sync_status = 'synced'
            gb_sync=conflict                     | c.sync_status = 'conflict'
            gb_sync=deleted                      | c.sync_status = 'stale'
            q=lee                                | lower(m.last_name) like '%lee%'
            q=PAT1                               | lower(m.full_name) like '%pat1%'
            status=needs_training&training=false | status_category = 'needs_training' and not t.training_done
            """)
    void the_total_of_each_filter_equals_the_sql_count_of_active_mentors(String query, String condition) {
        long expected = jdbc.queryForObject(
                "select count(*) from mentors m join mn_tasks t on t.mn_id = m.mn_id "
                        + "left join raw_mn_gb_contacts c on c.mn_id = m.mn_id where not m.dropped and " + condition,
                Long.class);

        JsonNode page = get("/api/mentors?size=500&" + query);

        assertThat(expected).isPositive();
        assertThat(page.get("total").asLong()).isEqualTo(expected);
        assertThat(page.get("items").size()).isEqualTo((int) expected);
    }

    @Test
    void pages_are_sorted_in_the_database_and_say_their_page_and_size() {
        JsonNode first = get("/api/mentors?sort=amount_raised,desc&page=0&size=10");
        JsonNode second = get("/api/mentors?sort=amount_raised,desc&page=1&size=10");

        assertThat(first.get("total").asLong()).isEqualTo(59);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(10);
        List<Long> raised = new ArrayList<>();
        first.get("items").forEach(item -> raised.add(item.get("amount_raised").asLong()));
        second.get("items").forEach(item -> raised.add(item.get("amount_raised").asLong()));
        assertThat(raised)
                .hasSize(20)
                .isSortedAccordingTo((a, b) -> Long.compare(b, a))
                .startsWith(174L);
    }

    @Test
    void an_item_carries_the_mentor_in_snake_case() {
        JsonNode item = get("/api/mentors?q=1004").get("items").get(0);

        assertThat(item.get("mn_id").asString()).isEqualTo("1004");
        assertThat(item.get("status").asString()).isEqualTo("complete");
        assertThat(item.get("status_label").asString()).isEqualTo("Complete");
        assertThat(item.get("gb_contact_id").asLong()).isEqualTo(30004);
        assertThat(item.get("gb_sync").asString()).isEqualTo("pending");
        assertThat(item.get("training_done").asBoolean()).isTrue();
    }

    @Test
    void the_funnel_counts_active_mentors_at_each_step_as_sql_does() {
        JsonNode funnel = get("/api/mentors/funnel");

        assertThat(funnel.get("signed_up").asLong()).isEqualTo(count("true"));
        assertThat(funnel.get("setup_done").asLong()).isEqualTo(count("t.setup_done"));
        assertThat(funnel.get("page_created").asLong()).isEqualTo(count("t.campaign_member"));
        assertThat(funnel.get("fundraised").asLong()).isEqualTo(count("t.fundraised_done"));
        assertThat(funnel.get("trained").asLong()).isEqualTo(count("t.training_done"));
        assertThat(funnel.get("complete").asLong()).isEqualTo(count("m.status_category = 'complete'"));
        assertThat(funnel.get("signed_up").asLong()).isEqualTo(59);
    }

    @Test
    void one_mentor_comes_with_its_tasks_and_audit_trail_and_an_unknown_one_is_a_404() {
        jdbc.update("insert into mentor_field_changes (mn_id, field, old_value, new_value, source, changed_by, "
                + "changed_at) values ('1003', 'training_done', 'No', 'Yes', 'admin', 'admin', now())");

        JsonNode mentor = get("/api/mentors/1003");

        assertThat(mentor.get("status").asString()).isEqualTo("needs_training");
        assertThat(mentor.get("tasks").get("fundraised_done").asBoolean()).isTrue();
        assertThat(mentor.get("tasks").get("training_done").asBoolean()).isFalse();
        assertThat(mentor.get("history").get(0).get("changed_by").asString()).isEqualTo("admin");
        assertThat(new ApiClient(port).get("/api/mentors/9999").statusCode()).isEqualTo(404);
    }

    @Test
    void one_mentor_comes_with_its_open_errors_and_duplicate_contacts() {
        jdbc.update("""
                insert into mn_errors (mn_id, error_type, error_key, error_message, severity, raw_data)
                values ('1003', 'duplicate_gb_contact', 'email:a@b.c', '2 Givebutter contacts share email a@b.c',
                        'warning', '{"type": "email", "identifier": "a@b.c", "contact_ids": [40001, 40002]}'),
                       ('1003', 'invalid_phone', '1003', 'bad phone', 'error', null),
                       ('1003', 'shared_phone', 'p', 'resolved one', 'warning', null)""");
        jdbc.update("update mn_errors set resolved = true where error_message = 'resolved one'");

        JsonNode mentor = get("/api/mentors/1003");

        assertThat(mentor.get("open_errors")).hasSize(2);
        assertThat(mentor.get("duplicates").get(0).get("contact_ids").toString())
                .isEqualTo("[40001,40002]");
        assertThat(mentor.get("duplicates").get(0).get("type").asString()).isEqualTo("email");
    }

    @Test
    void an_unknown_filter_value_or_sort_key_is_a_400_that_names_the_choices() {
        HttpResponse<String> status = new ApiClient(port).get("/api/mentors?status=retired");
        HttpResponse<String> sort = new ApiClient(port).get("/api/mentors?sort=shoe_size");

        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("needs_training");
        assertThat(sort.statusCode()).isEqualTo(400);
        assertThat(sort.body()).contains("amount_raised");
    }

    private long count(String condition) {
        return jdbc.queryForObject(
                "select count(*) from mentors m join mn_tasks t on t.mn_id = m.mn_id " + "where not m.dropped and "
                        + condition,
                Long.class);
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = new ApiClient(port).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
