package org.swab.mentorsync.base.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.swab.mentorsync.sync.fake.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiCallerTest {

    static final String KEY = "secret-key-ABCDEFGH1234";

    WireMockServer server;
    ApiCaller caller;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        // timeouts long enough that a loaded machine never turns a slow answer into a retry; back-off short
        HttpProperties fast = new HttpProperties(
                Duration.ofSeconds(5),
                Duration.ofSeconds(3),
                3,
                Duration.ofMillis(10),
                2.0,
                Duration.ofMillis(40),
                Duration.ofSeconds(2),
                DataSize.ofKilobytes(64));
        caller = new ApiCaller(fast, JsonMapper.builder().build(), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    ApiRequest request() {
        return new ApiRequest(
                "Givebutter",
                URI.create(server.baseUrl() + "/v1/campaigns?page=1"),
                Map.of("Authorization", "Bearer " + KEY),
                KEY,
                null);
    }

    void stub(int status, String body) {
        server.stubFor(get(urlPathEqualTo("/v1/campaigns"))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    @Test
    void a_rejected_key_fails_at_once_with_a_clear_message_and_no_retry() {
        stub(401, Fixtures.read("givebutter-401.json"));

        assertThatThrownBy(() -> caller.getJson(request())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(ApiFailure.KEY_REJECTED);
            assertThat(e.getMessage()).isEqualTo("The Givebutter API key was rejected. Check it in Settings.");
        });
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/campaigns")));
    }

    @Test
    void a_forbidden_key_is_rejected_too() {
        stub(403, "{\"message\":\"This action is unauthorized.\"}");

        assertThatThrownBy(() -> caller.getJson(request()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.failure()).isEqualTo(ApiFailure.KEY_REJECTED));
    }

    @Test
    void a_429_waits_the_retry_after_seconds_then_retries() {
        server.stubFor(get(urlPathEqualTo("/v1/campaigns"))
                .inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withBody(Fixtures.read("givebutter-429.json")))
                .willSetStateTo("open"));
        server.stubFor(get(urlPathEqualTo("/v1/campaigns"))
                .inScenario("limit")
                .whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200).withBody("{\"data\":[]}")));

        JsonNode body = caller.getJson(request());

        assertThat(body.path("data").isArray()).isTrue();
        server.verify(2, getRequestedFor(urlPathEqualTo("/v1/campaigns")));
        // the server's own log: the retry came no sooner than Retry-After said
        var requests = server.getAllServeEvents().stream()
                .map(event -> event.getRequest().getLoggedDate().toInstant())
                .sorted()
                .toList();
        assertThat(Duration.between(requests.get(0), requests.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_429_storm_gives_up_after_the_allowed_retries() {
        server.stubFor(get(urlPathEqualTo("/v1/campaigns"))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "0")
                        .withBody(Fixtures.read("givebutter-429.json"))));

        assertThatThrownBy(() -> caller.getJson(request())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(ApiFailure.RATE_LIMITED);
            assertThat(e.getMessage()).contains("429").contains("gave up after 3 retries");
        });
        server.verify(4, getRequestedFor(urlPathEqualTo("/v1/campaigns")));
    }

    @Test
    void a_server_error_is_retried_with_back_off_until_it_answers() {
        server.stubFor(get(urlPathEqualTo("/v1/campaigns"))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("better"));
        server.stubFor(get(urlPathEqualTo("/v1/campaigns"))
                .inScenario("flaky")
                .whenScenarioStateIs("better")
                .willReturn(aResponse().withStatus(200).withBody("{\"data\":[1]}")));

        assertThat(caller.getJson(request()).path("data").size()).isEqualTo(1);
        server.verify(2, getRequestedFor(urlPathEqualTo("/v1/campaigns")));
    }

    @Test
    void a_server_that_keeps_failing_gives_a_bounded_number_of_tries() {
        stub(503, "");

        assertThatThrownBy(() -> caller.getJson(request())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(ApiFailure.UNAVAILABLE);
            assertThat(e.getMessage()).contains("HTTP 503").contains("gave up after 3 retries");
        });
        server.verify(4, getRequestedFor(urlPathEqualTo("/v1/campaigns")));
    }

    @Test
    void a_server_too_slow_for_the_read_timeout_counts_as_unavailable() {
        server.stubFor(get(urlPathEqualTo("/v1/campaigns"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(4500).withBody("{}")));

        assertThatThrownBy(() -> caller.getJson(request())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(ApiFailure.UNAVAILABLE);
            assertThat(e.getMessage()).contains("did not answer in time");
        });
    }

    @Test
    void a_server_that_is_gone_counts_as_unavailable() {
        ApiRequest request = request();
        server.stop();

        assertThatThrownBy(() -> caller.getJson(request)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(ApiFailure.UNAVAILABLE);
            assertThat(e.getMessage()).contains("could not be reached");
        });
    }

    @Test
    void malformed_json_fails_clearly_without_retry() {
        stub(200, "{\"data\": [ {\"id\": 1, ");

        assertThatThrownBy(() -> caller.getJson(request())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(ApiFailure.MALFORMED_RESPONSE);
            assertThat(e.getMessage()).contains("not the expected JSON");
        });
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/campaigns")));
    }

    @Test
    void the_key_never_appears_in_an_error_message_even_when_the_server_echoes_it() {
        stub(422, "{\"message\":\"Bad token " + KEY + "\"}");

        assertThatThrownBy(() -> caller.getJson(request())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(ApiFailure.REQUEST_REJECTED);
            assertThat(e.getMessage()).doesNotContain(KEY).contains("[redacted]");
        });
    }

    @Test
    void an_envelope_status_counts_like_the_http_status() {
        stub(200, Fixtures.read("jotform-401.json"));
        ApiRequest jotform = new ApiRequest(
                "Jotform",
                URI.create(server.baseUrl() + "/v1/campaigns"),
                Map.of(),
                KEY,
                body -> body.has("responseCode")
                        ? java.util.OptionalInt.of(body.get("responseCode").asInt())
                        : java.util.OptionalInt.empty());

        assertThatThrownBy(() -> caller.getJson(jotform))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("The Jotform API key was rejected. Check it in Settings."));
    }

    @Test
    void a_redirect_is_not_followed_and_the_error_names_the_host_it_pointed_to() {
        WireMockServer elsewhere =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.2"));
        elsewhere.start();
        try {
            server.stubFor(get(urlPathEqualTo("/v1/campaigns"))
                    .willReturn(aResponse()
                            .withStatus(302)
                            .withHeader("Location", "http://127.0.0.2:" + elsewhere.port() + "/v1/campaigns")));

            assertThatThrownBy(() -> caller.getJson(request())).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.failure()).isEqualTo(ApiFailure.REQUEST_REJECTED);
                assertThat(e.getMessage())
                        .isEqualTo("Givebutter answered a redirect to 127.0.0.2; redirects are not followed");
            });
            assertThat(elsewhere.getAllServeEvents()).isEmpty();
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void a_body_larger_than_the_cap_is_refused_without_reading_it_whole() {
        stub(200, "{\"data\":\"" + "x".repeat(200 * 1024) + "\"}");

        assertThatThrownBy(() -> caller.getJson(request())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.failure()).isEqualTo(ApiFailure.MALFORMED_RESPONSE);
            assertThat(e.getMessage())
                    .isEqualTo("Givebutter sent more than 64 KB for /v1/campaigns; " + "the answer was not read");
        });
    }

    @Test
    void a_body_just_under_the_cap_is_read() {
        stub(200, "{\"data\":\"" + "x".repeat(60 * 1024) + "\"}");

        assertThat(caller.getJson(request()).path("data").asString()).hasSize(60 * 1024);
    }

    @Test
    void retry_after_is_read_as_seconds_or_as_an_http_date() {
        java.time.Instant now = java.time.Instant.parse("2026-10-15T12:00:00Z");
        assertThat(RetryAfter.parse("7", now)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("Thu, 15 Oct 2026 12:00:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
