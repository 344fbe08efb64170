package org.swab.mentorsync.mentor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.mentor.MentorRoster;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class MentorExportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void mentorsOfThisAndALastSeason() {
        cleaner.clean();
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, last_name, status_category, phone, gb_contact_id, dropped)
                values ('4001', 'Ann', 'Lee', 'needs_fundraising', '+17065550101', 30001, false),
                       ('4002', '=HYPERLINK("http://x.example")', 'Ray', 'needs_setup', null, null, false),
                       ('4003', 'Cy', 'Poe', 'complete', '+17065550103', null, true)
                """);
        jdbc.update("""
                insert into mn_tasks (mn_id, setup_done, campaign_member, amount_raised, setup_at)
                values ('4001', true, true, 45.50, '2026-09-03T10:00:00Z')
                """);
        jdbc.update("insert into mentors (mn_id, preferred_name, status_category) values ('4004', 'Di', 'needs_page')");
        jdbc.update("insert into mn_contact_unlinks (mn_id, contact_id, unlinked_at, unlinked_by) "
                + "values ('4004', 30004, now(), 'admin')");
        jdbc.update("""
                insert into seasons (label, campaign_code, archived_at, archived_by, mentors_archived, errors_closed)
                values ('CQVG3W 2025', 'CQVG3W', now(), 'admin', 2, 0)
                """);
        jdbc.update("""
                insert into season_mentors (season, archived_at, mn_id, preferred_name, last_name, status_category,
                                            gb_contact_id, dropped)
                values ('CQVG3W 2025', now(), '3001', 'Old', 'Timer', 'complete', 20001, false),
                       ('CQVG3W 2025', now(), '3002', 'Gone', 'Away', 'needs_setup', null, true)
                """);
        jdbc.update("""
                insert into season_mn_tasks (season, archived_at, mn_id, amount_raised, fundraised_done, training_done)
                values ('CQVG3W 2025', now(), '3001', 80, true, true)
                """);
    }

    @Test
    void every_active_mentor_comes_with_tasks_status_ids_and_contact_state_and_hostile_names_come_out_inert() {
        HttpResponse<String> response = new ApiClient(port).get("/api/mentors/export");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .matches("attachment; filename=\"mentors-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        assertThat(response.body()).startsWith("\uFEFFmn_id,preferred_name,").contains("\r\n");
        List<String[]> rows = read(response.body());
        assertThat(rows.getFirst()).containsExactlyElementsOf(MentorRoster.COLUMNS);
        assertThat(rows).extracting(row -> row[0]).containsExactly("mn_id", "4001", "4002", "4004");
        String[] ann = rows.get(1);
        assertThat(value(ann, "phone")).isEqualTo("+17065550101");
        assertThat(value(ann, "status")).isEqualTo("needs_fundraising");
        assertThat(value(ann, "status_label")).isEqualTo("Needs fundraising");
        assertThat(value(ann, "gb_contact_id")).isEqualTo("30001");
        assertThat(value(ann, "contact_state")).isEqualTo("pending");
        assertThat(value(ann, "setup_done")).isEqualTo("yes");
        assertThat(value(ann, "setup_at")).isEqualTo("2026-09-03T10:00:00Z");
        assertThat(value(ann, "amount_raised")).isEqualTo("45.50");
        assertThat(value(ann, "training_done")).isEqualTo("no");
        assertThat(value(rows.get(2), "preferred_name")).isEqualTo("'=HYPERLINK(\"http://x.example\")");
        assertThat(value(rows.get(2), "contact_state")).isEqualTo("no_contact_id");
        assertThat(value(rows.get(3), "contact_state")).isEqualTo("unlinked");
    }

    @Test
    void an_archived_season_exports_the_same_columns_and_an_unknown_one_is_a_404() {
        ApiClient api = new ApiClient(port);

        HttpResponse<String> response =
                api.get("/api/mentors/export?season=" + URLEncoder.encode("CQVG3W 2025", StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("mentors-CQVG3W-2025.csv");
        List<String[]> rows = read(response.body());
        assertThat(rows.getFirst()).containsExactlyElementsOf(MentorRoster.COLUMNS);
        assertThat(rows).extracting(row -> row[0]).containsExactly("mn_id", "3001");
        assertThat(value(rows.get(1), "contact_state")).isEqualTo("linked");
        assertThat(value(rows.get(1), "fundraised_done")).isEqualTo("yes");
        assertThat(value(rows.get(1), "amount_raised")).isEqualTo("80.00");
        HttpResponse<String> unknown = api.get("/api/mentors/export?season=nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"error\":\"unknown_season\"");
    }

    private static String value(String[] row, String column) {
        return row[MentorRoster.COLUMNS.indexOf(column)];
    }

    private static List<String[]> read(String body) {
        try (CSVReader reader = new CSVReader(new StringReader(body.substring(1)))) {
            return reader.readAll();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
