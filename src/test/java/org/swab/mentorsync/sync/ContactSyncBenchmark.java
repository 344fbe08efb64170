package org.swab.mentorsync.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.Application;
import org.swab.mentorsync.contactsync.ContactSyncProperties;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeContacts;

/**
 * Not a test: times the contact sync against a fake Givebutter that takes 50 ms per call, for 400 contacts (under the
 * rate limit: concurrency decides) and 555 contacts (over it: the rolling-minute limit decides), and counts the most
 * requests the fake saw in any 60-second window. Writes the results to docs/benchmarks.md.
 * Run (JAVA_HOME = JDK 21+): {@code ./mvnw -B -o -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test && $JAVA_HOME/bin/java
 * -cp target/test-classes:target/classes:$(cat target/bench.cp) org.swab.mentorsync.sync.ContactSyncBenchmark}
 */
public final class ContactSyncBenchmark {

    static final int LATENCY_MS = 50;
    static final String COMMAND =
            "./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test && $JAVA_HOME/bin/java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.swab.mentorsync.sync.ContactSyncBenchmark";
    private static final String MARKER = "## Contact sync (issue 6)";

    private ContactSyncBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("mentorsync-bench-");
        System.setProperty("mentorsync.data-dir", dataDir.toString());
        System.setProperty(
                "mentorsync.embedded-postgres.data-directory",
                dataDir.resolve("pg").toString());
        System.setProperty("mentorsync.embedded-postgres.durable", "false");
        try (FakeApis apis = new FakeApis();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                        .properties(
                                "server.port=0",
                                "mentorsync.admin-password=bench-password",
                                "logging.level.root=warn",
                                "vaadin.launch-browser=false",
                                "mentorsync.api.extra-hosts=localhost")
                        .run(args)) {
            app.getBean(SyncConfigService.class).updateApiSettings(apis.settings());
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            SyncService sync = app.getBean(SyncService.class);
            int limit = app.getBean(ContactSyncProperties.class).requestsPerMinute();
            int concurrency = app.getBean(ContactSyncProperties.class).concurrency();
            serveContacts(apis, 555);

            // warm-up (JIT, connection pools); 50 + 400 requests stay under the limit of one minute
            measure(apis, jdbc, sync, 50);
            Result small = measure(apis, jdbc, sync, 400);
            System.out.println("400 contacts: " + small);
            // a fresh rolling minute, so the 555 run starts with the whole allowance
            Thread.sleep(61_000);
            Result large = measure(apis, jdbc, sync, 555);
            System.out.println("555 contacts: " + large);
            write(report(small, large, limit, concurrency));
        }
    }

    private static void serveContacts(FakeApis apis, int count) {
        for (int i = 1; i <= count; i++) {
            long id = 40000000L + i;
            String phone = String.format(Locale.ROOT, "+1706555%04d", i);
            apis.server()
                    .stubFor(get(urlPathEqualTo("/v1/contacts/" + id))
                            .withHeader("Authorization", equalTo("Bearer " + FakeApis.GIVEBUTTER_KEY))
                            .willReturn(WireMock.aResponse()
                                    .withStatus(200)
                                    .withFixedDelay(LATENCY_MS)
                                    .withHeader("Content-Type", "application/json")
                                    .withBody(FakeContacts.contact(
                                                    id, "First" + i, "Last" + i, phone, "mentor" + i + "@uga.edu")
                                            .toString())));
        }
    }

    private static Result measure(FakeApis apis, JdbcTemplate jdbc, SyncService sync, int count) {
        jdbc.execute(
                "truncate mentor_field_overrides, mentor_field_changes, mn_contact_unlinks, raw_mn_gb_contacts, mn_errors, mentors "
                        + "cascade");
        List<Object[]> mentors = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            mentors.add(new Object[] {
                String.valueOf(1000 + i),
                40000000L + i,
                "First" + i,
                "Last" + i,
                "First" + i,
                String.format(Locale.ROOT, "+1706555%04d", i),
                "mentor" + i + "@uga.edu"
            });
        }
        jdbc.batchUpdate(
                "insert into mentors (mn_id, gb_contact_id, first_name, last_name, preferred_name, phone, "
                        + "uga_email) values (?, ?, ?, ?, ?, ?, ?)",
                mentors);
        apis.server().resetRequests();
        long started = System.nanoTime();
        SyncOutcome outcome = sync.run(SyncRequest.contactSync(TriggeredBy.SYSTEM, "benchmark"), SyncListener.NONE);
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (!outcome.succeeded()) {
            throw new IllegalStateException("Benchmark run failed: " + outcome.errorMessage());
        }
        List<Long> sent = apis.server().getAllServeEvents().stream()
                .map(event -> event.getRequest().getLoggedDate().getTime())
                .sorted()
                .toList();
        long synced =
                jdbc.queryForObject("select count(*) from raw_mn_gb_contacts where sync_status = 'synced'", Long.class);
        return new Result(count, ms, sent.size(), maxInAnyMinute(sent), synced);
    }

    private static int maxInAnyMinute(List<Long> sent) {
        int max = 0;
        int from = 0;
        for (int to = 0; to < sent.size(); to++) {
            while (sent.get(to) - sent.get(from) >= 60_000) {
                from++;
            }
            max = Math.max(max, to - from + 1);
        }
        return max;
    }

    private static String report(Result small, Result large, int limit, int concurrency) {
        return String.format(
                Locale.ROOT,
                """
                %s

                Measured %s on this machine (%d cores, Java %s): the app and a throwaway embedded PostgreSQL in one
                JVM, Givebutter faked by WireMock on localhost answering every `GET /contacts/{id}` after %d ms
                (the real contact shape), after a warm-up run of 50 contacts. Each contact is mirrored to raw_mn_gb_contacts and reconciled (sync-back,
                conflicts) in its own transaction.

                | contacts | wall time | requests | most requests in any 60 s | synced | target |
                |---|---|---|---|---|---|
                | %d | %.1f s | %d | %d | %d | ≤ 5 s (sequential ≈ 20 s) |
                | %d | %.1f s | %d | %d | %d | ≤ 70 s, never > 500 in 60 s |

                How the requests are scheduled: %d in flight at once (a semaphore over virtual threads), and every
                attempt, retries included, first takes a slot from a sliding-window limiter (`SlidingWindowRateLimiter`,
                %d per rolling minute plus a second of slack: the %dth request after any request waits until that one is
                61 s old, so skew between taking a slot and reaching the server cannot break Givebutter's minute). The
                limit sits under Givebutter's 500/min to leave room for the other calls made with the same key. A 429
                pauses the limiter for Retry-After, so every worker waits, not only the one that got it. So 400
                contacts are paced by concurrency alone (≈ 400 × 50 ms / %d), while 555 go out %d at once and the rest
                61 s after the first: ≈ 62 s.

                Rerun (JAVA_HOME = JDK 21+; rewrites this section; takes about 2½ minutes):

                ```
                %s
                ```
                """,
                MARKER,
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                LATENCY_MS,
                small.contacts,
                small.ms / 1000.0,
                small.requests,
                small.maxPerMinute,
                small.synced,
                large.contacts,
                large.ms / 1000.0,
                large.requests,
                large.maxPerMinute,
                large.synced,
                concurrency,
                limit,
                limit + 1,
                concurrency,
                limit,
                COMMAND);
    }

    private static void write(String section) throws IOException {
        Path file = Path.of("docs", "benchmarks.md");
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
        int start = existing.indexOf(MARKER);
        String updated;
        if (start < 0) {
            updated = existing.stripTrailing() + "\n\n" + section;
        } else {
            int next = existing.indexOf("\n## ", start + MARKER.length());
            updated = existing.substring(0, start) + section + (next < 0 ? "" : existing.substring(next + 1));
        }
        Files.writeString(file, updated);
    }

    private record Result(int contacts, long ms, int requests, int maxPerMinute, long synced) {
        @Override
        public String toString() {
            return ms + " ms, " + requests + " requests, max " + maxPerMinute + "/min, " + synced + " synced";
        }
    }
}
