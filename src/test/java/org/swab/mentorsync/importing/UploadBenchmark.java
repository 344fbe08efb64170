package org.swab.mentorsync.importing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What the admin meets, measured from outside: the jar started fresh ({@code java -Xmx512m -jar}) against an external
 * PostgreSQL, then the contacts export uploaded over HTTP ({@code POST /api/sync/features/csv-upload}, HTTP Basic),
 * next to {@code psql \copy} of the same file into a plain 58-column text table on the same server in the same run.
 * Cases per fresh start: the first upload into an empty table, the same file again, tomorrow's export (1 % of rows
 * changed, 0.5 % new); the first upload again, on a fresh start, as late as an admin gets to it; 400,000 contacts on
 * their own fresh start; start-up to HTTP 200 on /login with the external
 * database and zero-config (embedded PostgreSQL, new and existing data directory). Medians of several fresh starts;
 * heap peak from the GC log. Rewrites its section of docs/benchmarks.md. Run by scripts/benchmark-upload.sh, which
 * starts the PostgreSQL server and passes it in the environment.
 */
public final class UploadBenchmark {

    private static final String START = "<!-- upload-benchmark:start -->";
    private static final String END = "<!-- upload-benchmark:end -->";
    private static final String PASSWORD = "benchmark-password-12";
    private static final int CONTACTS = 40_000;
    private static final int MANY_CONTACTS = 400_000;
    private static final int MENTORS = 555;
    private static final Duration ADMIN_PACE = Duration.ofSeconds(10);
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Path jar;
    private final Path work;
    private final String pgHost;
    private final String pgPort;
    private final String pgUser;
    private final int rounds;
    private final int manyRounds;
    private final List<String> jvmOptions;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int port = 8404;

    private UploadBenchmark(Map<String, String> env) {
        this.jar = Path.of(env.getOrDefault("BENCH_JAR", "target/mentor-sync-0.1.0-SNAPSHOT.jar"));
        this.work = Path.of(env.getOrDefault("BENCH_WORK", "/tmp/scale-bench"));
        this.pgHost = env.getOrDefault("BENCH_PGHOST", "127.0.0.1");
        this.pgPort = env.getOrDefault("BENCH_PGPORT", "54329");
        this.pgUser = env.getOrDefault("BENCH_PGUSER", "postgres");
        this.rounds = Integer.parseInt(env.getOrDefault("BENCH_ROUNDS", "3"));
        this.manyRounds = Integer.parseInt(env.getOrDefault("BENCH_MANY_ROUNDS", "1"));
        this.jvmOptions = List.of(env.getOrDefault("BENCH_JVM_OPTIONS", "").split(" ")).stream()
                .filter(option -> !option.isBlank())
                .toList();
    }

    public static void main(String[] args) throws Exception {
        Path doc = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        UploadBenchmark benchmark = new UploadBenchmark(System.getenv());
        String section = benchmark.run();
        System.out.println(section);
        if (!"false".equals(System.getenv("BENCH_WRITE_DOC"))) {
            rewrite(doc, section);
        }
    }

