package org.swab.mentorsync.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.swab.mentorsync.PreparedContext;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeContacts;
import org.swab.mentorsync.sync.fake.Fixtures;
import org.swab.mentorsync.sync.fake.JotformJsonShapes;

/**
 * Two app instances, each its own JVM as in production, on one PostgreSQL database with one master key: Quartz's
 * cluster fires a due trigger once, "Run sync now" on both at once gives one run, and the Givebutter contact limit
 * counts the requests of both. Separate processes, not two contexts here: Quartz keeps one scheduler per name per
 * JVM, and a cluster's nodes share the name. Each starts from the context Spring AOT prepared at build time, as
 * {@code java -jar} does.
 */
@IntegrationTest
class TwoNodesIT {

    /** The window the limit is counted in at "Givebutter" here, and the app's, a second longer as in production. */
    static final Duration GIVEBUTTER_WINDOW = Duration.ofSeconds(3);

    static final Duration CONTACT_WINDOW = GIVEBUTTER_WINDOW.plusSeconds(1);
    static final int CONTACTS_PER_WINDOW = 3;

    static final FakeApis APIS = new FakeApis();
    static final FakeContacts CONTACTS = new FakeContacts(APIS);

    static String database;
    static JdbcTemplate admin;
    static JdbcTemplate shared;
    static Node nodeA;
    static Node nodeB;

    @Autowired
    DataSource testDataSource;

    record Node(String name, Process process, int port, Path log) {

        ApiClient api() {
            return new ApiClient(port);
        }
    }

    @BeforeEach
    void twoNodesOnOneDatabase() throws Exception {
        if (nodeA == null) {
            startNodes();
        }
        shared.execute(
                "truncate sync_log, mentors, raw_mn_gb_contacts, mn_errors, givebutter_contact_requests cascade");
        APIS.reset();
        BaselineSyncIT.serveSeasonOn(APIS);
        HttpResponse<String> saved = nodeA.api().postJson("/api/sync/config", configJson(false));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    @AfterAll
    static void stopNodes() {
        for (Node node : new Node[] {nodeA, nodeB}) {
            if (node != null) {
                node.process().destroy();
            }
        }
        for (Node node : new Node[] {nodeA, nodeB}) {
            if (node != null) {
                node.process().onExit().join();
            }
        }
        APIS.close();
        if (admin != null) {
            admin.execute("drop database if exists " + database + " with (force)");
        }
    }

    @Test
    void both_nodes_join_one_quartz_cluster_and_a_due_trigger_runs_the_sync_exactly_once() throws Exception {
        HttpResponse<String> enabled = nodeA.api().postJson("/api/sync/config", configJson(true));
        assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
        assertThat(shared.queryForList("select instance_name from qrtz_scheduler_state order by 1", String.class))
                .containsExactly("node-a", "node-b");

        shared.update(
                "update qrtz_triggers set next_fire_time = ? where trigger_name = ?",
                System.currentTimeMillis(),
                SyncScheduleService.BASELINE_TRIGGER.getName());

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> scheduledRuns().stream().anyMatch(status -> !status.equals("running")));
        // several polls of both schedulers later, still the one run
        Thread.sleep(3000);
        assertThat(scheduledRuns()).containsExactly("completed");
    }

    @Test
    void run_sync_now_on_both_nodes_at_once_gives_one_run_and_the_other_answers_that_a_run_is_going() throws Exception {
        slowDownSetups();
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<HttpResponse<String>> onA = CompletableFuture.supplyAsync(() -> runNow(nodeA, together));
        CompletableFuture<HttpResponse<String>> onB = CompletableFuture.supplyAsync(() -> runNow(nodeB, together));

        List<HttpResponse<String>> answers = List.of(onA.get(), onB.get());
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> refused = answers.stream()
                .filter(answer -> answer.statusCode() == 409)
                .findFirst()
                .orElseThrow();
        assertThat(refused.body()).contains("sync_running").contains("already running");
        assertThat(shared.queryForList("select status from sync_log", String.class))
                .containsExactly("completed");
    }

    @Test
    void contact_syncs_on_one_node_then_the_other_together_stay_within_the_givebutter_limit() {
        for (int i = 1; i <= CONTACTS_PER_WINDOW; i++) {
            long contactId = 30010000L + i;
            shared.update(
                    "insert into mentors (mn_id, gb_contact_id, first_name, last_name, preferred_name, full_name)"
                            + " values (?, ?, 'Mentor', ?, 'Mentor', ?)",
                    String.valueOf(1000 + i),
                    contactId,
                    "Number" + i,
                    "Mentor Number" + i);
            CONTACTS.serve(FakeContacts.contact(contactId, "Mentor", "Number" + i, "(770) 523-659" + i));
        }

        assertThat(contactSyncNow(nodeA).statusCode()).isEqualTo(200);
        assertThat(contactSyncNow(nodeB).statusCode()).isEqualTo(200);

        List<Long> sentAt = APIS.server().findAll(WireMock.getRequestedFor(urlPathMatching("/v1/contacts/.*"))).stream()
                .map(LoggedRequest::getLoggedDate)
                .map(date -> date.getTime())
                .sorted(Comparator.naturalOrder())
                .toList();
        assertThat(sentAt).hasSize(2 * CONTACTS_PER_WINDOW);
        // the second node waited for the first node's requests to leave the window (the app's extra second absorbs
        // the time between counting a request and it reaching the server)
        assertThat(sentAt.get(CONTACTS_PER_WINDOW) - sentAt.getFirst())
                .isGreaterThanOrEqualTo(GIVEBUTTER_WINDOW.toMillis());
        assertThat(shared.queryForList("select status from sync_log order by id", String.class))
                .containsExactly("completed", "completed");
    }

