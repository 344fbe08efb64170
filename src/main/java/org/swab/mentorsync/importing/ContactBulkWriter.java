package org.swab.mentorsync.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams contacts into raw_gb_full_contacts with COPY, inside the import's transaction. Into an empty table (the
 * first import) rows are copied straight in and frozen, with the primary key and the other indexes built once
 * afterwards instead of row by row, and the upload's time and file name given as the columns' defaults for the COPY.
 * Otherwise only the new and changed rows (the reader compared each row's content hash with the stored one) are
 * copied, into a temporary staging table that one upsert applies. Contacts absent from the file are never touched.
 */
final class ContactBulkWriter implements AutoCloseable {

    static final String STAGING_TABLE = "gb_contacts_upload";

    private static final String TABLE = "raw_gb_full_contacts";

    private static final String UPSERT = """
            with written as (
                insert into raw_gb_full_contacts as t (%1$s, csv_uploaded_at, csv_filename)
                select %1$s, ?, ? from %2$s
                on conflict (contact_id) do update set %3$s, csv_uploaded_at = excluded.csv_uploaded_at,
                    csv_filename = excluded.csv_filename
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

    // the server quotes the values: the file name is the uploader's
    private static final String UPLOAD_DEFAULTS = """
            select format('alter table raw_gb_full_contacts alter column csv_uploaded_at set default %L::timestamptz,'
                          || ' alter column csv_filename set default %L', ?::timestamptz, ?::text)
            """;

    private final Connection connection;
    private final StoredHashes stored;
    private final OffsetDateTime uploadedAt;
    private final String filename;
    private final List<String> rebuildStatements;
    private final PGCopyOutputStream copy;
    private long copied;
    private boolean finished;

    private ContactBulkWriter(
            Connection connection,
            StoredHashes stored,
            OffsetDateTime uploadedAt,
            String filename,
            List<String> rebuildStatements)
            throws SQLException {
        this.connection = connection;
        this.stored = stored;
        this.uploadedAt = uploadedAt;
        this.filename = filename;
        this.rebuildStatements = rebuildStatements;
        // into the table emptied in this transaction the rows go in frozen: no later scan has to set their hint bits
        String target = stored.isEmpty() ? TABLE : STAGING_TABLE;
        String options = stored.isEmpty() ? "format csv, freeze" : "format csv";
        this.copy = new PGCopyOutputStream(
                connection.unwrap(PGConnection.class),
                "copy " + target + " (" + ContactCopyFormat.COLUMN_LIST + ") from stdin with (" + options + ")",
                1 << 16);
    }

    /** Starts the COPY of an upload made at {@code uploadedAt} on the transaction's connection, which holds {@code stored}. */
    static ContactBulkWriter start(Connection connection, StoredHashes stored, Instant uploadedAt, String filename) {
        OffsetDateTime uploaded = uploadedAt.atOffset(ZoneOffset.UTC);
        try (Statement statement = connection.createStatement()) {
            List<String> rebuild = List.of();
            if (stored.isEmpty()) {
                // empty already; truncated in this transaction (rolled back with it) so COPY may freeze the rows
                statement.execute("truncate " + TABLE);
                rebuild = dropIndexes(statement);
                statement.execute(uploadDefaults(connection, uploaded, filename));
            } else {
                statement.execute("create temporary table " + STAGING_TABLE + " on commit drop as select "
                        + ContactCopyFormat.COLUMN_LIST + " from " + TABLE + " with no data");
            }
            return new ContactBulkWriter(connection, stored, uploaded, filename, rebuild);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start writing contacts", e);
        }
    }

    private static String uploadDefaults(Connection connection, OffsetDateTime uploadedAt, String filename)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPLOAD_DEFAULTS)) {
            statement.setObject(1, uploadedAt);
            statement.setString(2, filename);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    /**
     * Drops the table's primary key and other indexes and returns the statements that build them again. Transactional
     * DDL: a rejected file rolls the drop back too.
     */
    private static List<String> dropIndexes(Statement statement) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> rebuild = new ArrayList<>();
        try (ResultSet constraints = statement.executeQuery("""
                select c.conname, pg_get_constraintdef(c.oid) from pg_constraint c
                 where c.conrelid = 'raw_gb_full_contacts'::regclass and c.contype in ('p', 'u')
                """)) {
            while (constraints.next()) {
                String name = quotedName(constraints.getString(1));
                drops.add("alter table " + TABLE + " drop constraint " + name);
                rebuild.add("alter table " + TABLE + " add constraint " + name + " " + constraints.getString(2));
            }
        }
        try (ResultSet indexes = statement.executeQuery("""
                select i.indexname, i.indexdef from pg_indexes i
                 where i.schemaname = current_schema() and i.tablename = 'raw_gb_full_contacts'
                   and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
                """)) {
            while (indexes.next()) {
                drops.add("drop index " + quotedName(indexes.getString(1)));
                rebuild.add(indexes.getString(2));
            }
        }
        for (String drop : drops) {
            statement.execute(drop);
        }
        return rebuild;
    }

    private static String quotedName(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
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
            if (stored.isEmpty()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("alter table " + TABLE + " alter column csv_uploaded_at drop default,"
                            + " alter column csv_filename drop default");
                    for (String rebuild : rebuildStatements) {
                        statement.execute(rebuild);
                    }
                }
                return new WriteCounts(copied, 0);
            }
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setObject(1, uploadedAt);
                upsert.setString(2, filename);
                try (ResultSet result = upsert.executeQuery()) {
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
