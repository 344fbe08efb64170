package org.swab.mentorsync.mentor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.Application;
import org.swab.mentorsync.conflict.ErrorFilter;
import org.swab.mentorsync.conflict.ErrorReviewService;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.conflict.Severity;

/**
 * Not a test: times what the admin's daily pages ask the server for — a 50-row filtered, sorted page of 5,000
 * mentors and a page of an error log of 20,000 errors — as HTTP calls to the running app (server time as the browser
 * meets it, JSON included), and shows the database's plans; writes its section of docs/benchmarks.md.
 * Run: {@code scripts/daily-pages-benchmark.sh}.
 */
public final class DailyPagesBenchmark {

    static final int MENTORS = 5_000;
    static final int ERRORS = 20_000;
    static final int WARM_UP = 10;
    static final int RUNS = 30;
    static final String PASSWORD = "bench-password-12";

    /** The calls timed: what a bookmark of a filtered grid and the error log's pages ask for. */
    static final List<String> CALLS = List.of(
            "/api/mentors?status=needs_training&sort=amount_raised,desc&page=0&size=50",
            "/api/mentors?gb_sync=no_contact_id&training=false&sort=last_name&page=20&size=50",
            "/api/mentors?q=smith&sort=status&page=0&size=50",
            "/api/mentors?page=99&size=50",
            "/api/errors?unresolved=true&page=0&size=50",
            "/api/errors?type=duplicate_gb_contact&unresolved=true&page=20&size=50",
            "/api/errors?severity=error&page=100&size=50");

    /** What the server does for each call: the page and its total, as the grid and the REST endpoint ask. */
    static final List<java.util.function.Function<ConfigurableApplicationContext, Object>> SERVER_CALLS = List.of(
            app -> mentorsPage(app, "needs_training", null, null, "", 0, Sort.by(Sort.Order.desc("amount_raised"))),
            app -> mentorsPage(app, null, "no_contact_id", "false", "", 20, Sort.by("last_name")),
            app -> mentorsPage(app, null, null, null, "smith", 0, Sort.by("status")),
            app -> mentorsPage(app, null, null, null, "", 99, Sort.unsorted()),
            app -> errorsPage(app, new ErrorFilter(null, null, true), 0),
            app -> errorsPage(app, new ErrorFilter(ErrorType.DUPLICATE_GB_CONTACT, null, true), 20),
            app -> errorsPage(app, new ErrorFilter(null, Severity.ERROR, false), 100));

    private DailyPagesBenchmark() {}

    private static Object mentorsPage(
            ConfigurableApplicationContext app,
            String status,
            String gbSync,
            String training,
            String search,
            int page,
            Sort sort) {
        MentorService mentors = app.getBean(MentorService.class);
        MentorFilter filter = MentorFilter.parse(status, gbSync, training, search);
        return List.of(mentors.count(filter), mentors.list(filter, PageRequest.of(page, 50, sort)));
    }

    private static Object errorsPage(ConfigurableApplicationContext app, ErrorFilter filter, int page) {
        ErrorReviewService errors = app.getBean(ErrorReviewService.class);
        return List.of(errors.count(filter), errors.list(filter, PageRequest.of(page, 50)));
    }

