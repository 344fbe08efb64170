package org.swab.mentorsync.base.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.swab.mentorsync.support.FakeApisExtension;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeContacts;
import org.swab.mentorsync.sync.fake.FakeMember;
import org.swab.mentorsync.sync.fake.FakeSetup;
import org.swab.mentorsync.sync.fake.FakeSignup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The examples of the API description are what the endpoints really answer: each call below runs against a small
 * synced season, and its answer must have the shape (every key, nested) of the recorded example. Re-record after an
 * endpoint changes: {@code ./mvnw verify -Dit.test=ApiExamplesIT -Dmentorsync.record-api-examples=true}, which
 * rewrites src/main/resources/openapi/examples.json.
 */
@IntegrationTest
class ApiExamplesIT {

    @RegisterExtension
    static final FakeApisExtension FAKE_APIS = new FakeApisExtension();

    static final FakeApis APIS = FAKE_APIS.apis();
    static final FakeContacts CONTACTS = new FakeContacts(APIS);
    static final boolean RECORD = Boolean.getBoolean("mentorsync.record-api-examples");
    static final Path EXAMPLES = Path.of("src/main/resources", ApiDescription.EXAMPLES);
    static final String BASIC = "Basic "
            + Base64.getEncoder()
                    .encodeToString((IntegrationTest.ADMIN_USERNAME + ":" + IntegrationTest.ADMIN_PASSWORD)
                            .getBytes(StandardCharsets.UTF_8));
    static final String BOUNDARY = "example-" + UUID.randomUUID();
    static final String CONTACTS_CSV = String.join(
                    "\n",
                    "Givebutter Contact ID,Contact External ID,First Name,Last Name,Primary Email,Primary Phone",
                    "30001,,Ann,Lee,ann.lee@example.org,(706) 555-0101",
                    "30002,,Bo,Ray,,706.555.0102",
                    "30003,,Cy,Poe,cy@example.org,(706) 555-0101")
            + "\n";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void aSmallSeason() {
        APIS.serveUser();
        APIS.serveForms();
        APIS.serveQuestions();
        APIS.serveSignups(List.of(
                FakeSignup.of("250000000400001", "2026-09-01 10:00:00", "Ann", "Lee", "(706) 555-0101", "MN2001"),
                FakeSignup.of("250000000400002", "2026-09-02 10:00:00", "Bo", "Ray", "(706) 555-0102", "MN2002")));
        APIS.serveSetups(List.of(new FakeSetup("250000000500001", "2026-09-03 10:00:00", "7065550101", "")));
        APIS.serveMembers(
                List.of(new FakeMember(7001, "Ann", "Lee", "ann.lee@example.org", "+17065550101", 120, false)));
        // Ann's last name changed in Givebutter: a conflict to review
        CONTACTS.serve(FakeContacts.contact(30001, "Ann", "Leigh", "+17065550101", "ann.lee@example.org"));
        CONTACTS.serve(FakeContacts.contact(30002, "Bo", "Ray", "+17065550102"));
    }

    /** In the order an admin meets them: configure, sync, upload, look, decide, export. */
    List<Call> calls() {
        String settings = settingsBody();
        return List.of(
                new Call("GET", "/api/sync/config", null),
                new Call("POST", "/api/sync/config", settings),
                new Call("POST", "/api/sync/test-keys", null),
                new Call("POST", "/api/sync/discover-jotform", null),
                new Call("POST", "/api/sync/discover-givebutter", null),
                new Call("POST", "/api/sync/initialize", settings),
                new Call("POST", "/api/sync/run", null),
                new Call("POST", "/api/sync/features/csv-upload", CONTACTS_CSV),
                new Call("GET", "/api/sync/features/csv-status", null),
                new Call("GET", "/api/sync/features/duplicates", null),
                new Call("POST", "/api/sync/contacts/run", null),
                new Call("GET", "/api/mentors", null),
                new Call("GET", "/api/mentors/funnel", null),
                new Call("GET", "/api/mentors/export", null),
                new Call("GET", "/api/mentors/{mnId}", null),
                new Call("PUT", "/api/mentors/{mnId}/training", "{\"done\": true}"),
                new Call("GET", "/api/mentors/{mnId}/conflicts", null),
                new Call("POST", "/api/mentors/{mnId}/conflicts/resolve", "{\"action\": \"keep_ours\"}"),
                new Call("POST", "/api/sync/features/contact-export?dry_run=true", "{\"include_all\": true}"),
                new Call("POST", "/api/sync/features/contact-export", "{\"include_all\": true}"),
                new Call(
                        "POST",
                        "/api/sync/features/text-export",
                        "{\"name\": \"Fall reminder\", \"statuses\": [\"needs_setup\", \"needs_page\", "
                                + "\"needs_fundraising\", \"needs_training\", \"complete\"], "
                                + "\"template\": \"Hi {preferred_name}! You have raised {amount_raised}.\"}"),
                new Call("GET", "/api/communications/campaigns", null),
                new Call("GET", "/api/communications/campaigns/{id}/file", null),
                new Call("DELETE", "/api/mentors/{mnId}/contact", null),
                new Call(
                        "POST",
                        "/api/sync/new-season",
                        "{\"confirm_campaign_code\": \"" + FakeApis.CAMPAIGN_CODE + "\"}"),
                new Call("GET", "/api/sync/log", null),
                new Call("GET", "/api/errors", null),
                new Call("POST", "/api/errors/{id}/resolve", null),
                new Call("GET", "/api/seasons", null));
    }

