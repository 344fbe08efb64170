package org.swab.mentorsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.base.crypto.SecretCipher;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class SyncConfigApiIT {

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecretCipher cipher;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void clean() {
        cleaner.clean();
    }

    HttpResponse<String> call(String method, String body) throws Exception {
        String auth = Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/sync/config"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json");
        request = body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void get_shows_the_defaults_and_no_keys() throws Exception {
        JsonNode config = json.readTree(call("GET", null).body());

        assertThat(config.path("jotform_base_url").asString()).isEqualTo("https://api.jotform.com");
        assertThat(config.path("givebutter_base_url").asString()).isEqualTo("https://api.givebutter.com/v1");
        assertThat(config.path("jotform_api_key_set").asBoolean()).isFalse();
        assertThat(config.has("jotform_api_key")).isFalse();
        assertThat(config.path("sync_interval_hours").asInt()).isEqualTo(6);
    }

    @Test
    void post_saves_keys_encrypted_and_get_shows_only_that_they_are_set_and_their_last_four() throws Exception {
        HttpResponse<String> saved = call("POST", """
                {"jotform_api_key": "abcdef0123456789jf99", "jotform_base_url": "https://eu-api.jotform.com",
                 "jotform_signup_form_id": "250685983663169", "jotform_setup_form_id": "250754977634066",
                 "givebutter_api_key": "gb_live_key_77778888", "givebutter_campaign_code": "CQVG3W",
                 "automated_sync_enabled": true, "sync_interval_hours": 12}
                """);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("abcdef0123456789jf99").doesNotContain("gb_live_key_77778888");
        JsonNode config = json.readTree(call("GET", null).body());
        assertThat(config.path("jotform_api_key_set").asBoolean()).isTrue();
        assertThat(config.path("jotform_api_key_last4").asString()).isEqualTo("jf99");
        assertThat(config.path("givebutter_api_key_last4").asString()).isEqualTo("8888");
        assertThat(config.path("jotform_base_url").asString()).isEqualTo("https://eu-api.jotform.com");
        assertThat(config.path("automated_sync_enabled").asBoolean()).isTrue();
        String stored = jdbc.queryForObject("select jotform_api_key from sync_config", String.class);
        assertThat(stored).startsWith("v1:").doesNotContain("abcdef");
        assertThat(cipher.decrypt(stored)).isEqualTo("abcdef0123456789jf99");
    }

    @Test
    void an_absent_or_empty_key_keeps_the_stored_one() throws Exception {
        call("POST", "{\"jotform_api_key\": \"abcdef0123456789jf99\", \"givebutter_api_key\": \"gb_live_key_1\"}");
        String before = jdbc.queryForObject("select jotform_api_key from sync_config", String.class);

        call("POST", "{\"jotform_api_key\": \"\", \"givebutter_campaign_code\": \"SWAB26\"}");

        assertThat(jdbc.queryForObject("select jotform_api_key from sync_config", String.class))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject("select givebutter_campaign_code from sync_config", String.class))
                .isEqualTo("SWAB26");
    }

    @Test
    void invalid_values_are_refused_field_by_field_and_nothing_is_saved() throws Exception {
        HttpResponse<String> refused = call("POST", """
                {"jotform_base_url": "ftp://nope", "sync_interval_hours": 500, "jotform_signup_form_id": "12/../x"}
                """);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode fields = json.readTree(refused.body()).path("fields");
        assertThat(fields.has("jotform_base_url")).isTrue();
        assertThat(fields.has("sync_interval_hours")).isTrue();
        assertThat(fields.has("jotform_signup_form_id")).isTrue();
        assertThat(jdbc.queryForObject("select jotform_base_url from sync_config", String.class))
                .isEqualTo("https://api.jotform.com");
    }
}