    /** Median and 95th percentile in microseconds of the server's work for a call, without HTTP and the login. */
    static long[] timeServer(
            java.util.function.Function<ConfigurableApplicationContext, Object> work,
            ConfigurableApplicationContext app) {
        long[] micros = new long[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long started = System.nanoTime();
            work.apply(app);
            if (i >= WARM_UP) {
                micros[i - WARM_UP] = (System.nanoTime() - started) / 1_000;
            }
        }
        Arrays.sort(micros);
        return new long[] {micros[RUNS / 2], micros[(int) Math.ceil(RUNS * 0.95) - 1]};
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("mentorsync-bench-");
        System.setProperty("mentorsync.data-dir", dataDir.toString());
        System.setProperty(
                "mentorsync.embedded-postgres.data-directory",
                dataDir.resolve("pg").toString());
        // a system property: application.properties' ${MENTORSYNC_ADMIN_PASSWORD:} outranks builder defaults
        System.setProperty("mentorsync.admin-password", PASSWORD);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "logging.level.root=warn", "vaadin.launch-browser=false")
                .run(args)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            seed(jdbc);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < CALLS.size(); i++) {
                String call = CALLS.get(i);
                long[] ms = time(http, port, call);
                long[] server = timeServer(SERVER_CALLS.get(i), app);
                rows.add(String.format(
                        Locale.ROOT,
                        "| `%s` | %.1f ms | %.1f ms | %.1f ms | %.1f ms |",
                        call,
                        server[0] / 1000.0,
                        server[1] / 1000.0,
                        ms[0] / 1000.0,
                        ms[1] / 1000.0));
            }
            String section = report(rows, plans(app, jdbc));
            System.out.println(section);
            write(section);
        }
    }

    /** 5,000 mentors in every status and contact state, 20,000 errors of every type, 30 % resolved. */
    static void seed(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, first_name, last_name, full_name, phone, personal_email,
                                     uga_email, status_category, gb_contact_id, signup_at)
                select (100000 + n)::text, 'Pat' || n, 'Pat' || n, (array['Smith', 'Lee', 'Nguyen', 'Brown',
                       'Garcia'])[1 + n % 5] || n, 'Pat' || n || ' Smith', '+1706' || lpad(n::text, 7, '0'),
                       'pat' || n || '@gmail.com', 'p' || n || '@uga.edu',
                       (array['needs_setup', 'needs_page', 'needs_fundraising', 'needs_training',
                              'complete'])[1 + n % 5],
                       case when n % 3 = 0 then null else 30000000 + n end, now() - n * interval '1 minute'
                  from generate_series(1, ?) n""", MENTORS);
        jdbc.update("""
                insert into mn_tasks (mn_id, signup_done, setup_done, campaign_member, amount_raised,
                                      fundraised_done, training_done)
                select mn_id, true, n % 5 > 0, n % 5 > 1, (n * 37) % 400, n % 5 > 2, n % 5 > 3
                  from (select mn_id, mn_id::int - 100000 as n from mentors) m""");
        jdbc.update("""
                insert into raw_mn_gb_contacts (mn_id, contact_id, source, sync_status, last_synced_at)
                select mn_id, gb_contact_id, 'csv_match',
                       (array['synced', 'synced', 'conflict', 'stale'])[1 + (mn_id::int % 4)], now()
                  from mentors where gb_contact_id is not null and mn_id::int % 7 <> 0""");
        jdbc.update("""
                insert into mn_contact_unlinks (mn_id, contact_id, unlinked_at, unlinked_by)
                select mn_id, 40000000 + mn_id::int, now(), 'admin' from mentors
                 where gb_contact_id is null and mn_id::int % 2 = 0""");
        jdbc.update("""
                insert into mn_errors (mn_id, error_type, error_key, error_message, severity, resolved,
                                       created_at, updated_at)
                select (100000 + n % ?)::text,
                       (array['duplicate_gb_contact', 'invalid_phone', 'contact_data_conflict', 'shared_phone',
                              'external_id_mismatch', 'member_without_contact'])[1 + n % 6],
                       'key-' || n, 'Logged problem number ' || n,
                       (array['critical', 'error', 'warning', 'warning', 'info'])[1 + n % 5],
                       n % 10 < 3, now() - n * interval '1 minute', now() - n * interval '1 minute'
                  from generate_series(1, ?) n""", MENTORS, ERRORS);
        jdbc.execute("analyze");
    }

    /** Median, 95th percentile and maximum in microseconds of the call over HTTP with the admin's Basic login. */
    static long[] time(HttpClient http, int port, String call) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .build();
        long[] micros = new long[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(call + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= WARM_UP) {
                micros[i - WARM_UP] = (System.nanoTime() - started) / 1_000;
            }
        }
        Arrays.sort(micros);
        return new long[] {micros[RUNS / 2], micros[(int) Math.ceil(RUNS * 0.95) - 1], micros[RUNS - 1]};
    }

    /** The plans of the grid's page query (the statement the app runs) and of the error log's page. */
    static String plans(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        MentorQueries.Statement page = app.getBean(MentorQueries.class)
                .pageStatement(
                        MentorFilter.parse("needs_training", null, null, ""),
                        PageRequest.of(0, 50, Sort.by(Sort.Order.desc("amount_raised"))));
        String mentors = explain(jdbc, page.sql(), page.args());
        String errors = explain(
                jdbc,
                "select * from mn_errors where not resolved order by updated_at desc, id desc limit 50 offset 1000");
        String count = explain(jdbc, "select count(*) from mn_errors where not resolved");
        return "Mentors page (status needs_training, by amount raised):\n\n```\n" + mentors + "\n```\n\n"
                + "Error log page 21 (open errors, newest first, as the error log orders them):\n\n```\n" + errors
                + "\n```\n\nIts total:\n\n```\n" + count + "\n```\n";
    }

    private static String explain(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc
                .queryForList("explain (analyze, costs off, timing off, summary on) " + sql, String.class, args)
                .stream()
                .collect(Collectors.joining("\n"));
    }

    private static String report(List<String> rows, String plans) {
        return String.format(
                Locale.ROOT,
                """
                <!-- daily-pages-benchmark:start -->
                ## Daily pages: mentors grid and error log (issue 12)

                Measured %s on this machine (%d cores, Java %s): %,d active mentors in every status and contact state
                and %,d logged errors, in the app's embedded PostgreSQL; each call made over HTTP with the admin's
                Basic login against the running app (JSON included), %d warm-up calls then %d timed. Server = the
                services the grid and the endpoint call (the page and its total); over HTTP adds the JSON and the
                Basic login, whose BCrypt check of the password on every stateless call is most of it (a browser's
                session checks it once). Target: ≤ 50 ms server time for a page.

                | call | server median | server p95 | over HTTP median | over HTTP p95 |
                |---|---|---|---|---|
                %s

                %s
                Rerun: `scripts/daily-pages-benchmark.sh` (rewrites this section).
                <!-- daily-pages-benchmark:end -->
                """,
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                MENTORS,
                ERRORS,
                WARM_UP,
                RUNS,
                String.join("\n", rows),
                plans);
    }

    private static void write(String section) throws IOException {
        Path file = Path.of("docs", "benchmarks.md");
        String existing = Files.readString(file);
        String start = "<!-- daily-pages-benchmark:start -->";
        String end = "<!-- daily-pages-benchmark:end -->\n";
        int from = existing.indexOf(start);
        String updated = from < 0
                ? existing.stripTrailing() + "\n\n" + section
                : existing.substring(0, from) + section + existing.substring(existing.indexOf(end) + end.length());
        Files.writeString(file, updated);
    }
}