    @Test
    void every_recorded_example_has_the_shape_the_endpoint_really_answers() throws Exception {
        ObjectNode recorded = RECORD ? json.createObjectNode() : (ObjectNode) json.readTree(EXAMPLES.toFile());
        List<String> differences = new ArrayList<>();
        for (Call call : calls()) {
            HttpResponse<String> response = send(call);
            JsonNode answer = parse(response);
            String key = call.method() + " " + call.documentedPath();
            ObjectNode example = recorded.has(key) ? (ObjectNode) recorded.get(key) : recorded.putObject(key);
            if (RECORD) {
                if (call.body() != null && !call.isUpload()) {
                    example.set("request", json.readTree(call.body()));
                }
                example.withObject("responses")
                        .withObject(String.valueOf(response.statusCode()))
                        .set(mediaType(response), answer);
            } else {
                JsonNode expected = example.path("responses")
                        .path(String.valueOf(response.statusCode()))
                        .path(mediaType(response));
                if (expected.isMissingNode()) {
                    differences.add(key + " answered " + response.statusCode() + " " + mediaType(response)
                            + ", the example has " + example.path("responses"));
                } else if (!shape(expected).equals(shape(answer))) {
                    differences.add(key + ": example " + shape(expected) + " but answered " + shape(answer));
                }
            }
        }
        if (RECORD) {
            // the fakes' addresses read as the real services'
            String file = json.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(recorded)
                    .replace(APIS.jotformBaseUrl(), "https://api.jotform.com")
                    .replace(APIS.givebutterBaseUrl(), "https://api.givebutter.com/v1");
            Files.writeString(EXAMPLES, file + "\n");
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void every_api_operation_has_a_recorded_example() throws IOException {
        JsonNode recorded = json.readTree(EXAMPLES.toFile());
        Set<String> operations = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(path -> path.startsWith("/api/"))
                        .forEach(path -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> operations.add(method.name() + " " + path))));

        assertThat(operations).isNotEmpty().allMatch(recorded::has);
    }

    @Test
    void the_description_and_swagger_ui_need_the_login() throws Exception {
        for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html")) {
            HttpResponse<String> anonymous = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    private String settingsBody() {
        var settings = APIS.settings();
        ObjectNode body = json.createObjectNode();
        body.put("jotform_api_key", FakeApis.JOTFORM_KEY);
        body.put("jotform_base_url", settings.jotformBaseUrl());
        body.put("jotform_signup_form_id", settings.jotformSignupFormId());
        body.put("jotform_setup_form_id", settings.jotformSetupFormId());
        body.put("givebutter_api_key", FakeApis.GIVEBUTTER_KEY);
        body.put("givebutter_base_url", settings.givebutterBaseUrl());
        body.put("givebutter_campaign_code", settings.givebutterCampaignCode());
        return body.toString();
    }

    private HttpResponse<String> send(Call call) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + call.path().replace("{mnId}", "2001").replace("{id}", idFor(call.path()))))
                .header("Authorization", BASIC);
        if (call.isUpload()) {
            String part =
                    "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\""
                            + "\r\nContent-Type: text/csv\r\n\r\n" + call.body() + "\r\n--" + BOUNDARY + "--\r\n";
            request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofString(part, StandardCharsets.UTF_8));
        } else if (call.body() != null) {
            request.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(call + ": " + response.body()).isLessThan(500);
        return response;
    }

    /** The id a path names: the first logged error, or the text campaign the calls generated last. */
    private String idFor(String path) {
        return path.startsWith("/api/errors/")
                ? String.valueOf(jdbc.queryForObject("select coalesce(min(id), 0) from mn_errors", Long.class))
                : lastCampaignId();
    }

    private String lastCampaignId() {
        return String.valueOf(jdbc.queryForObject("select coalesce(max(id), 0) from text_campaigns", Long.class));
    }

    private static String mediaType(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("text/plain");
        return type.split(";")[0].trim();
    }

    private JsonNode parse(HttpResponse<String> response) {
        if (mediaType(response).equals("application/json")) {
            return json.readTree(response.body());
        }
        return json.getNodeFactory().stringNode(response.body());
    }

    /** Every key path of a JSON answer (arrays by their first element); a text answer by its first line's form. */
    private Set<String> shape(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        if (node.isString()) {
            String first = node.asString().lines().findFirst().orElse("");
            paths.add(first.startsWith("data:") ? "event stream" : first.contains(",") ? "csv" : "text");
            return paths;
        }
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String at, Set<String> paths) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                String path = at + "/" + field.getKey();
                paths.add(path);
                collect(field.getValue(), path, paths);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            collect(node.get(0), at + "[]", paths);
        }
    }

    record Call(String method, String path, String body) {

        boolean isUpload() {
            return path.endsWith("/csv-upload");
        }

        /** The path as the description names it: without the query. */
        String documentedPath() {
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }
    }
}
