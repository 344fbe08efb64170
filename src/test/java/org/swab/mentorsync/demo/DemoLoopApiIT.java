package org.swab.mentorsync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.DemoIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole loop over REST, as the issue checks it: initialize with the demo settings, upload the simulator's export,
 * feed the generated contact import to the simulator (nothing rejected), upload a fresh export: ≥ 95 % coverage.
 */
@DemoIntegrationTest
class DemoLoopApiIT {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseCleaner cleaner;

    final JsonMapper json = JsonMapper.builder().build();
    ApiClient api;

    @BeforeEach
    void newSystemOnTheSeededDemo() {
        cleaner.clean();
        api = new ApiClient(port);
        assertThat(api.send(api.request("/demo-api/restart")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void after_the_contact_import_and_a_fresh_export_nearly_every_mentor_has_a_contact_id() {
        HttpResponse<String> initialized = api.postJson(
                "/api/sync/initialize", api.get("/demo-api/settings").body());
        assertThat(initialized.statusCode()).as(initialized.body()).isEqualTo(200);
        assertThat(json.readTree(initialized.body()).path("mentors_imported").asInt())
                .isBetween(540, 560);

        upload("contacts-first.csv");
        double before = coverage();
        assertThat(before).isBetween(60.0, 95.0);

        HttpResponse<byte[]> contactImport = api.send(
                api.request("/api/sync/features/contact-export")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(contactImport.statusCode()).isEqualTo(200);
        HttpResponse<String> imported =
                api.postFile("/demo-api/givebutter/import", "contact-import.csv", contactImport.body());
        JsonNode result = json.readTree(imported.body());
        assertThat(result.path("rejected")).as(imported.body()).isEmpty();
        assertThat(result.path("created").asInt() + result.path("updated").asInt())
                .isGreaterThan(500);

        upload("contacts-fresh.csv");
        double after = coverage();
        assertThat(after).isGreaterThanOrEqualTo(95.0).isGreaterThan(before);
    }

    private void upload(String filename) {
        HttpResponse<byte[]> export = api.getBytes("/demo-api/givebutter/export.csv");
        assertThat(export.statusCode()).isEqualTo(200);
        HttpResponse<String> uploaded = api.postFile("/api/sync/features/csv-upload", filename, export.body());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    }

    private double coverage() {
        JsonNode status = json.readTree(api.get("/api/sync/features/csv-status").body());
        return status.path("coverage").path("coverage_percent").asDouble();
    }
}
