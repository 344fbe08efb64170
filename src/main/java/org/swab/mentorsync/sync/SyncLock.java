package org.swab.mentorsync.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One sync at a time across every app instance: a PostgreSQL session advisory lock, held on a dedicated connection
 * for the whole run. If the process dies, PostgreSQL drops the session and with it the lock.
 */
@Component
class SyncLock {

    /** "MSYNC" + 1: the baseline sync's lock id. */
    static final long BASELINE_SYNC_LOCK = 0x4D53594E4301L;

    private static final Logger log = LoggerFactory.getLogger(SyncLock.class);

    private final DataSource dataSource;

    SyncLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock, held until {@link Held#close()}, or empty when another run holds it. */
    Optional<Held> tryAcquire() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setLong(1, BASELINE_SYNC_LOCK);
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        return Optional.of(new Held(connection));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not take the sync lock", e);
        }
    }

    /** The held lock; closing releases it and returns the connection to the pool. */
    static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                statement.setLong(1, BASELINE_SYNC_LOCK);
                statement.execute();
                connection.close();
            } catch (SQLException e) {
                log.warn("Could not release the sync lock cleanly; dropping its connection releases it", e);
                try {
                    connection.abort(Runnable::run);
                } catch (SQLException abortFailed) {
                    closeQuietly(connection);
                }
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing a lock connection failed", e);
        }
    }
}
