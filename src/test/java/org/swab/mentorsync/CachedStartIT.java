package org.swab.mentorsync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as an admin starts it ({@code java -jar}), with the ahead-of-time cache the build trained: the
 * application runs in a JVM that has the cache and the launcher's options, and whatever stops the launcher stops
 * the application and its embedded database too.
 */
class CachedStartIT {

    private static Path jar;

    @TempDir
    Path dataDir;

    private Process launcher;
    private ProcessHandle application;

    @BeforeAll
    static void findThePackagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(path -> path.getFileName().toString().matches("mentor-sync-.*\\.jar"))
                    .findFirst()
                    .orElse(null);
        }
        assumeTrue(jar != null, "no packaged jar (run the integration tests with `./mvnw verify`)");
        Path unpacked = jar.resolveSibling("." + jar.getFileName() + ".unpacked");
        try (Stream<Path> caches = Files.exists(unpacked) ? Files.walk(unpacked, 2) : Stream.empty()) {
            assumeTrue(
                    caches.anyMatch(path -> path.getFileName().toString().equals(CachedStart.CACHE)),
                    "the build trained no cache (-Dmentorsync.aot-training.skip or a JDK before 25)");
        }
    }

    @AfterEach
    void stopWhatIsLeft() {
        if (launcher != null) {
            launcher.destroyForcibly();
        }
        if (application != null) {
            application.destroyForcibly();
        }
    }

    @Test
    void the_jar_runs_the_application_in_a_jvm_with_the_trained_cache_and_its_own_options() throws IOException {
        startAndAwaitLogin();

        // its class path makes the command line too long for ProcessHandle.Info
        List<String> command = List.of(Files.readString(Path.of("/proc", Long.toString(application.pid()), "cmdline"))
                .split("\0"));
        assertThat(command)
                .contains("-Xmx384m", "-Dmentorsync.warm-up.before-serving=2s")
                .anyMatch(argument -> argument.startsWith("-XX:AOTCache=") && argument.endsWith(CachedStart.CACHE))
                .doesNotContain("-jar");
        if (Runtime.getRuntime().availableProcessors() <= 2) {
            // C1 only on two cores, before the launcher's options so that one given there wins
            assertThat(command.indexOf("-XX:TieredStopAtLevel=1")).isBetween(1, command.indexOf("-Xmx384m"));
            // and the parallel collector, the launcher's options choosing none
            assertThat(command).contains("-XX:+UseParallelGC");
        }
        assertThat(Files.readString(dataDir.resolve("launcher.log")))
                .contains("Starting AOT-processed Application")
                .doesNotContain("error has occurred while processing the AOT cache");
    }

    @Test
    void stopping_the_launcher_stops_the_application_gracefully_with_its_database() throws IOException {
        startAndAwaitLogin();

        launcher.destroy(); // SIGTERM, as systemd or Ctrl-C would

        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> !launcher.isAlive());
        assertThat(application.isAlive()).isFalse();
        assertNoDatabaseLeft();
    }

    @Test
    void an_application_whose_launcher_is_killed_outright_stops_on_its_own() throws IOException {
        startAndAwaitLogin();

        launcher.destroyForcibly(); // SIGKILL: the launcher cannot hand anything on

        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> !application.isAlive());
        assertNoDatabaseLeft();
    }

    @Test
    void without_the_cache_the_application_runs_in_the_launchers_own_jvm() throws IOException {
        startAndAwaitLogin(Map.of("MENTORSYNC_AOT_CACHE", "false"));

        assertThat(application).isNull();
        assertThat(Files.readString(dataDir.resolve("launcher.log"))).contains("Starting AOT-processed Application");
    }

    @Test
    void a_cache_choice_in_the_environment_runs_the_application_in_one_jvm_instead_of_failing_it() throws IOException {
        startAndAwaitLogin(Map.of("JDK_JAVA_OPTIONS", "-Xshare:auto"));

        assertThat(application).isNull();
    }

    @Test
    void a_collector_chosen_in_the_environment_is_the_only_one_the_application_gets() throws IOException {
        // the application's JVM reads JAVA_TOOL_OPTIONS too: a second collector on its command line would stop it
        startAndAwaitLogin(Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseSerialGC"));

        assertThat(application).as("the application's JVM").isNotNull();
        assertThat(Files.readString(Path.of("/proc", Long.toString(application.pid()), "cmdline")))
                .doesNotContain("-XX:+UseParallelGC");
    }

    private void startAndAwaitLogin() throws IOException {
        startAndAwaitLogin(Map.of());
        assertThat(application).as("the application's JVM").isNotNull();
    }

    private void startAndAwaitLogin(Map<String, String> environment) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "--server.port=" + port)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("launcher.log").toFile());
        builder.environment()
                .keySet()
                .removeIf(key ->
                        key.startsWith("SPRING_") || key.startsWith("MENTORSYNC_") || key.endsWith("JAVA_OPTIONS"));
        builder.environment().put("MENTORSYNC_DATA_DIR", dataDir.resolve("data").toString());
        builder.environment().put("MENTORSYNC_ADMIN_PASSWORD", "cached-start-password");
        builder.environment().putAll(environment);
        launcher = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        Awaitility.await()
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .failFast("the launcher exited; see " + dataDir.resolve("launcher.log"), () -> !launcher.isAlive())
                .until(() -> http.send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
        List<ProcessHandle> javaChildren = launcher.children()
                .filter(child -> child.info().command().orElse("").endsWith("/java"))
                .toList();
        assertThat(javaChildren).hasSizeLessThan(2);
        application = javaChildren.isEmpty() ? null : javaChildren.getFirst();
    }

    private void assertNoDatabaseLeft() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            try (Stream<Path> files = Files.walk(dataDir)) {
                assertThat(files.map(path -> path.getFileName().toString())).doesNotContain("postmaster.pid");
            }
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
