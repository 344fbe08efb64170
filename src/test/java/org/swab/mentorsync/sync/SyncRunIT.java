package org.swab.mentorsync.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.settings.ApiSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.FakeApisExtension;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.Fixtures;
import org.swab.mentorsync.sync.fake.JotformJsonShapes;

/** One run at a time, crash recovery, and the SSE stream over real HTTP. */
@IntegrationTest
class SyncRunIT {

    @RegisterExtension
    static final FakeApisExtension FAKE_APIS = new FakeApisExtension();

    static final FakeApis APIS = FAKE_APIS.apis();

    @Autowired
    SyncService syncService;

    @Autowired
    SyncRecovery recovery;

    @Autowired
    SyncConfigService configService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.quartz.Scheduler scheduler;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void cleanAndConfigure() {
        BaselineSyncIT.serveSeasonOn(APIS);
    }

    void slowDownSetups() {
        APIS.server()
                .stubFor(get(urlPathEqualTo("/form/" + JotformJsonShapes.SETUP_FORM + "/submissions"))
                        .atPriority(1)
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                                        Fixtures.read("jotform-setup-submissions.json"))
                                .withFixedDelay(700)));
    }

    HttpRequest.Builder api(String path) {
        String auth = Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth)
                .timeout(Duration.ofSeconds(30));
    }

    @Test
    void a_second_run_while_one_is_going_is_refused_and_only_one_runs() throws Exception {
        slowDownSetups();
        SyncRun first = syncService.start(SyncRequest.manual("admin"), SyncListener.NONE);

        assertThat(syncService.isRunning()).isTrue();
        assertThatThrownBy(() -> syncService.run(SyncRequest.manual("admin"), SyncListener.NONE))
                .isInstanceOf(SyncAlreadyRunningException.class)
                .hasMessageContaining("already running");
        HttpResponse<String> refused = http.send(
                api("/api/sync/run")
                        .header("Accept", "text/event-stream")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("A sync is already running");

        assertThat(first.outcome().get(20, TimeUnit.SECONDS).succeeded()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from sync_log", Long.class))
                .isOne();
        assertThat(syncService.isRunning()).isFalse();
        assertThat(syncService
                        .run(SyncRequest.manual("admin"), SyncListener.NONE)
                        .succeeded())
                .isTrue();
    }

    @Test
    void a_scheduled_run_during_a_manual_one_is_skipped_quietly() throws Exception {
        slowDownSetups();
        SyncRun manual = syncService.start(SyncRequest.manual("admin"), SyncListener.NONE);

        syncService.runScheduledSync();

        manual.outcome().get(20, TimeUnit.SECONDS);
        assertThat(jdbc.queryForList("select triggered_by from sync_log", String.class))
                .containsExactly("manual");
    }

    @Test
    void the_quartz_job_runs_the_same_sync_as_the_button_triggered_by_scheduled() throws Exception {
        configService.updateApiSettings(new ApiSettings(
                null,
                APIS.jotformBaseUrl(),
                JotformJsonShapes.SIGNUP_FORM,
                JotformJsonShapes.SETUP_FORM,
                null,
                APIS.givebutterBaseUrl(),
                FakeApis.CAMPAIGN_CODE,
                true,
                6));
        try {
            assertThat(scheduler.checkExists(SyncScheduleService.BASELINE_TRIGGER))
                    .isTrue();

            scheduler.triggerJob(SyncScheduleService.BASELINE_JOB);

            Awaitility.await("the scheduled run completes")
                    .atMost(Duration.ofSeconds(30))
                    .until(() ->
                            jdbc.queryForObject("select count(*) from sync_log where status = 'completed'", Long.class)
                                    > 0);
            assertThat(jdbc.queryForMap("select sync_type, triggered_by, status from sync_log"))
                    .containsEntry("sync_type", "automated")
                    .containsEntry("triggered_by", "scheduled")
                    .containsEntry("status", "completed");
            assertThat(jdbc.queryForObject("select count(*) from mentors", Long.class))
                    .isEqualTo(7);
        } finally {
            configService.updateApiSettings(APIS.settings());
        }
    }

    @Test
    void a_running_row_left_by_a_crashed_process_is_closed_as_interrupted_at_startup() {
        jdbc.update("insert into sync_log (sync_type, status, triggered_by, started_at) "
                + "values ('automated', 'running', 'scheduled', now() - interval '1 hour')");

        assertThat(recovery.closeInterruptedRuns()).isOne();

        assertThat(jdbc.queryForMap("select status, error_message, completed_at from sync_log"))
                .containsEntry("status", "failed")
                .containsEntry("error_message", "Interrupted: the app stopped before this run finished")
                .extractingByKey("completed_at")
                .isNotNull();
        assertThat(syncService.isRunning()).isFalse();
    }

    @Test
    void listeners_hear_running_and_completed_for_every_step_in_order() {
        List<StepEvent> events = new CopyOnWriteArrayList<>();
        Runnable stop = syncService.addListener(events::add);
        try {
            syncService.run(SyncRequest.manual("admin"), SyncListener.NONE);
        } finally {
            stop.run();
        }

        assertThat(events)
                .extracting(e -> e.step() + " " + e.status())
                .containsExactly(
                        "Jotform Signups running",
                        "Jotform Signups completed",
                        "Jotform Setup running",
                        "Jotform Setup completed",
                        "Givebutter Members running",
                        "Givebutter Members completed",
                        "ETL Process running",
                        "ETL Process completed",
                        "Contact Sync running",
                        "Contact Sync completed");
        assertThat(events.get(1).message()).isEqualTo("8 submissions synced");
        assertThat(events.get(7).message()).startsWith("7 mentors processed");
    }

    @Test
    void post_run_streams_the_step_events_as_server_sent_events_in_the_design_format() throws Exception {
        HttpResponse<String> response = http.send(
                api("/api/sync/run")
                        .header("Accept", "text/event-stream")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> data =
                response.body().lines().filter(line -> !line.isBlank()).toList();
        assertThat(data)
                .containsExactly(
                        "data: {\"step\":\"Jotform Signups\",\"status\":\"running\"}",
                        "data: {\"step\":\"Jotform Signups\",\"status\":\"completed\","
                                + "\"message\":\"8 submissions synced\"}",
                        "data: {\"step\":\"Jotform Setup\",\"status\":\"running\"}",
                        "data: {\"step\":\"Jotform Setup\",\"status\":\"completed\","
                                + "\"message\":\"3 submissions synced\"}",
                        "data: {\"step\":\"Givebutter Members\",\"status\":\"running\"}",
                        "data: {\"step\":\"Givebutter Members\",\"status\":\"completed\","
                                + "\"message\":\"4 members synced\"}",
                        "data: {\"step\":\"ETL Process\",\"status\":\"running\"}",
                        "data: {\"step\":\"ETL Process\",\"status\":\"completed\","
                                + "\"message\":\"7 mentors processed, 6 new issues logged\"}",
                        "data: {\"step\":\"Contact Sync\",\"status\":\"running\"}",
                        "data: {\"step\":\"Contact Sync\",\"status\":\"completed\",\"message\":\"0 contacts synced, "
                                + "0 conflicts\"}");
        assertThat(jdbc.queryForObject("select triggered_by_user from sync_log", String.class))
                .isEqualTo("admin");
    }

    @Test
    void the_sse_stream_reports_a_failed_step_and_ends() throws Exception {
        APIS.server()
                .stubFor(get(urlPathEqualTo("/v1/campaigns"))
                        .atPriority(1)
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                                .withStatus(401)));

        HttpResponse<String> response = http.send(
                api("/api/sync/run").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body().lines().filter(line -> !line.isBlank()).toList())
                .last()
                .isEqualTo("data: {\"step\":\"Givebutter Members\",\"status\":\"failed\","
                        + "\"message\":\"The Givebutter API key was rejected. Check it in Settings.\"}");
    }

    @Test
    void the_api_needs_an_admin_login() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sync/run"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from sync_log", Long.class))
                .isZero();
    }
}
