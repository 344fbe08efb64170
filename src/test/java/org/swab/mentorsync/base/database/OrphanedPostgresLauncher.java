package org.swab.mentorsync.base.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** Child JVM of {@link EmbeddedPostgresRestartIT}: starts the server, writes a row, then waits to be killed. */
public final class OrphanedPostgresLauncher {

    private OrphanedPostgresLauncher() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer.Running server = EmbeddedPostgresServer.launch(Path.of(args[0]), true);
        try (Connection connection = server.database("postgres").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table survivor (note text)");
            statement.execute("insert into survivor values ('written before kill -9')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