    private static List<String> scheduledRuns() {
        return shared.queryForList("select status from sync_log where triggered_by = 'scheduled'", String.class);
    }

    private static HttpResponse<String> runNow(Node node, CyclicBarrier together) {
        HttpRequest request = node.api()
                .request("/api/sync/run")
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return node.api().send(request);
    }

    private static HttpResponse<String> contactSyncNow(Node node) {
        return node.api()
                .send(node.api()
                        .request("/api/sync/contacts/run")
                        .header("Accept", "text/event-stream")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
    }

    private static void slowDownSetups() {
        APIS.server()
                .stubFor(get(urlPathEqualTo("/form/" + JotformJsonShapes.SETUP_FORM + "/submissions"))
                        .atPriority(1)
                        .willReturn(WireMock.okJson(Fixtures.read("jotform-setup-submissions.json"))
                                .withFixedDelay(1500)));
    }

    private static String configJson(boolean automated) {
        return """
                {"jotform_api_key": "%s", "jotform_base_url": "%s", "jotform_signup_form_id": "%s",
                 "jotform_setup_form_id": "%s", "givebutter_api_key": "%s", "givebutter_base_url": "%s",
                 "givebutter_campaign_code": "%s", "automated_sync_enabled": %s, "sync_interval_hours": 6}
                """.formatted(
                        FakeApis.JOTFORM_KEY,
                        APIS.jotformBaseUrl(),
                        JotformJsonShapes.SIGNUP_FORM,
                        JotformJsonShapes.SETUP_FORM,
                        FakeApis.GIVEBUTTER_KEY,
                        APIS.givebutterBaseUrl(),
                        FakeApis.CAMPAIGN_CODE,
                        automated);
    }

    private void startNodes() throws Exception {
        HikariDataSource test = testDataSource.unwrap(HikariDataSource.class);
        admin = new JdbcTemplate(testDataSource);
        database = "two_nodes_" + ThreadLocalRandom.current().nextInt(1_000_000);
        admin.execute("create database " + database);
        String url = test.getJdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
        shared = new JdbcTemplate(new DriverManagerDataSource(url, test.getUsername(), test.getPassword()));
        byte[] key = new byte[32];
        ThreadLocalRandom.current().nextBytes(key);
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL",
                url,
                "SPRING_DATASOURCE_USERNAME",
                test.getUsername(),
                "SPRING_DATASOURCE_PASSWORD",
                test.getPassword(),
                "MENTORSYNC_SECRET_KEY",
                Base64.getEncoder().encodeToString(key),
                "MENTORSYNC_ADMIN_PASSWORD",
                IntegrationTest.ADMIN_PASSWORD,
                "MENTORSYNC_API_EXTRA_HOSTS",
                "localhost,127.0.0.1");
        // one after the other: the first creates the schema and the admin, the second finds them
        nodeA = start("node-a", environment);
        awaitLogin(nodeA);
        nodeB = start("node-b", environment);
        awaitLogin(nodeB);
    }

    private static Node start(String name, Map<String, String> environment) throws IOException {
        int port = freePort();
        Path dataDir = Files.createTempDirectory(name + "-");
        Path log = Files.createDirectories(Path.of("target", "two-nodes")).resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-D" + PreparedContext.SWITCH + "=true",
                "-cp",
                System.getProperty("java.class.path"),
                // both in one cluster under the same scheduler name, each its own instance
                "-Dspring.quartz.properties.org.quartz.scheduler.instanceId=" + name,
                // a due trigger is noticed within a second (the least Quartz allows), not Quartz's default 30 s
                "-Dspring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
                "-Dmentorsync.contact-sync.requests-per-minute=" + CONTACTS_PER_WINDOW,
                "-Dmentorsync.contact-sync.window=" + CONTACT_WINDOW.toMillis() + "ms",
                "-Dmentorsync.http.max-retries=0",
                "-Dlogging.level.io.zonky=warn",
                "org.swab.mentorsync.Application"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("MENTORSYNC_DATA_DIR", dataDir.toString());
        return new Node(name, builder.start(), port, log);
    }

    private static void awaitLogin(Node node) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .failFast(
                        "the node exited; see " + node.log(),
                        () -> !node.process().isAlive())
                .until(() -> node.api().get("/login").statusCode() == 200);
        assertThat(node.log()).content().contains("Starting AOT-processed Application");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
