package org.swab.mentorsync.sync.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.ArrayList;
import java.util.List;
import org.swab.mentorsync.settings.ApiSettings;
import tools.jackson.databind.node.ObjectNode;

/**
 * One WireMock server playing Jotform (at its root) and Givebutter (under /v1), serving the real shapes and pages:
 * Jotform pages of {@code limit} by offset, Givebutter pages of 100 to meta.last_page, the campaign on page 2.
 * Requests with another key get the real 401 answers.
 */
public class FakeApis implements AutoCloseable {

    public static final String JOTFORM_KEY = "jf-test-key-0123456789abcdef";
    public static final String GIVEBUTTER_KEY = "gb-test-key-9876543210fedcba";
    public static final long CAMPAIGN_ID = 4821;
    public static final String CAMPAIGN_CODE = "CQVG3W";

    private final WireMockServer server;

    public FakeApis() {
        server = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .containerThreads(20)
                .asynchronousResponseEnabled(false));
        server.start();
        stubRejectedKeys();
    }

    public WireMockServer server() {
        return server;
    }

    public String jotformBaseUrl() {
        return server.baseUrl();
    }

    public String givebutterBaseUrl() {
        return server.baseUrl() + "/v1";
    }

    /** sync_config values pointing the app at this fake. */
    public ApiSettings settings() {
        return new ApiSettings(
                JOTFORM_KEY,
                jotformBaseUrl(),
                JotformJsonShapes.SIGNUP_FORM,
                JotformJsonShapes.SETUP_FORM,
                GIVEBUTTER_KEY,
                givebutterBaseUrl(),
                CAMPAIGN_CODE,
                false,
                6);
    }

    public void serveSignups(List<FakeSignup> signups) {
        servePages(
                JotformJsonShapes.SIGNUP_FORM,
                signups.stream().map(JotformJsonShapes::signup).toList());
    }

    public void serveSetups(List<FakeSetup> setups) {
        servePages(
                JotformJsonShapes.SETUP_FORM,
                setups.stream().map(JotformJsonShapes::setup).toList());
    }

    /** Campaigns on two pages, ours on page 2; members in pages of 100. */
    public void serveMembers(List<FakeMember> members) {
        List<ObjectNode> firstPage = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            firstPage.add(GivebutterJsonShapes.campaign(4000 + i, "OTHER" + i, "Another campaign " + i));
        }
        givebutter("/campaigns", 1, GivebutterJsonShapes.page(firstPage, "/campaigns", 1, 2, 20, 21));
        givebutter(
                "/campaigns",
                2,
                GivebutterJsonShapes.page(
                        List.of(GivebutterJsonShapes.campaign(CAMPAIGN_ID, CAMPAIGN_CODE, "SWAB 2026 Mentors")),
                        "/campaigns",
                        2,
                        2,
                        20,
                        21));
        String path = "/campaigns/" + CAMPAIGN_ID + "/members";
        int lastPage = Math.max(1, (members.size() + 99) / 100);
        for (int page = 1; page <= lastPage; page++) {
            List<ObjectNode> items = members.subList((page - 1) * 100, Math.min(members.size(), page * 100)).stream()
                    .map(m -> GivebutterJsonShapes.member(m, CAMPAIGN_CODE))
                    .toList();
            givebutter(path, page, GivebutterJsonShapes.page(items, path, page, lastPage, 100, members.size()));
        }
    }

    public void serveUser() {
        server.stubFor(get(urlPathEqualTo("/user"))
                .withHeader("APIKEY", equalTo(JOTFORM_KEY))
                .willReturn(json(
                        200,
                        "{\"responseCode\":200,\"message\":\"success\",\"content\":{\"username\":\"swab\","
                                + "\"name\":\"SWAB\",\"email\":\"admin@swab.org\"},\"limit-left\":9990}")));
    }

    public void serveForms() {
        server.stubFor(get(urlPathEqualTo("/user/forms"))
                .withHeader("APIKEY", equalTo(JOTFORM_KEY))
                .willReturn(json(200, Fixtures.read("jotform-user-forms.json"))));
    }

    /** GET /form/{id}/questions for both forms: the signup form has an {@code mnid} field, the setup form none. */
    public void serveQuestions() {
        question(
                JotformJsonShapes.SIGNUP_FORM,
                "{\"1\":{\"qid\":\"1\",\"name\":\"fullName\","
                        + "\"type\":\"control_fullname\"},\"7\":{\"qid\":\"7\",\"name\":\"mnid\","
                        + "\"type\":\"control_textbox\"}}");
        question(
                JotformJsonShapes.SETUP_FORM,
                "{\"3\":{\"qid\":\"3\",\"name\":\"phone\","
                        + "\"type\":\"control_phone\"},\"4\":{\"qid\":\"4\",\"name\":\"email\","
                        + "\"type\":\"control_email\"}}");
    }

    private void question(String formId, String content) {
        server.stubFor(get(urlPathEqualTo("/form/" + formId + "/questions"))
                .withHeader("APIKEY", equalTo(JOTFORM_KEY))
                .willReturn(json(
                        200,
                        "{\"responseCode\":200,\"message\":\"success\",\"content\":" + content
                                + ",\"limit-left\":9980}")));
    }

    public void reset() {
        server.resetAll();
        stubRejectedKeys();
    }

    @Override
    public void close() {
        server.stop();
    }

    private void servePages(String formId, List<ObjectNode> submissions) {
        int limit = 1000;
        for (int offset = 0; ; offset += limit) {
            List<ObjectNode> page = submissions.subList(
                    Math.min(offset, submissions.size()), Math.min(offset + limit, submissions.size()));
            server.stubFor(get(urlPathEqualTo("/form/" + formId + "/submissions"))
                    .withQueryParam("offset", equalTo(String.valueOf(offset)))
                    .withHeader("APIKEY", equalTo(JOTFORM_KEY))
                    .willReturn(json(
                            200, JotformJsonShapes.page(page, offset, limit).toString())));
            if (page.size() < limit) {
                return;
            }
        }
    }

    private void givebutter(String path, int page, ObjectNode body) {
        server.stubFor(get(urlPathEqualTo("/v1" + path))
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .withHeader("Authorization", equalTo("Bearer " + GIVEBUTTER_KEY))
                .willReturn(json(200, body.toString())));
    }

    private void stubRejectedKeys() {
        server.stubFor(get(urlPathMatching("/(user|form)/?.*"))
                .atPriority(10)
                .willReturn(json(401, Fixtures.read("jotform-401.json"))));
        server.stubFor(get(urlPathMatching("/v1/.*"))
                .atPriority(10)
                .willReturn(json(401, Fixtures.read("givebutter-401.json"))));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
