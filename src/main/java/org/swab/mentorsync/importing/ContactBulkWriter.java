package org.swab.mentorsync.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams contacts into raw_gb_full_contacts with COPY, inside the import's transaction. Into an empty table (the
 * first import) rows are copied straight in and frozen, with the secondary indexes rebuilt once afterwards instead of
 * row by row. Otherwise only the new and changed rows (the reader compared each row's content hash with the stored one)
 * are copied, into a temporary staging table that one upsert applies. Contacts absent from the file are never
 * touched.
 */
final class ContactBulkWriter implements AutoCloseable {

    static final String STAGING_TABLE = "gb_contacts_upload";

    private static final String UPSERT = """
            with written as (
                insert into raw_gb_full_contacts as t (%1$s)
                select %1$s from %2$s
                on conflict (contact_id) do update set %3$s
                where t.row_hash is distinct from excluded.row_hash
                returning (xmax = 0) as inserted)
            select count(*) filter (where inserted), count(*) filter (where not inserted) from written
            """.formatted(
                    ContactCopyFormat.COLUMN_LIST,
                    STAGING_TABLE,
                    ContactCopyFormat.COLUMNS.stream()
                            .skip(1)
                            .map(column -> column + " = excluded." + column)
                            .collect(Collectors.joining(", ")));

    private final Connection connection;
    private final StoredHashes stored;
    private final List<String> indexesToRebuild;
    private final PGCopyOutputStream copy;
    private long copied;
    private boolean finished;

    private ContactBulkWriter(Connection connection, StoredHashes stored, List<String> indexesToRebuild)
            throws SQLException {
        this.connection = connection;
        this.stored = stored;
        this.indexesToRebuild = indexesToRebuild;
        // into the table emptied in this transaction the rows go in frozen: no later scan has to set their hint bits
        String target = stored.isEmpty() ? "raw_gb_full_contacts" : STAGING_TABLE;
        String options = stored.isEmpty() ? "format csv, freeze" : "format csv";
        this.copy = new PGCopyOutputStream(
                connection.unwrap(PGConnection.class),
                "copy " + target + " (" + ContactCopyFormat.COLUMN_LIST + ") from stdin with (" + options + ")",
                1 << 16);
    }

    /** Starts the COPY on the transaction's connection, which holds {@code stored}. */
    static ContactBulkWriter start(Connection connection, StoredHashes stored) {
        try (Statement statement = connection.createStatement()) {
            List<String> indexes = List.of();
            if (stored.isEmpty()) {
                // empty already; truncated in this transaction (rolled back with it) so COPY may freeze the rows
                statement.execute("truncate raw_gb_full_contacts");
                indexes = dropSecondaryIndexes(statement);
            } else {
                statement.execute(
                        "create temporary table " + STAGING_TABLE + " (like raw_gb_full_contacts) on commit drop");
            }
            return new ContactBulkWriter(connection, stored, indexes);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start writing contacts", e);
        }
    }

    /**
     * Drops the table's indexes other than its primary key and returns their definitions. Transactional DDL: a
     * rejected file rolls the drop back too.
     */
    private static List<String> dropSecondaryIndexes(Statement statement) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (ResultSet indexes = statement.executeQuery("""
                select i.indexname, i.indexdef from pg_indexes i
                 where i.schemaname = current_schema() and i.tablename = 'raw_gb_full_contacts'
                   and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
                """)) {
            while (indexes.next()) {
                names.add(indexes.getString(1));
                definitions.add(indexes.getString(2));
            }
        }
        for (String name : names) {
            statement.execute("drop index \"" + name.replace("\"", "") + "\"");
        }
        return definitions;
    }

    /**
     * Copies the COPY lines of {@code lineCount} new or changed rows (an unchanged one was recognised by its hash
     * and never reaches the writer).
     */
    void write(byte[] copyLines, int lineCount) {
        try {
            copy.write(copyLines);
            copied += lineCount;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the COPY and applies it; returns how many contacts were new and how many changed. */
    WriteCounts finish() {
        try {
            copy.close();
            finished = true;
            try (Statement statement = connection.createStatement()) {
                if (stored.isEmpty()) {
                    for (String definition : indexesToRebuild) {
                        statement.execute(definition);
                    }
                    return new WriteCounts(copied, 0);
                }
                try (ResultSet result = statement.executeQuery(UPSERT)) {
                    result.next();
                    return new WriteCounts(result.getLong(1), result.getLong(2));
                }
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not write the contacts", e);
        }
    }

    /** Cancels an unfinished COPY (a rejected file), so the transaction can roll back on a usable connection. */
    @Override
    public void close() {
        if (!finished && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not cancel writing the contacts", e);
            }
        }
    }

    /**
     * Contacts already stored but not in this file (a filtered export leaves them): they still count for matching
     * and duplicates.
     */
    void forEachContactNotInFile(Consumer<StoredContact> action) {
        List<Long> missing = new ArrayList<>();
        stored.forEachNotSeen(missing::add);
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select " + StoredContact.COLUMNS + " from raw_gb_full_contacts where contact_id = any (?)")) {
            statement.setFetchSize(5000);
            statement.setArray(1, connection.createArrayOf("bigint", missing.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    action.accept(StoredContact.from(result));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stored contacts", e);
        }
    }

    /** New and changed rows; the rest of the file's rows were already stored as they are. */
    record WriteCounts(long inserted, long updated) {}
}
