package org.swab.mentorsync.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.swab.mentorsync.importing.csv.ContactRow;
import org.swab.mentorsync.importing.csv.GivebutterCsvReader;
import org.swab.mentorsync.importing.csv.RowHash;
import org.swab.mentorsync.matching.ContactIdentity;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * Reads the file on a thread of its own, a bounded number of batches ahead of the thread that writes to the
 * database (on two cores reading and writing overlap): each row's content hash is compared with the stored one, a
 * new or changed row is decoded and its identifiers normalised, an unchanged one is not decoded when the last
 * import already knew its identifiers. A rejection found by the reading thread is thrown from {@link #next()} in
 * the writing thread.
 */
final class ParsedContacts implements AutoCloseable {

    private static final int BATCH = 512;
    private static final List<ParsedContact> END = List.of();

    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(24);
    private final GivebutterCsvReader reader;
    private final StoredHashes stored;
    private final KnownIdentities identities;
    private final Thread parser;
    private volatile boolean cancelled;
    private List<ParsedContact> current = List.of();
    private int position;

    /**
     * One contact of the file with its normalised identifiers; {@code changedRow} is its decoded row when it is new
     * or changed, null when it is stored exactly so.
     */
    record ParsedContact(ContactIdentity identity, ContactRow changedRow, RowHash hash) {}

    private ParsedContacts(GivebutterCsvReader reader, StoredHashes stored, KnownIdentities identities) {
        this.reader = reader;
        this.stored = stored;
        this.identities = identities;
        this.parser = Thread.ofPlatform().name("csv-parser").daemon().unstarted(this::parse);
    }

    /**
     * Starts reading a file whose header was already checked by {@link GivebutterCsvReader#open}; marks in
     * {@code stored} the contacts it holds and records their identities.
     */
    static ParsedContacts start(GivebutterCsvReader reader, StoredHashes stored, KnownIdentities identities) {
        ParsedContacts contacts = new ParsedContacts(reader, stored, identities);
        contacts.parser.start();
        return contacts;
    }

    /** The next contact, or null at the end; throws what the parser threw (e.g. a rejection naming a line). */
    ParsedContact next() {
        if (position == current.size()) {
            Object batch = take();
            if (batch instanceof RuntimeException failure) {
                throw failure;
            }
            @SuppressWarnings("unchecked")
            List<ParsedContact> contacts = (List<ParsedContact>) batch;
            if (contacts == END) {
                current = END;
                return null;
            }
            current = contacts;
            position = 0;
        }
        return current.get(position++);
    }

    private void parse() {
        try {
            List<ParsedContact> batch = new ArrayList<>(BATCH);
            while (!cancelled && reader.advance()) {
                batch.add(parseCurrent());
                if (batch.size() == BATCH) {
                    put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
        } catch (RuntimeException failure) {
            put(failure);
        }
    }

    private ParsedContact parseCurrent() {
        long contactId = reader.contactId();
        RowHash hash = reader.contentHash();
        boolean unchanged = stored.unchanged(contactId, hash);
        ContactIdentity identity = unchanged ? identities.find(contactId, hash) : null;
        ContactRow changedRow = null;
        if (identity == null) {
            ContactRow row = reader.row();
            identity = ContactIdentity.fromRaw(
                    contactId, row.text(GivebutterContactField.EXTERNAL_ID), row.phones(), row.emails());
            changedRow = unchanged ? null : row;
            identities.remember(contactId, hash, identity);
        }
        return new ParsedContact(identity, changedRow, hash);
    }

    private void put(Object batch) {
        try {
            while (!cancelled && !batches.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                // the writer is busy; wait unless it gave up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Object take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the file", e);
        }
    }

    /** Stops the parser if the writer stopped early (the caller closes the file). */
    @Override
    public void close() {
        cancelled = true;
        batches.clear();
        try {
            parser.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
