package org.swab.mentorsync.setup.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.settings.SetupState;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeDataset;
import org.swab.mentorsync.sync.fake.JotformJsonShapes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class InitializeApiIT {

    static final FakeApis APIS = new FakeApis();

    @LocalServerPort
    int port;

    @Autowired
    SyncConfigService configService;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    ApiClient api;

    @AfterAll
    static void stopFake() {
        APIS.close();
    }

    @BeforeEach
    void newSystem() {
        api = new ApiClient(port);
        cleaner.clean();
        APIS.reset();
        FakeDataset.generate(15, 9, 6, 11).serveOn(APIS);
    }

    @Test
    void initialize_with_the_config_in_the_body_imports_the_mentors_and_asks_for_the_csv_without_a_key() {
        HttpResponse<String> response = api.postJson("/api/sync/initialize", """
                {"jotform_api_key": "%s", "jotform_base_url": "%s", "jotform_signup_form_id": "%s",
                 "jotform_setup_form_id": "%s", "givebutter_api_key": "%s", "givebutter_base_url": "%s",
                 "givebutter_campaign_code": "%s"}
                """.formatted(
                        FakeApis.JOTFORM_KEY,
                        APIS.jotformBaseUrl(),
                        JotformJsonShapes.SIGNUP_FORM,
                        JotformJsonShapes.SETUP_FORM,
                        FakeApis.GIVEBUTTER_KEY,
                        APIS.givebutterBaseUrl(),
                        FakeApis.CAMPAIGN_CODE));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asString()).isEqualTo("initialized");
        assertThat(body.path("mentors_imported").asLong()).isEqualTo(15);
        assertThat(body.path("requires_csv").asBoolean()).isTrue();
        assertThat(body.path("message").asString()).contains("Givebutter contacts CSV");
        assertThat(response.body()).doesNotContain(FakeApis.JOTFORM_KEY).doesNotContain(FakeApis.GIVEBUTTER_KEY);
        assertThat(jdbc.queryForObject(
                        "select sync_type || '/' || status from sync_log order by id desc limit 1", String.class))
                .isEqualTo("initialization/completed");
        assertThat(configService.setupState().step())
                .as("the wizard resumes at the CSV")
                .isEqualTo(SetupState.CONTACTS_CSV);
        assertThat(configService.setupState().initialized())
                .as("the CSV is still to come")
                .isFalse();
    }

    @Test
    void initialize_with_the_stored_config_needs_no_body() {
        configService.updateApiSettings(APIS.settings());

        HttpResponse<String> response = api.postJson("/api/sync/initialize", "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).path("mentors_imported").asLong())
                .isEqualTo(15);
    }

    @Test
    void initialize_without_a_configuration_says_what_is_missing_and_runs_nothing() {
        HttpResponse<String> response = api.postJson("/api/sync/initialize", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not_configured").contains("the Jotform API key");
        assertThat(cleaner.count("sync_log")).isZero();
    }

    @Test
    void a_failed_initialization_names_the_step_and_is_logged_as_failed() {
        configService.updateApiSettings(new org.swab.mentorsync.settings.ApiSettings(
                FakeApis.JOTFORM_KEY,
                APIS.jotformBaseUrl(),
                JotformJsonShapes.SIGNUP_FORM,
                JotformJsonShapes.SETUP_FORM,
                "gb-wrong-key-0000000000",
                APIS.givebutterBaseUrl(),
                FakeApis.CAMPAIGN_CODE,
                false,
                6));

        HttpResponse<String> response = api.postJson("/api/sync/initialize", "");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(json.readTree(response.body()).path("failed_step").asString())
                .isEqualTo("Givebutter Members");
        assertThat(response.body()).doesNotContain("gb-wrong-key");
        assertThat(jdbc.queryForObject(
                        "select sync_type || '/' || status from sync_log order by id desc limit 1", String.class))
                .isEqualTo("initialization/failed");
    }
}