    private String run() throws Exception {
        Files.createDirectories(work);
        RealisticExport export = new RealisticExport(20261202L);
        Path first = work.resolve("contacts-40k.csv");
        Path changed = work.resolve("contacts-40k-next-day.csv");
        Path many = work.resolve("contacts-400k.csv");
        export.write(first, CONTACTS);
        export.writeChanged(changed, CONTACTS, 1, 5);
        export.write(many, MANY_CONTACTS);
        Path mentors = work.resolve("mentors.sql");
        writeMentors(export, mentors);

        Map<String, List<Long>> times = new LinkedHashMap<>();
        List<Long> heapPeaks = new ArrayList<>();
        String matched = "";
        for (int round = 0; round < rounds; round++) {
            String database = freshDatabase();
            App app = start(database, "round-" + round);
            times.computeIfAbsent("startup_external", key -> new ArrayList<>()).add(app.startupMs);
            times.computeIfAbsent("startup_external_cpu", key -> new ArrayList<>())
                    .add(app.startupCpuMs);
            psql(database, "-f", mentors.toString());
            times.computeIfAbsent("first", key -> new ArrayList<>()).add(upload(app, first));
            times.computeIfAbsent("again", key -> new ArrayList<>()).add(upload(app, first));
            times.computeIfAbsent("changed", key -> new ArrayList<>()).add(upload(app, changed));
            matched = psql(database, "-tAc", "select count(*) from mentors where gb_contact_id is not null")
                    .strip();
            heapPeaks.add(app.stop());
            // a restart on the database as it now is: no schema to create, the everyday start
            App restarted = start(database, "restart-" + round);
            times.computeIfAbsent("startup_existing", key -> new ArrayList<>()).add(restarted.startupMs);
            times.computeIfAbsent("startup_existing_cpu", key -> new ArrayList<>())
                    .add(restarted.startupCpuMs);
            restarted.stop();
            times.computeIfAbsent("copy_first", key -> new ArrayList<>()).add(copy(database, first));
            times.computeIfAbsent("copy_changed", key -> new ArrayList<>()).add(copy(database, changed));
            dropDatabase(database);
        }
        for (int round = 0; round < manyRounds; round++) {
            String database = freshDatabase();
            App app = start(database, "many-" + round);
            psql(database, "-f", mentors.toString());
            times.computeIfAbsent("many", key -> new ArrayList<>()).add(upload(app, many));
            heapPeaks.add(app.stop());
            times.computeIfAbsent("copy_many", key -> new ArrayList<>()).add(copy(database, many));
            dropDatabase(database);
        }
        // an admin reaches the upload some seconds after the login page: the start-up warm-ups have run by then
        for (int round = 0; round < rounds; round++) {
            String database = freshDatabase();
            App app = start(database, "paced-" + round);
            psql(database, "-f", mentors.toString());
            Thread.sleep(ADMIN_PACE.toMillis());
            times.computeIfAbsent("first_paced", key -> new ArrayList<>()).add(upload(app, first));
            app.stop();
            dropDatabase(database);
        }
        for (int round = 0; round < rounds; round++) {
            Path dataDir = Files.createTempDirectory(work, "zero-config-");
            App fresh = startZeroConfig(dataDir, "zero-" + round + "-new");
            times.computeIfAbsent("startup_zero_new", key -> new ArrayList<>()).add(fresh.startupMs);
            times.computeIfAbsent("startup_zero_new_cpu", key -> new ArrayList<>())
                    .add(fresh.startupCpuMs);
            fresh.stop();
            App again = startZeroConfig(dataDir, "zero-" + round + "-existing");
            times.computeIfAbsent("startup_zero_existing", key -> new ArrayList<>())
                    .add(again.startupMs);
            times.computeIfAbsent("startup_zero_existing_cpu", key -> new ArrayList<>())
                    .add(again.startupCpuMs);
            again.stop();
        }
        // the same restart in the launcher's own JVM, without the ahead-of-time cache the build trained
        for (int round = 0; round < rounds; round++) {
            String database = freshDatabase();
            start(database, "schema-" + round).stop();
            Map<String, String> env = externalDatabase(database);
            env.put("MENTORSYNC_AOT_CACHE", "false");
            App app = launch("no-cache-" + round, env, Files.createTempDirectory(work, "data-"), plainJar());
            times.computeIfAbsent("startup_no_cache", key -> new ArrayList<>()).add(app.startupMs);
            times.computeIfAbsent("startup_no_cache_cpu", key -> new ArrayList<>())
                    .add(app.startupCpuMs);
            app.stop();
            dropDatabase(database);
        }
        return section(times, heapPeaks, matched, Files.size(first), Files.size(many));
    }

