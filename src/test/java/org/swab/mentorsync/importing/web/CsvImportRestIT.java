package org.swab.mentorsync.importing.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.DiskGrowthWatcher;
import org.swab.mentorsync.support.GeneratedUpload;
import org.swab.mentorsync.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The upload endpoints over real HTTP, as a script or curl would call them. */
@IntegrationTest
class CsvImportRestIT {

    private static final String HEADER = "Givebutter Contact ID,First Name,Last Name,Primary Email,Primary Phone";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JsonMapper json;

    @Autowired
    ServletContext servletContext;

    @TempDir
    Path directory;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
        jdbc.update("insert into mentors (mn_id, phone, personal_email, preferred_name) values "
                + "('1001', '+17065550134', 'ann@x.org', 'Ann'), ('1002', '+17065550999', 'bo@x.org', 'Bo')");
    }

    @Test
    void uploading_an_export_answers_the_design_summary_in_snake_case() throws Exception {
        ResponseEntity<String> response = upload(
                file(
                        "export.csv",
                        HEADER + "\n11,Ann,Lee,,(706) 555-0134\n" + "12,Cy,Poe,cy@x.org,\n13,Cy,Poe,CY@x.org,\n"),
                false);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("contacts_imported").asLong()).isEqualTo(3);
        assertThat(body.get("mentors_matched").asInt()).isEqualTo(1);
        assertThat(body.get("new_contact_ids_captured").asInt()).isEqualTo(1);
        assertThat(body.get("duplicates_detected").asInt()).isEqualTo(1);
        assertThat(body.get("mentors_without_contact").asLong()).isEqualTo(1);
        assertThat(body.get("coverage_percent").asDouble()).isEqualTo(50.0);
        assertThat(body.has("csv_age_hours")).isTrue();
        assertThat(body.get("upload_id").asLong()).isPositive();
        assertThat(jdbc.queryForObject("select uploaded_by from csv_import_log", String.class))
                .isEqualTo("admin");
    }

    @Test
    void a_bad_file_answers_400_with_the_line_and_a_binary_one_415() throws Exception {
        ResponseEntity<String> badRow = upload(file("bad.csv", HEADER + "\n11,Ann,Lee,,\nx1,Bo,Ray,,\n"), false);
        ResponseEntity<String> binary =
                upload(Files.write(directory.resolve("c.xlsx"), new byte[] {'P', 'K', 0, 1}), false);

        assertThat(badRow.getStatusCode().value()).isEqualTo(400);
        JsonNode body = json.readTree(badRow.getBody());
        assertThat(body.get("error").asString()).isEqualTo("bad_contact_id");
        assertThat(body.get("line").asLong()).isEqualTo(3);
        assertThat(body.get("message").asString()).startsWith("Line 3: Givebutter Contact ID \"x1\" is not a number");
        assertThat(binary.getStatusCode().value()).isEqualTo(415);
        assertThat(jdbc.queryForObject("select count(*) from raw_gb_full_contacts", Long.class))
                .isZero();
    }

    @Test
    void a_much_smaller_file_answers_409_until_confirm_partial_is_sent() throws Exception {
        StringBuilder full = new StringBuilder(HEADER).append('\n');
        for (int id = 1; id <= 40; id++) {
            full.append(id).append(",P,Q,p").append(id).append("@x.org,\n");
        }
        assertThat(upload(file("full.csv", full.toString()), false)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        Path small = file("small.csv", HEADER + "\n99,Zed,Ray,zed@x.org,\n");

        ResponseEntity<String> refused = upload(small, false);
        ResponseEntity<String> confirmed = upload(small, true);

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(refused.getBody()).get("message").asString())
                .startsWith("This CSV has 98 % fewer contacts (1 vs 40). Is this a filtered export?");
        assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from raw_gb_full_contacts", Long.class))
                .isEqualTo(41);
    }

    /** Sent like curl: the server has read the whole file when it answers, then drops what is left. */
    @Test
    void confirm_partial_may_come_as_a_form_field_after_the_file_and_what_is_no_upload_form_gets_a_json_answer()
            throws Exception {
        StringBuilder full = new StringBuilder(HEADER).append('\n');
        for (int id = 1; id <= 40; id++) {
            full.append(id).append(",P,Q,p").append(id).append("@x.org,\n");
        }
        upload(file("full.csv", full.toString()), false);
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new FileSystemResource(file("small.csv", HEADER + "\n99,Zed,Ray,zed@x.org,\n")));
        form.add("confirm_partial", "true");
        var noFile = new LinkedMultiValueMap<String, Object>();
        noFile.add("other", new FileSystemResource(file("other.csv", HEADER + "\n")));

        ResponseEntity<String> confirmed = post(MediaType.MULTIPART_FORM_DATA, form);
        ResponseEntity<String> withoutFile = post(MediaType.MULTIPART_FORM_DATA, noFile);
        ResponseEntity<String> notAForm = post(MediaType.valueOf("text/csv"), HEADER + "\n1,A,B,a@x.org,\n");

        assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
        assertThat(withoutFile.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(withoutFile.getBody()).get("message").asString())
                .contains("\"file\"");
        assertThat(notAForm.getStatusCode().value()).isEqualTo(415);
        assertThat(json.readTree(notAForm.getBody()).get("error").asString()).isEqualTo("not_multipart");
        assertThat(jdbc.queryForObject("select count(*) from raw_gb_full_contacts", Long.class))
                .isEqualTo(41);
    }

    @Test
    void a_file_over_the_size_limit_answers_the_json_413() throws Exception {
        GeneratedUpload.Answer answer = new GeneratedUpload(port)
                .post(
                        "/api/sync/features/csv-upload",
                        200L * 1024 * 1024 + 1,
                        HttpHeaders.AUTHORIZATION + ": " + basicCredentials());

        assertThat(answer.status()).isEqualTo(413);
        assertThat(json.readTree(answer.body()).get("error").asString()).isEqualTo("too_large");
    }

    @Test
    void a_request_over_the_limit_answers_the_json_413_from_its_length_before_any_of_it_is_spooled() throws Exception {
        Path tomcatWorkDirectory = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
        GeneratedUpload.Answer answer;
        long growth;
        try (DiskGrowthWatcher watcher =
                DiskGrowthWatcher.watch(Path.of(System.getProperty("java.io.tmpdir")), tomcatWorkDirectory)) {
            answer = new GeneratedUpload(port)
                    .post(
                            "/api/sync/features/csv-upload",
                            250L * 1024 * 1024,
                            HttpHeaders.AUTHORIZATION + ": " + basicCredentials());
            growth = watcher.maxGrowth();
        }

        assertThat(answer.status()).isEqualTo(413);
        assertThat(json.readTree(answer.body()).get("error").asString()).isEqualTo("too_large");
        assertThat(growth).isLessThan(20L * 1024 * 1024);
    }

    @Test
    void csv_status_reports_freshness_and_coverage() throws Exception {
        JsonNode before = json.readTree(get("/api/sync/features/csv-status").getBody());
        upload(file("export.csv", HEADER + "\n11,Ann,Lee,ann@x.org,\n"), false);

        JsonNode after = json.readTree(get("/api/sync/features/csv-status").getBody());

        assertThat(before.get("freshness_status").asString()).isEqualTo("missing");
        assertThat(before.get("last_upload").isNull()).isTrue();
        assertThat(after.get("freshness_status").asString()).isEqualTo("fresh");
        assertThat(after.get("last_upload").get("filename").asString()).isEqualTo("export.csv");
        assertThat(after.get("last_upload").get("total_contacts").asLong()).isEqualTo(1);
        assertThat(after.get("coverage").get("with_contact_id").asLong()).isEqualTo(1);
        assertThat(after.get("coverage").get("coverage_percent").asDouble()).isEqualTo(50.0);
    }

    @Test
    void duplicates_lists_the_groups_that_touch_a_mentor() throws Exception {
        upload(
                file(
                        "export.csv",
                        HEADER + "\n11,Ann,Lee,,706-555-0134\n22,Ann,Lee,ann@x.org,7065550134\n"
                                + "31,Zed,Ray,z@x.org,\n32,Zed,Ray,z@x.org,\n"),
                false);

        JsonNode body = json.readTree(get("/api/sync/features/duplicates").getBody());

        assertThat(body.get("total_duplicate_groups").asInt()).isEqualTo(1);
        JsonNode group = body.get("duplicates").get(0);
        assertThat(group.get("type").asString()).isEqualTo("phone");
        assertThat(group.get("identifier").asString()).isEqualTo("+17065550134");
        assertThat(group.get("count").asInt()).isEqualTo(2);
        assertThat(group.get("contact_ids").toString()).isEqualTo("[11,22]");
        assertThat(group.get("mentor_id").asString()).isEqualTo("1001");
        assertThat(group.get("resolved").asBoolean()).isFalse();
        assertThat(body.get("total_excess_contacts").asInt()).isEqualTo(1);
    }

    @Test
    void without_credentials_the_endpoints_answer_401() {
        ResponseEntity<String> response = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/api/sync/features/csv-status")
                .retrieve()
                .onStatus(status -> true, (request, reply) -> {})
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    private ResponseEntity<String> upload(Path file, boolean confirmPartial) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new FileSystemResource(file));
        return client().post()
                .uri("/api/sync/features/csv-upload?confirm_partial=" + confirmPartial)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .onStatus(status -> true, (request, reply) -> {})
                .toEntity(String.class);
    }

    private ResponseEntity<String> post(MediaType type, Object body) {
        return client().post()
                .uri("/api/sync/features/csv-upload")
                .contentType(type)
                .body(body)
                .retrieve()
                .onStatus(status -> true, (request, reply) -> {})
                .toEntity(String.class);
    }

    private ResponseEntity<String> get(String path) {
        return client().get().uri(path).retrieve().toEntity(String.class);
    }

    private RestClient client() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, basicCredentials())
                .build();
    }

    private static String basicCredentials() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((IntegrationTest.ADMIN_USERNAME + ":" + IntegrationTest.ADMIN_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8));
    }
}
