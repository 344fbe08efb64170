package org.swab.mentorsync.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresPasswordIT {

    @TempDir
    Path dataDirectory;

    Path passwordFile() {
        return dataDirectory.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
    }

    @Test
    void a_new_cluster_signs_in_only_with_a_generated_password_kept_owner_only() throws Exception {
        try (EmbeddedPostgresServer.Running server = EmbeddedPostgresServer.launch(dataDirectory, false)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(passwordFile()).trim())
                    .isEqualTo(server.password())
                    .hasSizeGreaterThan(20);
            assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThatThrownBy(() -> withoutPassword(server))
                    .as("no password, no connection")
                    .isInstanceOf(SQLException.class);
            assertThat(selectOne(server)).isEqualTo(1);
        }
    }

    @Test
    void a_cluster_made_with_trust_by_an_earlier_version_gets_a_password_and_keeps_its_data() throws Exception {
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory.toFile())
                        .setCleanDataDirectory(false)
                        .setServerConfig("unix_socket_directories", "''")
                        .start();
                Connection connection = trusting.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table survivor (note text)");
            statement.execute("insert into survivor values ('written under trust')");
        }
        assertThat(passwordFile()).doesNotExist();

        String password;
        try (EmbeddedPostgresServer.Running server = EmbeddedPostgresServer.launch(dataDirectory, false)) {
            password = server.password();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile())))
                    .isEqualTo("rw-------");
            assertThatThrownBy(() -> withoutPassword(server)).isInstanceOf(SQLException.class);
            assertThat(note(server)).isEqualTo("written under trust");
        }

        try (EmbeddedPostgresServer.Running again = EmbeddedPostgresServer.launch(dataDirectory, false)) {
            assertThat(again.password()).isEqualTo(password);
            assertThat(note(again)).isEqualTo("written under trust");
        }
    }

    private static void withoutPassword(EmbeddedPostgresServer.Running server) throws SQLException {
        server.postgres()
                .getDatabase("postgres", "postgres", Map.of())
                .getConnection()
                .close();
    }

    private static int selectOne(EmbeddedPostgresServer.Running server) throws SQLException {
        try (Connection connection = server.database("postgres").getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select 1")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static String note(EmbeddedPostgresServer.Running server) throws SQLException {
        try (Connection connection = server.database("postgres").getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select note from survivor")) {
            result.next();
            return result.getString(1);
        }
    }
}
