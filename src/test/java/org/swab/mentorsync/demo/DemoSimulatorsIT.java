package org.swab.mentorsync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DemoIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The simulators over real HTTP, as the app's clients and an admin's scripts call them. */
@DemoIntegrationTest
class DemoSimulatorsIT {

    @LocalServerPort
    int port;

    @Autowired
    DemoWorld world;

    @Autowired
    DemoProperties properties;

    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void fromTheSeed() {
        assertThat(new ApiClient(port)
                        .send(new ApiClient(port)
                                .request("/demo-api/restart")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void jotform_pages_the_signups_by_offset_until_a_short_page_in_its_envelope() {
        String path = "/demo-api/jotform/form/" + DemoPopulation.SIGNUP_FORM_ID
                + "/submissions?offset=%d&limit=200&orderby=created_at&direction=ASC";
        List<String> ids = new ArrayList<>();
        for (int offset = 0; ; offset += 200) {
            JsonNode envelope = json.readTree(
                    jotform(path.formatted(offset), DemoApiServers.JOTFORM_KEY).body());
            assertThat(envelope.path("responseCode").asInt()).isEqualTo(200);
            envelope.path("content").forEach(s -> ids.add(s.path("id").asString()));
            assertThat(envelope.path("resultSet").path("offset").asInt()).isEqualTo(offset);
            if (envelope.path("content").size() < 200) {
                break;
            }
        }
        assertThat(ids).hasSize(world.signups().size()).doesNotHaveDuplicates();
        assertThat(world.signups()).hasSizeBetween(540, 570);
    }

    @Test
    void jotform_takes_the_key_as_a_parameter_too_and_refuses_a_wrong_key_with_its_401_envelope() {
        HttpResponse<String> byParam = send(HttpRequest.newBuilder(
                        URI.create(base() + "/demo-api/jotform/user?apiKey=" + DemoApiServers.JOTFORM_KEY))
                .build());
        HttpResponse<String> wrong = jotform("/demo-api/jotform/user/forms", "not-the-demo-key");

        assertThat(byParam.statusCode()).isEqualTo(200);
        assertThat(json.readTree(byParam.body()).path("limit-left").asInt()).isPositive();
        assertThat(wrong.statusCode()).isEqualTo(401);
        JsonNode envelope = json.readTree(wrong.body());
        assertThat(envelope.path("responseCode").asInt()).isEqualTo(401);
        assertThat(envelope.path("message").asString()).startsWith("You're not authorized to use (/user/forms)");
    }

    @Test
    void givebutter_pages_the_members_to_the_last_page_with_ids_as_numbers_and_as_strings() {
        String path = "/demo-api/givebutter/campaigns/" + DemoPopulation.CAMPAIGN_ID + "/members?per_page=100&page=";
        JsonNode first = json.readTree(
                givebutter(path + 1, DemoApiServers.GIVEBUTTER_KEY).body());
        int lastPage = first.path("meta").path("last_page").asInt();
        JsonNode last = json.readTree(
                givebutter(path + lastPage, DemoApiServers.GIVEBUTTER_KEY).body());

        assertThat(first.path("meta").path("total").asInt())
                .isEqualTo(world.members().size());
        assertThat(world.members()).hasSizeBetween(480, 500);
        assertThat(lastPage).isEqualTo((world.members().size() + 99) / 100);
        assertThat(first.path("data")).hasSize(100);
        assertThat(first.path("links").path("next").asString()).endsWith("/members?page=2");
        assertThat(last.path("links").path("next").isNull()).isTrue();
        assertThat(last.path("data")).hasSize(world.members().size() - 100 * (lastPage - 1));
        List<Boolean> stringIds = new ArrayList<>();
        first.path("data").forEach(member -> stringIds.add(member.path("id").isString()));
        assertThat(stringIds).contains(true, false);
    }

    @Test
    void givebutter_refuses_a_wrong_key_with_401_and_a_missing_one_too() {
        HttpResponse<String> wrong = givebutter("/demo-api/givebutter/campaigns", "wrong-key-123456");
        HttpResponse<String> none = send(HttpRequest.newBuilder(URI.create(base() + "/demo-api/givebutter/campaigns"))
                .build());

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json.readTree(wrong.body()).path("message").asString()).isEqualTo("Unauthenticated.");
        assertThat(none.statusCode()).isEqualTo(401);
    }

    @Test
    void givebutter_answers_429_with_retry_after_once_pushed_past_its_requests_a_minute() {
        int answered = 0;
        HttpResponse<String> response;
        do {
            response = givebutter("/demo-api/givebutter/contacts?per_page=1", DemoApiServers.GIVEBUTTER_KEY);
            if (response.statusCode() == 200) {
                answered++;
            }
        } while (response.statusCode() == 200 && answered <= properties.givebutterRequestsPerMinute());

        assertThat(answered).isEqualTo(properties.givebutterRequestsPerMinute());
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(json.readTree(response.body()).path("message").asString()).isEqualTo("Too Many Attempts.");
        long retryAfter =
                Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
    }

    @Test
    void a_contact_is_the_bare_object_and_an_archived_one_answers_404() {
        DemoMember member = world.members().getFirst();
        long archived = world.contactsForChange().values().stream()
                .filter(DemoContact::archived)
                .findFirst()
                .orElseThrow()
                .id;

        HttpResponse<String> found =
                givebutter("/demo-api/givebutter/contacts/" + member.contactId(), DemoApiServers.GIVEBUTTER_KEY);
        HttpResponse<String> gone =
                givebutter("/demo-api/givebutter/contacts/" + archived, DemoApiServers.GIVEBUTTER_KEY);

        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode contact = json.readTree(found.body());
        assertThat(contact.path("id").asLong()).isEqualTo(member.contactId());
        assertThat(contact.has("data")).isFalse();
        assertThat(contact.path("emails").findValuesAsString("value")).contains(member.email());
        assertThat(gone.statusCode()).isEqualTo(404);
    }

    @Test
    void the_export_has_the_real_columns_a_bom_and_every_live_contact_and_needs_the_admin_login() {
        HttpResponse<byte[]> export = new ApiClient(port).getBytes("/demo-api/givebutter/export.csv");
        HttpResponse<String> anonymous =
                send(HttpRequest.newBuilder(URI.create(base() + "/demo-api/givebutter/export.csv"))
                        .build());

        assertThat(export.statusCode()).isEqualTo(200);
        byte[] body = export.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String header = csv.substring(0, csv.indexOf("\r\n"));
        assertThat(header)
                .startsWith("Givebutter Contact ID,Contact External ID,Prefix,First Name,Middle Name,Last Name")
                .contains(
                        "Date Created (UTC),Last Modified (UTC)",
                        "💸 Givebutter Page Setup",
                        "👯‍♂️ Partner Preference");
        assertThat(csv.lines().filter(line -> line.matches("^\\d{8},.*")).count())
                .isEqualTo(40_000);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void the_import_updates_by_contact_id_creates_by_external_id_alone_and_rejects_a_taken_external_id() {
        DemoMember member = world.members().get(5);
        String taken = world.facts().wrongExternalIdNamedMnId();
        String csv = "\uFEFFGivebutter Contact ID,Contact External ID,First Name,Last Name,Primary Email,"
                + "Email Addresses,Tags,Email Subscription Status,📈 Fully Fundraised\r\n"
                + member.contactId() + ",7777," + member.first() + "," + member.last()
                + ",new.address@gmail.com,second@uga.edu,Mentors 2026,yes,No\r\n"
                + ",8888,Nell,Newcomer,nell@gmail.com,,Mentors 2026,yes,No\r\n"
                + ",%s,Someone,Else,someone@gmail.com,,Mentors 2026,yes,No\r\n".formatted(taken);

        HttpResponse<String> response = new ApiClient(port)
                .postFile("/demo-api/givebutter/import", "import.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = json.readTree(response.body());
        assertThat(result.path("updated").asInt()).isEqualTo(1);
        assertThat(result.path("created").asInt()).isEqualTo(1);
        assertThat(result.path("rejected")).hasSize(1);
        assertThat(result.path("rejected").get(0).path("row").asInt()).isEqualTo(4);
        assertThat(result.path("rejected").get(0).path("message").asString())
                .isEqualTo("A contact with External ID [" + taken + "] already exists");
        JsonNode contact = json.readTree(
                givebutter("/demo-api/givebutter/contacts/" + member.contactId(), DemoApiServers.GIVEBUTTER_KEY)
                        .body());
        assertThat(contact.path("external_id").asString()).isEqualTo("7777");
        assertThat(contact.path("emails").findValuesAsString("value"))
                .contains(member.email(), "new.address@gmail.com", "second@uga.edu");
        assertThat(contact.path("tags").valueStream().map(JsonNode::asString)).contains("Mentors 2026");
    }

    @Test
    void the_demo_settings_are_accepted_as_they_are_by_the_sync_config_endpoint() {
        ApiClient api = new ApiClient(port);
        String settings = api.get("/demo-api/settings").body();

        HttpResponse<String> saved = api.postJson("/api/sync/config", settings);
        HttpResponse<String> tested = api.postJson("/api/sync/test-keys", "{}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json.readTree(settings).path("jotform_base_url").asString())
                .isEqualTo("http://localhost:" + port + "/demo-api/jotform");
        assertThat(tested.body()).contains("\"ok\":true").doesNotContain("\"ok\":false");
    }

    private HttpResponse<String> jotform(String path, String key) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("APIKEY", key)
                .build());
    }

    private HttpResponse<String> givebutter(String path, String key) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Bearer " + key)
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
