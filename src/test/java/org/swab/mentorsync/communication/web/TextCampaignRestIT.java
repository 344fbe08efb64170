package org.swab.mentorsync.communication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class TextCampaignRestIT {

    static final String CAMPAIGN = """
            {"name": "Fall reminder", "statuses": ["needs_setup", "needs_page"],
             "template": "Hi {preferred_name}! Please finish your setup form."}
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    Clock clock;

    ApiClient api;

    @BeforeEach
    void mentors() {
        cleaner.clean();
        api = new ApiClient(port);
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, last_name, status_category, phone) values
                  ('3001', 'Ann', 'Lee', 'needs_setup', '+17065550101'),
                  ('3002', 'Bo', 'Ray', 'needs_page', null),
                  ('3003', 'Cy', 'Poe', 'complete', '+17065550103')
                """);
    }

    @Test
    void with_a_fresh_contacts_csv_the_export_answers_the_csv_and_the_history_downloads_it_again_unchanged() {
        uploadedAgo(Duration.ofHours(2));

        HttpResponse<String> export = api.postJson("/api/sync/features/text-export", CAMPAIGN);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment")
                .matches(".*text-campaign-\\d{4}-\\d{2}-\\d{2}-fall-reminder\\.csv.*");
        assertThat(export.headers().firstValue("X-Recipients")).hasValue("1");
        assertThat(export.body())
                .isEqualTo("\uFEFFName,Phone,Message\r\n"
                        + "Ann Lee,+17065550101,Hi Ann! Please finish your setup form.\r\n");

        HttpResponse<String> history = api.get("/api/communications/campaigns");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body())
                .contains("\"name\":\"Fall reminder\"")
                .contains("\"statuses\":[\"needs_setup\",\"needs_page\"]")
                .contains("\"recipients\":1")
                .contains("\"without_phone\":1")
                .doesNotContain("file_content");
        long id = jdbc.queryForObject("select id from text_campaigns", Long.class);
        HttpResponse<byte[]> again = api.send(
                api.request("/api/communications/campaigns/" + id + "/file")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Arrays.equals(
                        again.body(), jdbc.queryForObject("select file_content from text_campaigns", byte[].class)))
                .isTrue();
        assertThat(new String(again.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(export.body());
        assertThat(api.get("/api/communications/campaigns/" + (id + 1) + "/file")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_25_hour_old_contacts_csv_or_none_is_refused_with_409_and_the_reason() {
        uploadedAgo(Duration.ofHours(25));

        HttpResponse<String> stale = api.postJson("/api/sync/features/text-export", CAMPAIGN);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"error\":\"csv_stale\"").contains("25 hours old");
        jdbc.update("delete from csv_import_log");
        HttpResponse<String> missing = api.postJson("/api/sync/features/text-export", CAMPAIGN);
        assertThat(missing.statusCode()).isEqualTo(409);
        assertThat(missing.body()).contains("\"error\":\"csv_missing\"");
        assertThat(jdbc.queryForObject("select count(*) from text_campaigns", Long.class))
                .isZero();
    }

    @Test
    void no_statuses_an_empty_template_or_an_unknown_status_is_a_400() {
        uploadedAgo(Duration.ofHours(1));

        HttpResponse<String> noStatus = api.postJson(
                "/api/sync/features/text-export", "{\"name\": \"x\", \"statuses\": [], \"template\": \"Hi\"}");
        HttpResponse<String> empty = api.postJson(
                "/api/sync/features/text-export",
                "{\"name\": \"x\", \"statuses\": [\"complete\"], \"template\": \"\"}");
        HttpResponse<String> unknown =
                api.postJson("/api/sync/features/text-export", "{\"statuses\": [\"done\"], \"template\": \"Hi\"}");

        assertThat(noStatus.statusCode()).isEqualTo(400);
        assertThat(noStatus.body()).contains("\"error\":\"invalid_request\"").contains("at least one status");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("The message is empty.");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Unknown status 'done'");
    }

    private void uploadedAgo(Duration age) {
        jdbc.update("delete from csv_import_log");
        jdbc.update(
                "insert into csv_import_log (filename, outcome, uploaded_at) values ('export.csv', 'completed', ?)",
                Timestamp.from(clock.instant().minus(age)));
    }
}
