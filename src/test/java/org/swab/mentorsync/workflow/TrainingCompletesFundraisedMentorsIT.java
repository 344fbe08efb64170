package org.swab.mentorsync.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.mentor.MentorService;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.SyncListener;
import org.swab.mentorsync.sync.SyncOutcome;
import org.swab.mentorsync.sync.SyncRequest;
import org.swab.mentorsync.sync.SyncService;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeMember;
import org.swab.mentorsync.sync.fake.FakeSignup;

/**
 * Training as the admin marks it after a session: a fundraised mentor becomes Complete at once, in the mentor, its
 * status text and the Givebutter import file, and the audit trail says who and when; the next sync keeps it.
 */
@IntegrationTest
class TrainingCompletesFundraisedMentorsIT {

    static final FakeApis APIS = new FakeApis();

    @LocalServerPort
    int port;

    @Autowired
    SyncService syncService;

    @Autowired
    SyncConfigService configService;

    @Autowired
    MentorService mentorService;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stopFake() {
        APIS.close();
    }

    /** Ann raised her goal, Bo is still fundraising; neither is trained. */
    @BeforeEach
    void aSyncedSeasonWithOneFundraisedMentor() {
        cleaner.clean();
        APIS.reset();
        configService.updateApiSettings(APIS.settings());
        APIS.serveSignups(List.of(
                FakeSignup.of("250000000500001", "2026-09-01 10:00:00", "Ann", "Lee", "(706) 555-0101", "MN2001"),
                FakeSignup.of("250000000500002", "2026-09-02 10:00:00", "Bo", "Ray", "(706) 555-0102", "MN2002")));
        APIS.serveSetups(List.of());
        APIS.serveMembers(List.of(
                new FakeMember(701, "Ann", "Lee", null, "(706) 555-0101", 120, false),
                new FakeMember(702, "Bo", "Ray", null, "(706) 555-0102", 20, false)));
        succeeded(syncService.run(SyncRequest.manual("admin"), SyncListener.NONE));
        assertThat(status("2001")).isEqualTo("needs_training");
    }

    @Test
    void marking_a_fundraised_mentor_trained_makes_them_complete_at_once_with_status_text_and_import_tag() {
        Instant before = Instant.now();

        HttpResponse<String> response = put("/api/mentors/2001/training", "{\"done\": true}");
        Instant after = Instant.now();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"status\":\"complete\"")
                .contains("\"training_done\":true")
                .contains("fully fundraised and trained");
        assertThat(status("2001")).isEqualTo("complete");
        assertThat(jdbc.queryForObject("select status_text from mentors where mn_id = '2001'", String.class))
                .contains("fully fundraised and trained");
        assertThat(importFile().get("2001").get("Tags")).contains("- Complete").doesNotContain("Needs training");
        Map<String, Object> audit = jdbc.queryForMap("select old_value, new_value, source, changed_by, changed_at "
                + "from mentor_field_changes where mn_id = '2001' and field = 'training_done'");
        assertThat(audit)
                .containsEntry("old_value", "No")
                .containsEntry("new_value", "Yes")
                .containsEntry("source", "admin")
                .containsEntry("changed_by", IntegrationTest.ADMIN_USERNAME);
        assertThat(((Timestamp) audit.get("changed_at")).toInstant()).isBetween(before, after);
    }

    @Test
    void training_survives_the_next_sync_and_undoing_it_puts_the_mentor_back_at_needs_training() {
        mentorService.setTraining("2001", true, "admin");

        succeeded(syncService.run(SyncRequest.manual("admin"), SyncListener.NONE));
        assertThat(status("2001")).isEqualTo("complete");

        mentorService.setTraining("2001", false, "admin");
        assertThat(status("2001")).isEqualTo("needs_training");
        assertThat(importFile().get("2001").get("Tags")).contains("- Needs training");
    }

    @Test
    void a_training_session_marks_many_mentors_in_one_call_and_only_the_fundraised_one_is_complete() {
        int changed = mentorService.setTraining(List.of("2001", "2002"), true, "admin");

        assertThat(changed).isEqualTo(2);
        assertThat(status("2001")).isEqualTo("complete");
        assertThat(status("2002")).isEqualTo("needs_fundraising");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mn_tasks where training_done and training_at is not null", Long.class))
                .isEqualTo(2);
        assertThat(mentorService.setTraining(List.of("2001", "2002"), true, "admin"))
                .isZero();
    }

    @Test
    void marking_an_unknown_mentor_is_a_json_404_and_a_body_without_done_is_a_400() {
        assertThat(put("/api/mentors/9999/training", "{\"done\": true}").statusCode())
                .isEqualTo(404);
        assertThat(put("/api/mentors/2001/training", "{}").statusCode()).isEqualTo(400);
        assertThat(status("2001")).isEqualTo("needs_training");
    }

    private String status(String mnId) {
        return jdbc.queryForObject("select status_category from mentors where mn_id = ?", String.class, mnId);
    }

    private HttpResponse<String> put(String path, String json) {
        ApiClient api = new ApiClient(port);
        return api.send(api.request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static void succeeded(SyncOutcome outcome) {
        assertThat(outcome.succeeded()).as(outcome.errorMessage()).isTrue();
    }

    /** The Givebutter import file the admin downloads, by external id. */
    private Map<String, Map<String, String>> importFile() {
        HttpResponse<String> response =
                new ApiClient(port).postJson("/api/sync/features/contact-export", "{\"include_all\": true}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (CSVReader reader = new CSVReader(new StringReader(response.body()))) {
            List<String[]> lines = reader.readAll();
            List<String> header = Arrays.asList(lines.getFirst());
            Map<String, Map<String, String>> byMentor = new HashMap<>();
            for (String[] line : lines.subList(1, lines.size())) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), line[i]);
                }
                byMentor.put(row.get("Contact External ID"), row);
            }
            return byMentor;
        } catch (Exception e) {
            throw new IllegalStateException("The import file is not readable CSV", e);
        }
    }
}
