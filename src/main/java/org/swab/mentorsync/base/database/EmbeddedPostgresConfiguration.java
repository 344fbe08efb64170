package org.swab.mentorsync.base.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url} (env {@code SPRING_DATASOURCE_URL}), the app runs on an embedded
 * PostgreSQL whose data survives restarts, signing in with the password kept in its data directory; with one, this
 * configuration steps aside.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedDatabaseProperties properties) {
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

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
