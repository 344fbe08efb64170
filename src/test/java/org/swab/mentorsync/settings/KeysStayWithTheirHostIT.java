package org.swab.mentorsync.settings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.SyncListener;
import org.swab.mentorsync.sync.SyncOutcome;
import org.swab.mentorsync.sync.SyncRequest;
import org.swab.mentorsync.sync.SyncService;
import org.swab.mentorsync.sync.fake.FakeApis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored keys are sent only to the host they were entered for: FakeApis on localhost is that host, a second
 * server on 127.0.0.2 (an allowed extra host of the test context) plays the other one and answers anything.
 */
@IntegrationTest
class KeysStayWithTheirHostIT {

    static final FakeApis APIS = new FakeApis();
    static final WireMockServer ELSEWHERE =
            new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.2"));

    static {
        ELSEWHERE.start();
    }

    @LocalServerPort
    int port;

    @Autowired
    SyncConfigService configService;

    @Autowired
    SyncService syncService;

    @Autowired
    DatabaseCleaner cleaner;

    final JsonMapper json = JsonMapper.builder().build();
    ApiClient api;

    @AfterAll
    static void stopServers() {
        APIS.close();
        ELSEWHERE.stop();
    }

    @BeforeEach
    void keysStoredForTheFake() {
        api = new ApiClient(port);
        cleaner.clean();
        APIS.reset();
        APIS.serveUser();
        APIS.serveMembers(List.of());
        ELSEWHERE.resetAll();
        ELSEWHERE.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"responseCode\":200,\"content\":{}}")));
        configService.updateApiSettings(APIS.settings());
    }

    @AfterEach
    void noKeysLeftForTheStoppedFakes() {
        cleaner.clean();
    }

    String elsewhere() {
        return "http://127.0.0.2:" + ELSEWHERE.port();
    }

    JsonNode saveConfig(String body) {
        HttpResponse<String> saved = api.postJson("/api/sync/config", body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return json.readTree(saved.body());
    }

    @Test
    void moving_only_the_base_urls_forgets_the_keys_and_test_keys_sends_nothing_to_the_new_host() {
        JsonNode config = saveConfig(
                "{\"jotform_base_url\": \"" + elsewhere() + "\", \"givebutter_base_url\": \"" + elsewhere() + "/v1\"}");

        assertThat(config.path("jotform_api_key_set").asBoolean()).isFalse();
        assertThat(config.path("jotform_api_key_last4").isNull()).isTrue();
        assertThat(config.path("givebutter_api_key_set").asBoolean()).isFalse();
        assertThat(config.path("givebutter_api_key_last4").isNull()).isTrue();
        assertThat(api.postJson("/api/sync/test-keys", "{}").body())
                .contains("No Jotform API key is stored yet")
                .contains("No Givebutter API key is stored yet");
        assertThat(ELSEWHERE.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_sync_after_moving_the_jotform_base_url_sends_no_key_to_the_new_host() {
        saveConfig("{\"jotform_base_url\": \"" + elsewhere() + "\"}");

        SyncOutcome outcome = syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errorMessage()).contains("the Jotform API key");
        assertThat(ELSEWHERE.getAllServeEvents()).isEmpty();
        assertThat(configService.apiSettings().givebutterApiKeySet())
                .as("Givebutter's URL did not move")
                .isTrue();
    }

    @Test
    void a_key_entered_with_the_new_base_url_belongs_to_it() {
        JsonNode config = saveConfig("{\"jotform_base_url\": \"" + elsewhere() + "\", \"jotform_api_key\": "
                + "\"jf-key-for-elsewhere-7777\"}");

        assertThat(config.path("jotform_api_key_set").asBoolean()).isTrue();
        assertThat(config.path("jotform_api_key_last4").asString()).isEqualTo("7777");
    }

    @Test
    void a_new_path_on_the_same_host_keeps_the_key() {
        JsonNode config = saveConfig("{\"jotform_base_url\": \"" + APIS.jotformBaseUrl() + "/\"}");

        assertThat(config.path("jotform_api_key_set").asBoolean()).isTrue();
    }

    @Test
    void a_redirect_from_the_api_host_is_not_followed_and_the_other_host_hears_nothing() {
        APIS.server()
                .stubFor(get(urlPathEqualTo("/user"))
                        .atPriority(1)
                        .willReturn(aResponse().withStatus(302).withHeader("Location", elsewhere() + "/user")));

        HttpResponse<String> response = api.postJson("/api/sync/test-keys", "{}");

        assertThat(json.readTree(response.body())
                        .path("jotform")
                        .path("message")
                        .asString())
                .isEqualTo("Jotform answered a redirect to 127.0.0.2; redirects are not followed");
        assertThat(ELSEWHERE.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "jotform_base_url, https://anything.invalid",
        "givebutter_base_url, http://api.givebutter.com/v1",
        "givebutter_base_url, https://anything.invalid/v1"
    })
    void a_base_url_on_an_unknown_host_or_scheme_is_refused_and_nothing_changes(String field, String url) {
        HttpResponse<String> refused = api.postJson("/api/sync/config", "{\"" + field + "\": \"" + url + "\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("fields").path(field).asString())
                .isNotBlank();
        ApiSettingsSummary stored = configService.apiSettings();
        assertThat(stored.jotformBaseUrl()).isEqualTo(APIS.jotformBaseUrl());
        assertThat(stored.givebutterBaseUrl()).isEqualTo(APIS.givebutterBaseUrl());
        assertThat(stored.jotformApiKeySet()).isTrue();
        assertThat(stored.givebutterApiKeySet()).isTrue();
    }
}
