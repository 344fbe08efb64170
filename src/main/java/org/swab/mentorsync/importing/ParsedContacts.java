package org.swab.mentorsync.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.swab.mentorsync.importing.csv.GivebutterCsvReader;
import org.swab.mentorsync.importing.csv.RowHash;
import org.swab.mentorsync.matching.ContactIdentity;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * Reads the file on a thread of its own, a bounded number of batches ahead of the thread that writes to the
 * database (on two cores reading and writing overlap): each row's content hash is compared with the stored one, a
 * new or changed row becomes its COPY line and its identifiers are normalised, an unchanged one is not decoded when
 * the last import already knew its identifiers. A batch's COPY lines go to the writer when its first contact is
 * taken. A rejection found by the reading thread is thrown from {@link #next()} in the writing thread.
 */
final class ParsedContacts implements AutoCloseable {

    // a batch's COPY lines (≈ 1 KB a row) stay well under G1's humongous size, half a region (512 KB at -Xmx512m)
    private static final int BATCH = 128;
    private static final Batch END = new Batch(List.of(), new byte[0], 0);

    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(24);
    private final GivebutterCsvReader reader;
    private final StoredHashes stored;
    private final KnownIdentities identities;
    private final ContactCopyFormat format;
    private final CopySink writer;
    private final Thread parser;
    private volatile boolean cancelled;
    private List<ParsedContact> current = List.of();
    private int position;

    /**
     * One contact of the file with its normalised identifiers; {@code copied} when it is new or changed, and so its
     * COPY line went to the writer.
     */
    record ParsedContact(ContactIdentity identity, RowHash hash, boolean copied) {}

    /** Where the COPY lines of the new and changed rows go. */
    @FunctionalInterface
    interface CopySink {
        void write(byte[] copyLines, int lineCount);
    }

    /** A run of the file's contacts, with the COPY lines of those that are new or changed. */
    private record Batch(List<ParsedContact> contacts, byte[] copyLines, int lineCount) {}

    private ParsedContacts(
            GivebutterCsvReader reader,
            StoredHashes stored,
            KnownIdentities identities,
            ContactCopyFormat format,
            CopySink writer) {
        this.reader = reader;
        this.stored = stored;
        this.identities = identities;
        this.format = format;
        this.writer = writer;
        this.parser = Thread.ofPlatform().name("csv-parser").daemon().unstarted(this::parse);
    }

    /**
     * Starts reading a file whose header was already checked by {@link GivebutterCsvReader#open}; marks in
     * {@code stored} the contacts it holds and records their identities. The new and changed rows go to
     * {@code writer} on the thread that calls {@link #next()}.
     */
    static ParsedContacts start(
            GivebutterCsvReader reader,
            StoredHashes stored,
            KnownIdentities identities,
            ContactCopyFormat format,
            CopySink writer) {
        ParsedContacts contacts = new ParsedContacts(reader, stored, identities, format, writer);
        contacts.parser.start();
        return contacts;
    }

    /** The next contact, or null at the end; throws what the parser threw (e.g. a rejection naming a line). */
    ParsedContact next() {
        if (position == current.size()) {
            Object taken = take();
            if (taken instanceof RuntimeException failure) {
                throw failure;
            }
            Batch batch = (Batch) taken;
            if (batch == END) {
                current = List.of();
                position = 0;
                return null;
            }
            if (batch.lineCount() > 0) {
                writer.write(batch.copyLines(), batch.lineCount());
            }
            current = batch.contacts();
            position = 0;
        }
        return current.get(position++);
    }

    private void parse() {
        try {
            List<ParsedContact> contacts = new ArrayList<>(BATCH);
            while (!cancelled && reader.advance()) {
                contacts.add(parseCurrent());
                if (contacts.size() == BATCH) {
                    put(batchOf(contacts));
                    contacts = new ArrayList<>(BATCH);
                }
            }
            if (!contacts.isEmpty()) {
                put(batchOf(contacts));
            }
            put(END);
        } catch (RuntimeException failure) {
            put(failure);
        }
    }

    private Batch batchOf(List<ParsedContact> contacts) {
        int lineCount = format.lines();
        return new Batch(contacts, format.take(), lineCount);
    }

    private ParsedContact parseCurrent() {
        long contactId = reader.contactId();
        RowHash hash = reader.contentHash();
        boolean unchanged = stored.unchanged(contactId, hash);
        if (!unchanged) {
            format.add(reader, hash);
        }
        ContactIdentity identity = unchanged ? identities.find(contactId, hash) : null;
        if (identity == null) {
            identity = ContactIdentity.fromRaw(
                    contactId, reader.text(GivebutterContactField.EXTERNAL_ID), reader.phones(), reader.emails());
            identities.remember(contactId, hash, identity);
        }
        return new ParsedContact(identity, hash, !unchanged);
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
