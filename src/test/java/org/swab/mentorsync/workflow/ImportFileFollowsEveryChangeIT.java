package org.swab.mentorsync.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.swab.mentorsync.support.FakeApisExtension;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.SyncListener;
import org.swab.mentorsync.sync.SyncOutcome;
import org.swab.mentorsync.sync.SyncRequest;
import org.swab.mentorsync.sync.SyncService;
import org.swab.mentorsync.sync.TriggeredBy;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeContacts;
import org.swab.mentorsync.sync.fake.FakeSignup;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Givebutter contact import as an admin meets it: each step is what they do in the app (a sync, an upload, an
 * unlink, a conflict decision), and right after it the file they would download is read — no step seeds the import
 * table by hand.
 */
@IntegrationTest
class ImportFileFollowsEveryChangeIT {

    @RegisterExtension
    static final FakeApisExtension FAKE_APIS = new FakeApisExtension();

    static final FakeApis APIS = FAKE_APIS.apis();
    static final FakeContacts CONTACTS = new FakeContacts(APIS);
    static final String EXPORT_HEADER =
            "Givebutter Contact ID,Contact External ID,First Name,Last Name,Primary Email," + "Primary Phone,Tags";

    @LocalServerPort
    int port;

    @Autowired
    SyncService syncService;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path directory;

    @BeforeEach
    void aSyncedSeasonOfTwoMentors() {
        APIS.serveSignups(List.of(
                FakeSignup.of("250000000400001", "2026-09-01 10:00:00", "Ann", "Lee", "(706) 555-0101", "MN2001"),
                FakeSignup.of("250000000400002", "2026-09-02 10:00:00", "Bo", "Ray", "(706) 555-0102", "MN2002")));
        APIS.serveSetups(List.of());
        APIS.serveMembers(List.of());
        succeeded(syncService.run(SyncRequest.manual("admin"), SyncListener.NONE));
    }

    @Test
    void the_import_generated_right_after_an_upload_carries_the_captured_contact_ids() throws Exception {
        assertThat(importFile().get("2001"))
                .containsEntry("Givebutter Contact ID", "")
                .containsEntry("Contact External ID", "2001");

        uploadExport();

        Map<String, Map<String, String>> file = importFile();
        assertThat(file.get("2001")).containsEntry("Givebutter Contact ID", "30001");
        assertThat(file.get("2002")).containsEntry("Givebutter Contact ID", "30002");
    }

    @Test
    void an_unlinked_contact_leaves_the_file_at_once_and_a_re_upload_never_links_it_again() throws Exception {
        uploadExport();

        ResponseEntity<String> unlinked =
                client().delete().uri("/api/mentors/2001/contact").retrieve().toEntity(String.class);
        assertThat(unlinked.getStatusCode().value()).isEqualTo(200);
        assertThat(unlinked.getBody()).contains("\"unlinked\":true");
        assertThat(importFile().get("2001"))
                .containsEntry("Givebutter Contact ID", "")
                .containsEntry("Contact External ID", "2001");

        uploadExport();

        assertThat(jdbc.queryForObject("select gb_contact_id from mentors where mn_id = '2001'", Long.class))
                .isNull();
        assertThat(jdbc.queryForObject("select gb_contact_id from mentors where mn_id = '2002'", Long.class))
                .isEqualTo(30002L);
        assertThat(importFile().get("2001")).containsEntry("Givebutter Contact ID", "");
    }

