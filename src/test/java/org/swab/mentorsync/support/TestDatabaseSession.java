package org.swab.mentorsync.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One fresh embedded PostgreSQL per test JVM, in target/, shared by every Spring context of the run. With
 * SPRING_DATASOURCE_URL set, the suite runs against that server instead and this does nothing.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("mentorsync.data-dir") != null) {
            return;
        }
        try {
            Path root = Files.createDirectories(Path.of("target", "test-data"));
            Path dataDir = Files.createTempDirectory(root, "run-");
            System.setProperty("mentorsync.data-dir", dataDir.toString());
            System.setProperty(
                    "mentorsync.embedded-postgres.data-directory",
                    dataDir.resolve("pg").toString());
            // throwaway data: no fsync, so the suite stays fast
            System.setProperty("mentorsync.embedded-postgres.durable", "false");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
