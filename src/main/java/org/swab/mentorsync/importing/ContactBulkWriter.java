package org.swab.mentorsync.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.swab.mentorsync.importing.csv.ContactRow;

/**
 * Streams contacts into raw_gb_full_contacts with COPY inside the import's transaction. The first import copies
 * straight into the empty table; later ones copy into a temporary staging table, then one upsert inserts new
 * contacts and rewrites only rows whose content hash changed. Contacts absent from the file are never touched.
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
            """.formatted(ContactCopyFormat.COLUMN_LIST, STAGING_TABLE,
            ContactCopyFormat.COLUMNS.stream().skip(1).map(column -> column + " = excluded." + column)
                    .collect(Collectors.joining(", ")));

    private final Connection connection;
    private final boolean staged;
    private final ContactCopyFormat format;
    private final PGCopyOutputStream copyStream;
    private final Writer copy;
    private long rows;
    private boolean finished;

    private ContactBulkWriter(Connection connection, boolean staged, ContactCopyFormat format) throws SQLException {
        this.connection = connection;
        this.staged = staged;
        this.format = format;
        String target = staged ? STAGING_TABLE : "raw_gb_full_contacts";
        this.copyStream = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy " + target + " (" + ContactCopyFormat.COLUMN_LIST + ") from stdin with (format csv)", 1 << 16);
        this.copy = new OutputStreamWriter(copyStream, StandardCharsets.UTF_8);
    }

    /** Starts a COPY on the transaction's connection: into the table when it is empty, else into staging. */
    static ContactBulkWriter start(Connection connection, Instant uploadedAt, String filename) {
        try (Statement statement = connection.createStatement()) {
            boolean empty;
            try (ResultSet result = statement.executeQuery("select not exists (select 1 from raw_gb_full_contacts)")) {
                result.next();
                empty = result.getBoolean(1);
            }
            if (!empty) {
                statement.execute("create temporary table " + STAGING_TABLE
                        + " (like raw_gb_full_contacts) on commit drop");
            }
            return new ContactBulkWriter(connection, !empty, new ContactCopyFormat(uploadedAt, filename));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start writing contacts", e);
        }
    }

    void write(ContactRow row) {
        try {
            copy.write(format.line(row));
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the COPY and, when staged, upserts; returns how many contacts were new and how many changed. */
    WriteCounts finish() {
        try {
            copy.close();
            finished = true;
            if (!staged) {
                return new WriteCounts(rows, 0);
            }
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(UPSERT)) {
                result.next();
                return new WriteCounts(result.getLong(1), result.getLong(2));
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not write the contacts", e);
        }
    }

    /** Cancels an unfinished COPY (a rejected file), so the transaction can roll back on a usable connection. */
    @Override
    public void close() {
        if (!finished && copyStream.isActive()) {
            try {
                copyStream.cancelCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not cancel writing the contacts", e);
            }
        }
    }

    /**
     * Contacts already stored but not in this file (a filtered export leaves them): they still count for matching
     * and duplicates. None when the file went straight into an empty table.
     */
    void forEachContactNotInFile(Consumer<StoredContact> action) {
        if (!staged) {
            return;
        }
        String query = """
                select contact_id, external_id, primary_phone, additional_phones, primary_email, additional_emails
                  from raw_gb_full_contacts c
                 where not exists (select 1 from %s u where u.contact_id = c.contact_id)
                """.formatted(STAGING_TABLE);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(5000);
            try (ResultSet result = statement.executeQuery(query)) {
                while (result.next()) {
                    action.accept(StoredContact.from(result));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stored contacts", e);
        }
    }

    /** New and changed rows; the rest of the file's rows were already stored as they are. */
    record WriteCounts(long inserted, long updated) {
    }
}
