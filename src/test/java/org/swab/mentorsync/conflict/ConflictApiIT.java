package org.swab.mentorsync.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class ConflictApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConflictService conflictService;

    @Autowired
    DatabaseCleaner cleaner;

    ApiClient api;

    @BeforeEach
    void mentorWithConflictingNames() {
        api = new ApiClient(port);
        cleaner.clean();
        ConflictSeed.bobWithConflict(jdbc, conflictService, "Robert");
    }

    @Test
    void get_conflicts_lists_each_field_with_both_values_and_its_owner_in_snake_case() {
        HttpResponse<String> response = api.get("/api/mentors/1002/conflicts");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"status\":\"open\"")
                .contains("\"contact_id\":15234567")
                .contains("\"field\":\"phone\"")
                .contains("\"our_value\":\"+17065550134\"")
                .contains("\"givebutter_value\":\"+17065559999\"")
                .contains("\"field\":\"first_name\"")
                .contains("\"owner\":\"jotform\"");
    }

    @Test
    void resolve_per_field_applies_each_decision_and_stays_open_for_the_undecided_field() {
        HttpResponse<String> response = api.postJson(
                "/api/mentors/1002/conflicts/resolve", "{\"resolutions\": {\"first_name\": \"accept_gb\"}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select first_name from mentors", String.class))
                .isEqualTo("Robert");
        assertThat(response.body())
                .contains("\"needs_manual_review\":true")
                .contains("\"field\":\"phone\"")
                .doesNotContain("first_name");
        assertThat(jdbc.queryForObject("select changed_by from mentor_field_changes", String.class))
                .isEqualTo("admin");
    }

    @Test
    void resolve_with_one_action_for_all_fields_resolves_the_conflict() {
        HttpResponse<String> response =
                api.postJson("/api/mentors/1002/conflicts/resolve", "{\"action\": \"keep_ours\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"none\"");
        assertThat(jdbc.queryForObject("select resolved from mn_errors", Boolean.class))
                .isTrue();
    }

    @Test
    void an_unknown_action_is_refused_with_a_clear_message_and_changes_nothing() {
        HttpResponse<String> response =
                api.postJson("/api/mentors/1002/conflicts/resolve", "{\"action\": \"delete_everything\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("keep_ours, accept_gb or manual");
        assertThat(jdbc.queryForObject("select resolved from mn_errors", Boolean.class))
                .isFalse();
    }

    @Test
    void an_unknown_mentor_answers_404() {
        assertThat(api.get("/api/mentors/9999/conflicts").statusCode()).isEqualTo(404);
    }
}
