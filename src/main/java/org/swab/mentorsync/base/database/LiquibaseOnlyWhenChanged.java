package org.swab.mentorsync.base.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Liquibase reads its whole changelog and the database's history on every start (a second or two) even when nothing
 * is pending. After a successful update this notes the changelog's SHA-256 as the comment of Liquibase's history
 * table; a start whose changelog has that hash skips Liquibase. Any changed or added changeset file changes the
 * hash, so Liquibase runs as before, and a failed update never records one.
 */
@Component
class LiquibaseOnlyWhenChanged implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(LiquibaseOnlyWhenChanged.class);
    private static final String CHANGELOG_FILES = "classpath*:db/changelog/**/*.*";
    private static final String MARK = "mentorsync changelog sha256 ";

    private String pendingHash;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            String hash = changelogHash();
            if ((MARK + hash).equals(recordedMark(liquibase.getDataSource()))) {
                liquibase.setShouldRun(false);
                log.info("Database schema up to date (changelog unchanged since the last update); Liquibase skipped");
            } else {
                pendingHash = hash;
            }
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && pendingHash != null) {
            record(liquibase.getDataSource(), MARK + pendingHash);
            pendingHash = null;
        }
        return bean;
    }

    private static String recordedMark(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select obj_description(to_regclass('databasechangelog'), 'pg_class')")) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            log.debug("Could not read the changelog mark; Liquibase runs", e);
            return null;
        }
    }

    private static void record(DataSource dataSource, String mark) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("comment on table databasechangelog is '" + mark + "'");
        } catch (SQLException e) {
            log.warn("Could not note the changelog's hash; the next start runs Liquibase again", e);
        }
    }

    /** SHA-256 over every changelog file's path and content, in path order. */
    static String changelogHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Resource[] files = new PathMatchingResourcePatternResolver(LiquibaseOnlyWhenChanged.class.getClassLoader())
                    .getResources(CHANGELOG_FILES);
            Arrays.sort(files, Comparator.comparing(LiquibaseOnlyWhenChanged::changelogPath));
            for (Resource file : files) {
                digest.update(changelogPath(file).getBytes(StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String changelogPath(Resource file) {
        try {
            String url = file.getURL().toString();
            return url.substring(url.lastIndexOf("db/changelog/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
