package org.swab.mentorsync.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real PostgreSQL 17 from the embedded binaries on a data directory. One server per directory and JVM:
 * several Spring contexts in one test run share it.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(15);

    private static EmbeddedPostgres running;
    private static Path runningDirectory;

    private EmbeddedPostgresServer() {
    }

    /** Starts (or returns the already running) server; {@code durable} keeps fsync and synchronous commit on. */
    public static synchronized EmbeddedPostgres start(Path dataDirectory, boolean durable) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (running != null) {
            if (!directory.equals(runningDirectory)) {
                throw new IllegalStateException("Embedded PostgreSQL already runs on " + runningDirectory);
            }
            return running;
        }
        running = launch(directory, durable);
        runningDirectory = directory;
        return running;
    }

    /** Starts a new server on the directory, taking it over from a postmaster orphaned by a killed app. */
    static EmbeddedPostgres launch(Path directory, boolean durable) {
        try {
            Files.createDirectories(directory);
            stopOrphanedPostmaster(directory);
            String durability = durable ? "on" : "off";
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.toFile())
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", durability)
                    .setServerConfig("synchronous_commit", durability)
                    .setServerConfig("full_page_writes", durability)
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Embedded PostgreSQL running on port {} with data in {}", server.getPort(), directory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * After a kill -9 of the app, its postmaster lives on and holds the directory; stop it so this start can
     * take over. Only a process that is really a postgres server is stopped.
     */
    static void stopOrphanedPostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty() : parsePid(lines.getFirst())
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedPostgresServer::isPostgres);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("Stopping orphaned PostgreSQL (pid {}) left on {} by an earlier run", process.pid(), directory);
        process.destroy();
        try {
            process.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }
}
