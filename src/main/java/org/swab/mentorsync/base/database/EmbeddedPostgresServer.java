package org.swab.mentorsync.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real PostgreSQL 17 from the embedded binaries on a data directory. One server per directory and JVM:
 * several Spring contexts in one test run share it. The superuser signs in with a password (SCRAM), generated on the
 * first start and kept owner-only in {@value #PASSWORD_FILE} inside the data directory; a directory made by an
 * earlier version with {@code trust} sign-in gets its password on its next start.
 */
public final class EmbeddedPostgresServer {

    static final String PASSWORD_FILE = "mentorsync-postgres.password";
    static final String USER = "postgres";
    /** No Unix socket is opened and the server listens on localhost only; both need the password. */
    static final String PASSWORD_ONLY_HBA = """
            # Written by Mentor Sync: the superuser signs in with the password of mentorsync-postgres.password.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(15);

    private static Running running;
    private static Path runningDirectory;

    private EmbeddedPostgresServer() {}

    /** A started server and its superuser's password. */
    public record Running(EmbeddedPostgres postgres, String password) implements Closeable {

        public DataSource database(String name) {
            return postgres.getDatabase(USER, name, Map.of("password", password));
        }

        public String jdbcUrl(String database) {
            return postgres.getJdbcUrl(USER, database);
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }

        @Override
        public String toString() {
            return "EmbeddedPostgresServer.Running[port " + postgres.getPort() + ", password hidden]";
        }
    }

    /** Starts (or returns the already running) server; {@code durable} keeps fsync and synchronous commit on. */
    public static synchronized Running start(Path dataDirectory, boolean durable) {
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
    static Running launch(Path directory, boolean durable) {
        Path initdbPasswordFile = null;
        try {
            Files.createDirectories(directory);
            stopOrphanedPostmaster(directory);
            Path passwordFile = directory.resolve(PASSWORD_FILE);
            boolean newCluster = !Files.exists(directory.resolve("postgresql.conf"));
            String durability = durable ? "on" : "off";
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.toFile())
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", durability)
                    .setServerConfig("synchronous_commit", durability)
                    .setServerConfig("full_page_writes", durability)
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60));
            String password =
                    Files.exists(passwordFile) ? Files.readString(passwordFile).trim() : null;
            if (newCluster) {
                // initdb wants an empty directory, so its password file lives elsewhere until the cluster exists
                String generated = newPassword();
                initdbPasswordFile = writeOwnerOnly(Files.createTempFile("mentorsync-initdb-", ".pw"), generated);
                builder.setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", initdbPasswordFile.toString())
                        .setDataDirectoryCustomizer(created -> writeOwnerOnly(passwordFile, generated));
                password = generated;
            }
            if (password != null) {
                builder.setConnectConfig("password", password);
            }
            EmbeddedPostgres server = builder.start();
            if (password == null) {
                password = setPassword(server, passwordFile);
            }
            Running started = new Running(server, password);
            requirePassword(started, directory);
            log.info("Embedded PostgreSQL running on port {} with data in {}", server.getPort(), directory);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        } finally {
            deleteQuietly(initdbPasswordFile);
        }
    }

    /** A cluster made with trust sign-in: give the superuser a password, kept before trust is switched off. */
    private static String setPassword(EmbeddedPostgres server, Path passwordFile) {
        String password = newPassword();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            // the password is base64url: nothing in it needs quoting
            statement.execute("alter user " + USER + " password '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set a password on the embedded PostgreSQL", e);
        }
        writeOwnerOnly(passwordFile, password);
        log.info("Embedded PostgreSQL now signs in with a password, kept in {}", passwordFile);
        return password;
    }

    /** Makes pg_hba.conf password-only (it may still say trust from an earlier version) and reloads it. */
    private static void requirePassword(Running server, Path directory) throws IOException {
        Path hba = directory.resolve("pg_hba.conf");
        if (Files.exists(hba) && Files.readString(hba).equals(PASSWORD_ONLY_HBA)) {
            return;
        }
        Files.writeString(hba, PASSWORD_ONLY_HBA, StandardCharsets.UTF_8);
        try (Connection connection = server.database("postgres").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reload the embedded PostgreSQL's sign-in rules", e);
        }
    }

    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static Path writeOwnerOnly(Path file, String content) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                if (!Files.exists(file)) {
                    Files.createFile(
                            file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary file {}", file);
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
        Optional<ProcessHandle> postmaster = lines.isEmpty()
                ? Optional.empty()
                : parsePid(lines.getFirst())
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
        return process.info()
                .command()
                .map(command -> command.contains("postgres"))
                .orElse(true);
    }
}
