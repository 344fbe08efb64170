package org.swab.mentorsync.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.settings.ApiSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.FakeApisExtension;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.Fixtures;
import org.swab.mentorsync.sync.fake.JotformJsonShapes;

/** Faults injected after a good run: the mentor table must stay as it was and sync_log must say what happened. */
@IntegrationTest
class SyncFaultsIT {

    @RegisterExtension
    static final FakeApisExtension FAKE_APIS = new FakeApisExtension();

    static final FakeApis APIS = FAKE_APIS.apis();
    static final String MEMBERS = "/v1/campaigns/" + FakeApis.CAMPAIGN_ID + "/members";
    static final String SETUPS = "/form/" + JotformJsonShapes.SETUP_FORM + "/submissions";

    @Autowired
    SyncService syncService;

    @Autowired
    SyncConfigService configService;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    List<Map<String, Object>> mentorsBefore;
    List<Map<String, Object>> tasksBefore;

    @BeforeEach
    void aGoodRunFirst() {
        BaselineSyncIT.serveSeasonOn(APIS);
        assertThat(syncService
                        .run(SyncRequest.manual("admin"), SyncListener.NONE)
                        .succeeded())
                .isTrue();
        mentorsBefore = mentors();
        tasksBefore = jdbc.queryForList("select * from mn_tasks order by mn_id");
        // the next run sees one more signup and more money: if the ETL ran, the tables would change
        List<org.swab.mentorsync.sync.fake.FakeSignup> more = new ArrayList<>(BaselineSyncIT.season());
        more.add(org.swab.mentorsync.sync.fake.FakeSignup.of(
                "250000000400001", "2026-10-01 10:00:00", "Nora", "Hall", "912-599-0248", "MN2001"));
        APIS.serveSignups(more);
    }

    List<Map<String, Object>> mentors() {
        return jdbc.queryForList("select * from mentors order by mn_id");
    }

    SyncOutcome runAndExpectFailure(String step, String messagePart) {
        SyncOutcome outcome = syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(outcome.status()).isEqualTo(SyncRunStatus.FAILED);
        assertThat(outcome.failedStep()).isEqualTo(step);
        assertThat(mentors()).isEqualTo(mentorsBefore);
        assertThat(jdbc.queryForList("select * from mn_tasks order by mn_id")).isEqualTo(tasksBefore);
        Map<String, Object> log = jdbc.queryForMap("select * from sync_log where id = ?", outcome.logId());
        assertThat(log).containsEntry("status", "failed");
        assertThat(log.get("completed_at")).isNotNull();
        assertThat(log.get("duration_ms")).isNotNull();
        assertThat((String) log.get("error_message"))
                .startsWith(step + " failed: ")
                .contains(messagePart)
                .contains("mentors were not changed")
                .doesNotContain(FakeApis.GIVEBUTTER_KEY)
                .doesNotContain(FakeApis.JOTFORM_KEY);
        assertThat(log.get("error_details").toString()).contains(step);
        return outcome;
    }

    @Test
    void a_rejected_givebutter_key_fails_the_run_without_touching_mentors() {
        APIS.server()
                .stubFor(get(urlPathMatching("/v1/.*"))
                        .willReturn(aResponse().withStatus(401).withBody(Fixtures.read("givebutter-401.json"))));

        runAndExpectFailure("Givebutter Members", "The Givebutter API key was rejected");
    }

    @Test
    void a_rejected_jotform_key_fails_the_first_step() {
        configService.updateApiSettings(new ApiSettings(
                "jf-wrong-key-000000",
                APIS.jotformBaseUrl(),
                JotformJsonShapes.SIGNUP_FORM,
                JotformJsonShapes.SETUP_FORM,
                null,
                APIS.givebutterBaseUrl(),
                FakeApis.CAMPAIGN_CODE,
                false,
                6));

        runAndExpectFailure("Jotform Signups", "The Jotform API key was rejected");
    }

    @Test
    void a_429_storm_fails_the_run_after_bounded_retries() {
        APIS.server()
                .stubFor(get(urlPathEqualTo(MEMBERS))
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withStatus(429)
                                .withHeader("Retry-After", "1")
                                .withBody(Fixtures.read("givebutter-429.json"))));

        runAndExpectFailure("Givebutter Members", "429");
    }

    @Test
    void a_dying_server_fails_the_run() {
        APIS.server()
                .stubFor(get(urlPathEqualTo(MEMBERS))
                        .atPriority(1)
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        runAndExpectFailure("Givebutter Members", "could not be reached");
    }

    @Test
    void a_server_slower_than_the_read_timeout_fails_the_run() {
        APIS.server()
                .stubFor(get(urlPathEqualTo(SETUPS))
                        .atPriority(1)
                        .willReturn(okJson("{}").withFixedDelay(1500)));

        runAndExpectFailure("Jotform Setup", "did not answer in time");
    }

    @Test
    void malformed_json_fails_the_run_clearly() {
        APIS.server()
                .stubFor(get(urlPathEqualTo(SETUPS))
                        .atPriority(1)
                        .willReturn(okJson("{\"responseCode\":200,\"content\":[{\"id\":")));

        runAndExpectFailure("Jotform Setup", "not the expected JSON");
    }

    @Test
    void a_server_error_then_success_is_retried_and_the_run_completes() {
        APIS.server()
                .stubFor(get(urlPathEqualTo(MEMBERS))
                        .atPriority(1)
                        .inScenario("flaky")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(aResponse().withStatus(500))
                        .willSetStateTo("recovered"));

        SyncOutcome outcome = syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(outcome.succeeded()).as(outcome.errorMessage()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from mentors where mn_id = '2001'", Long.class))
                .isOne();
    }

    @Test
    void an_unconfigured_app_fails_the_run_with_what_is_missing() {
        cleaner.clean();

        SyncOutcome outcome = syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(outcome.status()).isEqualTo(SyncRunStatus.FAILED);
        assertThat(outcome.errorMessage()).contains("Not configured yet").contains("the Jotform API key");
    }
}
