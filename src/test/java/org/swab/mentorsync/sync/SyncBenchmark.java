package org.swab.mentorsync.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.Application;
import org.swab.mentorsync.intake.EtlService;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeDataset;
import org.swab.mentorsync.sync.fake.FakeSignup;

/**
 * Not a test: times the baseline sync (568 signups, 434 setups, 490 members → 555 mentors) against local WireMock
 * fakes, and the ETL alone, on a throwaway embedded PostgreSQL; writes the results to docs/benchmarks.md.
 * Run (JAVA_HOME = JDK 21+): {@code ./mvnw -B -o -q test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test && $JAVA_HOME/bin/java
 * -cp target/test-classes:target/classes:$(cat target/bench.cp) org.swab.mentorsync.sync.SyncBenchmark}
 */
public final class SyncBenchmark {

    static final int RUNS = 7;
    static final String COMMAND =
            "./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test && $JAVA_HOME/bin/java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.swab.mentorsync.sync.SyncBenchmark";

    private SyncBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path dataDir = Files.createTempDirectory("mentorsync-bench-");
        System.setProperty("mentorsync.data-dir", dataDir.toString());
        System.setProperty(
                "mentorsync.embedded-postgres.data-directory",
                dataDir.resolve("pg").toString());
        try (FakeApis apis = new FakeApis();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                        .properties(
                                "server.port=0",
                                "mentorsync.admin-password=bench-password",
                                "logging.level.root=warn",
                                "vaadin.launch-browser=false",
                                "mentorsync.api.extra-hosts=localhost")
                        .run(args)) {
            dataset().serveOn(apis);
            app.getBean(SyncConfigService.class).updateApiSettings(apis.settings());
            SyncService sync = app.getBean(SyncService.class);
            EtlService etl = app.getBean(EtlService.class);

            long[] syncMs = new long[RUNS];
            long firstStarted = System.nanoTime();
            require(sync.run(SyncRequest.manual("benchmark"), SyncListener.NONE));
            long firstMs = (System.nanoTime() - firstStarted) / 1_000_000;
            for (int i = 0; i < RUNS; i++) {
                long started = System.nanoTime();
                require(sync.run(SyncRequest.manual("benchmark"), SyncListener.NONE));
                syncMs[i] = (System.nanoTime() - started) / 1_000_000;
            }
            long[] etlMs = new long[RUNS];
            int mentors = 0;
            for (int i = 0; i < RUNS; i++) {
                long started = System.nanoTime();
                mentors = etl.run(false).processed();
                etlMs[i] = (System.nanoTime() - started) / 1_000_000;
            }
            long active = app.getBean(JdbcTemplate.class)
                    .queryForObject("select count(*) from mentors where not dropped", Long.class);
            String section = report(firstMs, syncMs, etlMs, mentors, active);
            System.out.println(section);
            write(section);
        }
    }

    /** 555 people, 13 of whom signed up twice: 568 signups. */
    static FakeDataset dataset() {
        FakeDataset base = FakeDataset.generate(555, 434, 490, 2026);
        List<FakeSignup> signups = new ArrayList<>(base.signups());
        for (int i = 0; i < 13; i++) {
            FakeSignup first = base.signups().get(100 + i);
            signups.add(first.withSubmission(String.valueOf(250000000200000L + i), "2026-09-30 12:00:00"));
        }
        return new FakeDataset(signups, base.setups(), base.members());
    }

    private static void require(SyncOutcome outcome) {
        if (!outcome.succeeded()) {
            throw new IllegalStateException("Benchmark run failed: " + outcome.errorMessage());
        }
    }

    private static String report(long firstMs, long[] syncMs, long[] etlMs, int mentors, long active) {
        return String.format(
                Locale.ROOT,
                """
                ## Baseline sync (issue 5)

                Measured %s on this machine (%d cores, %s): the first run (empty database, every mentor inserted),
                then %d timed runs on the same data (all rows upserted again, ETL recomputes everything); the app and a
                throwaway embedded PostgreSQL in one JVM, Jotform and Givebutter faked by WireMock on localhost
                (real response shapes; campaign found on page 2 of /campaigns, members in 5 pages of 100).

                | what | data | median | min | max | target |
                |---|---|---|---|---|---|
                | first baseline sync, cold JVM | 568 signups + 434 setups + 490 members → %d mentors | %d ms | | | ≤ 3000 ms |
                | whole baseline sync (4 steps) | same | %d ms | %d ms | %d ms | ≤ 3000 ms |
                | ETL alone | %d mentors | %d ms | %d ms | %d ms | ≤ 500 ms |

                Rerun (JAVA_HOME = JDK 21+; rewrites this section):

                ```
                %s
                ```
                """,
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version").transform(v -> "Java " + v),
                syncMs.length,
                active,
                firstMs,
                median(syncMs),
                min(syncMs),
                max(syncMs),
                mentors,
                median(etlMs),
                min(etlMs),
                max(etlMs),
                COMMAND);
    }

    private static void write(String section) throws IOException {
        Path file = Path.of("docs", "benchmarks.md");
        Files.createDirectories(file.getParent());
        String existing = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
        String marker = "## Baseline sync (issue 5)";
        int start = existing.indexOf(marker);
        String updated;
        if (start < 0) {
            updated = existing.stripTrailing() + "\n\n" + section;
        } else {
            int next = existing.indexOf("\n## ", start + marker.length());
            updated = existing.substring(0, start) + section + (next < 0 ? "" : existing.substring(next + 1));
        }
        Files.writeString(file, updated);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