    private Map<String, String> externalDatabase(String database) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database);
        env.put("SPRING_DATASOURCE_USERNAME", pgUser);
        env.put("SPRING_DATASOURCE_PASSWORD", "unused");
        env.put("MENTORSYNC_SECRET_KEY", Base64.getEncoder().encodeToString(new byte[32]));
        return env;
    }

    // ---- the app ----

    private record App(Process process, int port, long startupMs, long startupCpuMs, Path gcLog) {
        long stop() throws Exception {
            process.destroy();
            process.onExit().get();
            return peakHeapMb(gcLog);
        }
    }

    private App start(String database, String name) throws Exception {
        return launch(name, externalDatabase(database), Files.createTempDirectory(work, "data-"), plainJar());
    }

    private App startZeroConfig(Path dataDir, String name) throws Exception {
        return launch(name, new LinkedHashMap<>(), dataDir, plainJar());
    }

    private List<String> plainJar() {
        return List.of("-jar", jar.toString());
    }

    private App launch(String name, Map<String, String> env, Path dataDir, List<String> jarArguments) throws Exception {
        int appPort = port++;
        if (port > 8409) {
            port = 8404;
        }
        Path gcLog = work.resolve(name + "-gc.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(jvmOptions);
        command.addAll(jarArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("MENTORSYNC_"));
        builder.environment().putAll(env);
        builder.environment().put("PORT", String.valueOf(appPort));
        builder.environment().put("MENTORSYNC_DATA_DIR", dataDir.toString());
        builder.environment().put("MENTORSYNC_ADMIN_PASSWORD", PASSWORD);
        long started = System.nanoTime();
        Process process = builder.start();
        URI login = URI.create("http://127.0.0.1:" + appPort + "/login");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited; see " + work.resolve(name + ".log"));
            }
            try {
                HttpResponse<Void> response =
                        http.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        long startupMs = (System.nanoTime() - started) / 1_000_000;
        long cpuMs = cpuMillis(process);
        System.out.printf("%s: HTTP 200 on /login after %d ms (%d ms of CPU)%n", name, startupMs, cpuMs);
        return new App(process, appPort, startupMs, cpuMs, gcLog);
    }

    /**
     * CPU time (user + system) so far of the launcher and the application's JVM it started: less shaken than wall
     * time by other work on the machine. The embedded database's processes are not counted.
     */
    private static long cpuMillis(Process process) {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .filter(handle -> handle.info().command().orElse("").endsWith("/java"))
                .mapToLong(handle -> {
                    try {
                        String stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"));
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // fields 14 and 15 of proc(5) counted from after the command: utime, stime in 1/100 s
                        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
                    } catch (IOException | RuntimeException e) {
                        return 0;
                    }
                })
                .sum();
    }

    private long upload(App app, Path file) throws Exception {
        String boundary = "----mentorsync" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/api/sync/features/csv-upload"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file),
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Upload answered " + response.statusCode() + ": " + response.body());
        }
        System.out.printf("upload %s: %d ms%n", file.getFileName(), ms);
        return ms;
    }

    /** The largest heap in use before any collection, from -Xlog:gc ("Pause Young … 300M->80M(512M)"). */
    private static long peakHeapMb(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher matcher = GC_HEAP.matcher(line);
            while (matcher.find()) {
                peak = Math.max(peak, Long.parseLong(matcher.group(1)));
            }
        }
        return peak;
    }

    // ---- the database ----

    private String freshDatabase() throws Exception {
        String database = "bench_" + System.nanoTime();
        psql("postgres", "-c", "create database " + database);
        return database;
    }

    private void dropDatabase(String database) throws Exception {
        psql("postgres", "-c", "drop database " + database + " with (force)");
    }

    /** psql \copy of the file into a new plain 58-column text table, psql's own start-up included. */
    private long copy(String database, Path file) throws Exception {
        String table = "copy_" + System.nanoTime();
        String columns =
                IntStream.rangeClosed(1, 58).mapToObj(i -> "c" + i + " text").collect(Collectors.joining(", "));
        psql(database, "-c", "create table " + table + " (" + columns + ")");
        long started = System.nanoTime();
        psql(database, "-c", "\\copy " + table + " from '" + file + "' with (format csv, header true)");
        long ms = (System.nanoTime() - started) / 1_000_000;
        psql(database, "-c", "drop table " + table);
        System.out.printf("\\copy %s: %d ms%n", file.getFileName(), ms);
        return ms;
    }

    private String psql(String database, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", pgHost, "-p", pgPort, "-U", pgUser, "-d", database));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
        return output;
    }

    /** A season's mentors, every 72nd contact of the file, as the ETL would have them (E.164 phone, email). */
    private static void writeMentors(RealisticExport export, Path file) throws IOException {
        StringBuilder sql = new StringBuilder("insert into mentors (mn_id, phone, personal_email, uga_email, "
                + "preferred_name, first_name, last_name) values\n");
        for (int i = 0; i < MENTORS; i++) {
            String[] identity = export.identity(i * 72);
            sql.append(i == 0 ? "" : ",\n")
                    .append("('%d', '%s', %s, '%s', 'Sam', 'Sam', 'Lee')"
                            .formatted(
                                    1000 + i,
                                    identity[0],
                                    identity[1] == null ? "null" : "'" + identity[1].strip() + "'",
                                    "mentor" + i + "@uga.edu"));
        }
        Files.writeString(file, sql.append(";\n").toString());
    }

    // ---- the report ----

    private String section(
            Map<String, List<Long>> times, List<Long> heapPeaks, String matched, long fileBytes, long manyBytes) {
        long first = median(times.get("first"));
        long again = median(times.get("again"));
        long changed = median(times.get("changed"));
        long many = median(times.get("many"));
        long copyFirst = median(times.get("copy_first"));
        long copyChanged = median(times.get("copy_changed"));
        long copyMany = median(times.get("copy_many"));
        long heap = heapPeaks.stream().mapToLong(Long::longValue).max().orElse(-1);
        StringBuilder out = new StringBuilder(START).append('\n');
        out.append("## Contacts CSV upload and start-up, as the admin meets them (issue 15)\n\n");
        out.append("Measured %s on this machine (%d cores), %s, `java -Xmx512m -jar` started fresh for every round"
                        .formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), javaVersion()))
                .append(jvmOptions.isEmpty() ? "" : " with `" + String.join(" ", jvmOptions) + "`")
                .append(", an external PostgreSQL (`postgres` started by the script) and a generated export (")
                .append("`RealisticExport`, seed 20261202: all 58 columns, quoted newlines in notes, emoji"
                        + " custom-field")
                .append(" headers, additional phones and emails, phones in 9 human formats; %,d bytes for 40k, %,d for"
                        .formatted(fileBytes, manyBytes))
                .append((" 400k) with %d mentors. Upload = `POST /api/sync/features/csv-upload` over HTTP with"
                                + " HTTP Basic,")
                        .formatted(MENTORS))
                .append(" until the answer; `\\copy` = `psql \\copy` of the same file into a plain 58-column"
                        + " text table")
                .append(" on the same server in the same run, psql start-up included. Medians of %d fresh starts"
                        .formatted(rounds))
                .append(" (400k: %d). Heap peak: the most in use before any collection (`-Xlog:gc`), garbage included."
                        .formatted(manyRounds))
                .append(
                        " Start-up: `java -jar` until HTTP 200 on `/login`; the jar runs the application in a second JVM")
                .append(
                        " given the ahead-of-time cache the build trained, and CPU counts both JVMs. Load average when it")
                .append(" ended: ")
                .append(loadAverage())
                .append(" (other work on the machine slows both sides; compare ratios of one run).\n\n");
        out.append("| case | upload | `\\copy` | ratio | target |\n|---|---|---|---|---|\n");
        out.append(row("first upload, 40k, empty table", first, copyFirst, "≤ 4×"));
        out.append(row(
                "first upload, 40k, empty table, %d s after the login page (an admin's pace)"
                        .formatted(ADMIN_PACE.toSeconds()),
                median(times.get("first_paced")),
                copyFirst,
                "–"));
        out.append(row("same 40k file again", again, copyFirst, "≤ 2×"));
        out.append(row("next day's export: 1 % changed, 0.5 % new", changed, copyChanged, "≤ 2×"));
        out.append(row("400k, empty table", many, copyMany, "≤ 10× the 40k upload"));
        out.append("\n- 400k upload / 40k upload: **%.1f×** (target ≤ 10×)\n".formatted((double) many / first));
        out.append("- heap peak: **%d MB** (target ≤ 512 MB)\n".formatted(heap));
        out.append("- mentors matched after the uploads: %s / %d\n".formatted(matched, MENTORS));
        out.append("\n| start-up to HTTP 200 on /login | wall | CPU (user + system) | target |\n|---|---|---|---|\n");
        out.append(startup(times, "external database, existing schema (a restart)", "startup_existing", "≤ 8 s"));
        out.append(startup(times, "external database, empty (schema created)", "startup_external", "≤ 8 s"));
        out.append(startup(times, "zero-config, existing data directory", "startup_zero_existing", "≤ 10 s"));
        out.append(startup(times, "zero-config, new data directory (initdb)", "startup_zero_new", "≤ 10 s"));
        out.append(startup(
                times,
                "external database, existing schema, without the trained cache (`MENTORSYNC_AOT_CACHE=false`)",
                "startup_no_cache",
                "–"));
        out.append('\n');
        out.append("- every run (ms): ").append(times).append('\n');
        out.append("\nRerun: `scripts/benchmark-upload.sh` (builds the jar, starts a throwaway PostgreSQL, runs")
                .append(" `org.swab.mentorsync.importing.UploadBenchmark`, rewrites this section; BENCH_ROUNDS,")
                .append(" BENCH_MANY_ROUNDS and BENCH_JVM_OPTIONS change the rounds and the JVM's options).\n");
        return out.append(END).toString();
    }

    private static String startup(Map<String, List<Long>> times, String label, String key, String target) {
        return "| %s | %,d ms | %,d ms | %s |\n"
                .formatted(label, median(times.get(key)), median(times.get(key + "_cpu")), target);
    }

    private static String row(String label, long upload, long copy, String target) {
        double ratio = (double) upload / copy;
        return "| %s | %,d ms | %,d ms | %.1f× | %s |\n".formatted(label, upload, copy, ratio, target);
    }

    private static long median(List<Long> values) {
        if (values == null || values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String javaVersion() {
        return "JDK " + Runtime.version().feature() + " (" + System.getProperty("java.vm.name") + ")";
    }

    private static void rewrite(Path doc, String section) throws IOException {
        String text = Files.readString(doc);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        String updated = start >= 0 && end > start
                ? text.substring(0, start) + section + text.substring(end + END.length())
                : text.stripTrailing() + "\n\n" + section + "\n";
        Files.writeString(doc, updated);
    }
}
