package org.swab.mentorsync.base.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}), the app runs on an embedded
 * PostgreSQL whose data survives restarts, signing in with the password kept in its data directory; with one, the
 * app connects to that server as configured. The choice is made when the bean is created, not by a condition: the
 * jar's context is prepared at build time (Spring AOT), where conditions are evaluated once for every start.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedPostgresConfiguration {

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(DataSourceProperties configured, EmbeddedDatabaseProperties embedded) {
        if (configured.getUrl() != null && !configured.getUrl().isBlank()) {
            return new ConfiguredServer(configured);
        }
        return embeddedServer(embedded);
    }

    private static JdbcConnectionDetails embeddedServer(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgresServer.Running server =
                EmbeddedPostgresServer.start(properties.dataDirectory(), properties.durable());
        createDatabaseIfMissing(server, properties.database());
        String url = server.jdbcUrl(properties.database());
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return EmbeddedPostgresServer.USER;
            }

            @Override
            public String getPassword() {
                return server.password();
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }

    private static void createDatabaseIfMissing(EmbeddedPostgresServer.Running server, String database) {
        try (Connection connection = server.database("postgres").getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database.replace("'", "''") + "'");
            if (!exists.next()) {
                statement.execute("create database \"" + database.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
    }

    /** {@code spring.datasource.*} as Spring Boot would read them without this configuration. */
    private record ConfiguredServer(DataSourceProperties properties) implements JdbcConnectionDetails {
        @Override
        public String getJdbcUrl() {
            return properties.determineUrl();
        }

        @Override
        public String getUsername() {
            return properties.determineUsername();
        }

        @Override
        public String getPassword() {
            return properties.determinePassword();
        }

        @Override
        public String getDriverClassName() {
            return properties.determineDriverClassName();
        }
    }
}
