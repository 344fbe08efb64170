package org.swab.mentorsync;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The build trains a JDK ahead-of-time cache for the jar's unpacked copy (JDK 25: classes loaded and linked, method
 * profiles); a JVM started with it reaches the login page in about half the time and compiles the upload's code
 * sooner. {@code java -jar} cannot give its own JVM that option, so the launcher starts the application in a JVM
 * that has it, with the launcher's own JVM options, hands its stop on and exits with its exit code. Without a cache
 * for this copy (a jar copied elsewhere, an older JDK, a cache of its own given with {@code -XX:AOTCache}) or with
 * {@code MENTORSYNC_AOT_CACHE=false}, the application runs in the launcher's JVM.
 */
final class CachedStart {

    static final String CACHE = "app.aot";
    private static final String TRAINING = "mentorsync.aot-training";
    private static final String LAUNCHER_PID = "mentorsync.launcher-pid";
    private static final int FIRST_JDK = 25;
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(10);

    private CachedStart() {}

    /** Whether this start is the build's training run ({@code -Dmentorsync.aot-training=true}). */
    static boolean training() {
        return Boolean.getBoolean(TRAINING);
    }

    /**
     * Trains the cache beside the unpacked copy: the application starts on a throwaway embedded database, runs its
     * warm-ups and an upload over HTTP, and stops; the JVM writes the cache as it exits. Returns the exit code.
     */
    static int train(Path unpacked, List<Path> classPath, boolean prepared) throws IOException, InterruptedException {
        if (Runtime.version().feature() < FIRST_JDK) {
            System.out.println("No ahead-of-time cache trained: that needs JDK " + FIRST_JDK + ", this is "
                    + Runtime.version() + ". The jar starts without one.");
            return 0;
        }
        Path cache = unpacked.resolve(CACHE);
        Path output = unpacked.resolve(CACHE + ".training");
        Path log = unpacked.resolve("aot-training.log");
        Path work = Files.createTempDirectory("mentor-sync-aot-training-");
        try {
            List<String> command = new ArrayList<>(
                    List.of(java(), "-Xmx512m", "-XX:AOTCacheOutput=" + output, "-D" + TRAINING + "=true"));
            if (prepared) {
                command.add("-D" + PreparedContext.SWITCH + "=true");
            }
            command.addAll(List.of(
                    "-cp",
                    joined(classPath),
                    UnpackedLauncher.class.getName(),
                    "--server.port=0",
                    "--server.address=127.0.0.1"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // a throwaway embedded database and account, whatever the building machine has configured
            builder.environment().keySet().removeIf(CachedStart::configuresTheApplication);
            builder.environment()
                    .put("MENTORSYNC_DATA_DIR", work.resolve("data").toString());
            builder.environment().put("MENTORSYNC_ADMIN_PASSWORD", randomPassword());
            long started = System.nanoTime();
            Process training = builder.start();
            if (!training.waitFor(TRAINING_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                training.destroyForcibly().waitFor();
                System.err.println("Training the ahead-of-time cache took over " + TRAINING_TIMEOUT.toMinutes()
                        + " minutes and was stopped; see " + log);
            }
            int exit = training.exitValue();
            if (exit != 0 || !Files.isRegularFile(output)) {
                Files.deleteIfExists(output);
                System.err.println("Training the ahead-of-time cache failed (exit " + exit + "); see " + log);
                return exit == 0 ? 1 : exit;
            }
            Files.move(output, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            System.out.printf(
                    "Ahead-of-time cache trained in %d s: %s (%d MB)%n",
                    (System.nanoTime() - started) / 1_000_000_000L, cache, Files.size(cache) >> 20);
            return 0;
        } finally {
            UnpackedLauncher.deleteTree(work);
        }
    }

    /**
     * Runs the application in a JVM started with this copy's cache and returns its exit code, or null when there is
     * no cache to use (the caller then runs the application itself).
     */
    static Integer runIfCached(Path unpacked, List<Path> classPath, boolean prepared, String[] args)
            throws IOException, InterruptedException {
        Path cache = unpacked.resolve(CACHE);
        List<String> options = launcherOptions();
        if (!Files.isRegularFile(cache)
                || Runtime.version().feature() < FIRST_JDK
                || "false".equalsIgnoreCase(System.getenv("MENTORSYNC_AOT_CACHE"))
                || options == null
                || Stream.concat(options.stream(), optionsFromTheEnvironment()).anyMatch(CachedStart::needsOneJvm)) {
            return null;
        }
        List<String> command = new ArrayList<>();
        command.add(java());
        if (Runtime.getRuntime().availableProcessors() <= 2) {
            // C2's compiling competes with the start and the first uploads for the two cores; measured on two:
            // start 4.5 → 3.4 s, first upload 1.45 → 1.22 s, 400k contacts 8.1 → 7.3 s. Before the launcher's own
            // options, so a -XX:TieredStopAtLevel given there wins
            command.add("-XX:TieredStopAtLevel=1");
            if (Stream.concat(options.stream(), optionsFromTheEnvironment()).noneMatch(CachedStart::choosesCollector)) {
                // G1's concurrent marking, started by an upload's large tables, takes a core from the import and
                // PostgreSQL; the parallel collector works in young pauses of 10–50 ms here. Measured on two cores:
                // first upload 0.80–0.84 → 0.69–0.77 s. Only when no collector was chosen: two would conflict
                command.add("-XX:+UseParallelGC");
            }
        }
        // so started, the warm-ups take ≈ 0.8 s: the login page waits for them (never longer than this), and the
        // first sign-in or upload is spared them (≈ 0.2–0.3 s less for the first upload)
        command.add("-Dmentorsync.warm-up.before-serving=2s");
        command.addAll(options);
        command.add("-XX:AOTCache=" + cache);
        command.add("-D" + LAUNCHER_PID + "=" + ProcessHandle.current().pid());
        if (prepared) {
            command.add("-D" + PreparedContext.SWITCH + "=true");
        }
        command.addAll(List.of("-cp", joined(classPath), UnpackedLauncher.class.getName()));
        command.addAll(Arrays.asList(args));
        // a stop of the launcher (SIGTERM, Ctrl-C) stops the application gracefully and waits for it; the hook is
        // in place before the application starts, so no stop falls between the two
        AtomicReference<Process> started = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process application = started.get();
            if (application != null) {
                application.destroy();
                try {
                    application.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        Process application = new ProcessBuilder(command).inheritIO().start();
        started.set(application);
        return application.waitFor();
    }

    /** In the application's JVM: when the launcher is gone (killed outright), the application stops too. */
    static void followLauncher() {
        String pid = System.getProperty(LAUNCHER_PID);
        if (pid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid))
                .ifPresentOrElse(launcher -> launcher.onExit().thenRun(() -> System.exit(1)), () -> System.exit(1));
    }

    /** The JVM options this launcher was started with (those before {@code -jar}), or null if unknown. */
    private static List<String> launcherOptions() {
        List<String> arguments =
                ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
        int jar = arguments.indexOf("-jar");
        return jar < 0 ? null : arguments.subList(0, jar);
    }

    /** An option that picks the garbage collector (-XX:+UseG1GC, -XX:+UseSerialGC, ...). */
    private static boolean choosesCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    /**
     * Options that choose a cache of their own, or that hold something only one JVM can (a debug or JMX port, an
     * agent, a flight recording the launcher would overwrite as it exits): those start in one JVM.
     */
    private static boolean needsOneJvm(String option) {
        return option.startsWith("-XX:AOT")
                || option.startsWith("-XX:SharedArchiveFile")
                || option.startsWith("-Xshare")
                || option.startsWith("-agentlib:")
                || option.startsWith("-agentpath:")
                || option.startsWith("-javaagent:")
                || option.startsWith("-Xrunjdwp")
                || option.startsWith("-Dcom.sun.management.jmxremote")
                || option.startsWith("-XX:StartFlightRecording")
                || option.startsWith("-XX:+FlightRecorder");
    }

    /** Options both JVMs read from the environment themselves. */
    private static Stream<String> optionsFromTheEnvironment() {
        return Stream.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")
                .map(System::getenv)
                .filter(value -> value != null && !value.isBlank())
                .flatMap(value -> Stream.of(value.strip().split("\\s+")));
    }

    /** What could point the training at a real database, account or port, in any spelling Spring binds. */
    private static boolean configuresTheApplication(String variable) {
        String name = variable.toUpperCase(Locale.ROOT).replace('.', '_');
        return name.startsWith("SPRING_")
                || name.startsWith("MENTORSYNC_")
                || name.startsWith("SERVER_")
                || name.equals("PORT")
                || name.equals("JDK_JAVA_OPTIONS")
                || name.equals("JAVA_TOOL_OPTIONS")
                || name.equals("_JAVA_OPTIONS");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String joined(List<Path> classPath) {
        return classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static String randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return new String(Base64.getUrlEncoder().encode(random), StandardCharsets.US_ASCII);
    }
}