    @Test
    void an_unlink_of_an_unknown_mentor_is_a_json_404() {
        ResponseEntity<String> response = client().delete()
                .uri("/api/mentors/9999/contact")
                .retrieve()
                .onStatus(status -> true, (request, reply) -> {})
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody()).contains("No mentor with id 9999");
    }

    @Test
    void values_synced_back_by_the_contact_sync_and_a_conflict_accepted_from_givebutter_reach_the_next_file()
            throws Exception {
        uploadExport();
        ObjectNode ann = FakeContacts.contact(30001, "Ann", "Leigh", "+17065550101", "ann.new@example.org");
        CONTACTS.serve(ann);
        CONTACTS.serve(FakeContacts.contact(30002, "Bo", "Ray", "+17065550102"));

        succeeded(syncService.run(SyncRequest.contactSync(TriggeredBy.MANUAL, "admin"), SyncListener.NONE));

        assertThat(importFile().get("2001"))
                .containsEntry("Primary Email", "ann.new@example.org")
                .containsEntry("Last Name", "Lee");

        ResponseEntity<String> resolved = client().post()
                .uri("/api/mentors/2001/conflicts/resolve")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"resolutions\": {\"last_name\": \"accept_gb\", \"uga_email\": \"keep_ours\"}}")
                .retrieve()
                .toEntity(String.class);
        assertThat(resolved.getStatusCode().value()).isEqualTo(200);

        assertThat(importFile().get("2001"))
                .containsEntry("Last Name", "Leigh")
                .containsEntry("Givebutter Contact ID", "30001");
    }

    @Test
    void a_downloaded_rows_export_mark_survives_the_next_sync() {
        importFile();
        assertThat(exportMarks()).containsExactly("2001", "2002");

        succeeded(syncService.run(SyncRequest.manual("admin"), SyncListener.NONE));

        assertThat(exportMarks()).containsExactly("2001", "2002");
    }

    private List<String> exportMarks() {
        return jdbc.queryForList(
                "select mn_id from mn_gb_import where last_exported_at is not null order by mn_id", String.class);
    }

    private static void succeeded(SyncOutcome outcome) {
        assertThat(outcome.succeeded()).as(outcome.errorMessage()).isTrue();
    }

    /** Givebutter's full contacts export with both mentors' contacts and a stranger. */
    private void uploadExport() throws Exception {
        Path file = Files.writeString(
                directory.resolve("contacts-" + System.nanoTime() + ".csv"),
                String.join(
                                "\n",
                                "Givebutter Contact ID,Contact External ID,First Name,Last Name,Primary Email,"
                                        + "Primary Phone",
                                "30001,,Ann,Lee,,(706) 555-0101",
                                "30002,,Bo,Ray,,706.555.0102",
                                "30003,,Cy,Poe,cy@example.org,(706) 555-0199")
                        + "\n",
                StandardCharsets.UTF_8);
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new FileSystemResource(file));
        ResponseEntity<String> response = client().post()
                .uri("/api/sync/features/csv-upload?confirm_partial=true")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .toEntity(String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    }

    /** The file the admin downloads, by mentor id (the external id, or the row's mentor when updating by id). */
    private Map<String, Map<String, String>> importFile() {
        byte[] body = client().post()
                .uri("/api/sync/features/contact-export")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"include_all\": true}")
                .retrieve()
                .body(byte[].class);
        String content = new String(body, StandardCharsets.UTF_8);
        try (CSVReader reader =
                new CSVReader(new StringReader(content.substring(content.startsWith("\uFEFF") ? 1 : 0)))) {
            List<String[]> lines = reader.readAll();
            List<String> header = Arrays.asList(lines.getFirst());
            Map<String, Map<String, String>> byMentor = new HashMap<>();
            for (String[] line : lines.subList(1, lines.size())) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), line[i]);
                }
                byMentor.put(mentorOf(row), row);
            }
            return byMentor;
        } catch (Exception e) {
            throw new IllegalStateException("The import file is not readable CSV", e);
        }
    }

    private String mentorOf(Map<String, String> row) {
        if (!row.get("Contact External ID").isEmpty()) {
            return row.get("Contact External ID");
        }
        return jdbc.queryForObject(
                "select mn_id from mentors where gb_contact_id = ?",
                String.class,
                Long.parseLong(row.get("Givebutter Contact ID")));
    }

    private RestClient client() {
        String credentials = Base64.getEncoder()
                .encodeToString((IntegrationTest.ADMIN_USERNAME + ":" + IntegrationTest.ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials)
                .build();
    }
}
