package org.swab.mentorsync.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresRestartIT {

    @TempDir
    Path dataDirectory;

    @Test
    void app_killed_with_kill_9_restarts_on_its_data_and_takes_over_the_orphaned_postmaster() throws Exception {
        Process app = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        OrphanedPostgresLauncher.class.getName(),
                        dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.contains("READY")) {
                // skip the server's start-up log
            }
            assertThat(line).as("the child app started its database").isEqualTo("READY");
        }
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(Files.exists(dataDirectory.resolve("postmaster.pid")))
                .as("the killed app left its postmaster running")
                .isTrue();

        try (EmbeddedPostgresServer.Running restarted = EmbeddedPostgresServer.launch(dataDirectory, true);
                Connection connection = restarted.database("postgres").getConnection();
                Statement statement = connection.createStatement()) {
            ResultSet survivor = statement.executeQuery("select note from survivor");
            assertThat(survivor.next()).isTrue();
            assertThat(survivor.getString(1)).isEqualTo("written before kill -9");
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        ResultSet result = statement.executeQuery("show " + name);
        result.next();
        return result.getString(1);
    }
}
