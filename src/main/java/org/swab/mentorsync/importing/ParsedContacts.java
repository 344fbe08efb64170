package org.swab.mentorsync.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.swab.mentorsync.importing.csv.ContactRow;
import org.swab.mentorsync.importing.csv.GivebutterCsvReader;
import org.swab.mentorsync.matching.ContactIdentity;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * Parses the file and normalises each contact's identifiers on a thread of its own, a bounded number of batches
 * ahead of the thread that writes to the database: on two cores parsing and writing overlap. A rejection found by
 * the parsing thread is thrown from {@link #next()} in the writing thread.
 */
final class ParsedContacts implements AutoCloseable {

    private static final int BATCH = 512;
    private static final List<ParsedContact> END = List.of();

    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(24);
    private final GivebutterCsvReader reader;
    private final Thread parser;
    private volatile boolean cancelled;
    private List<ParsedContact> current = List.of();
    private int position;

    /** One contact of the file with its normalised identifiers. */
    record ParsedContact(ContactRow row, ContactIdentity identity) {}

    private ParsedContacts(GivebutterCsvReader reader) {
        this.reader = reader;
        this.parser = Thread.ofPlatform().name("csv-parser").daemon().unstarted(this::parse);
    }

    /** Starts parsing a file whose header was already checked by {@link GivebutterCsvReader#open}. */
    static ParsedContacts start(GivebutterCsvReader reader) {
        ParsedContacts contacts = new ParsedContacts(reader);
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
            for (ContactRow row = reader.next(); row != null && !cancelled; row = reader.next()) {
                batch.add(new ParsedContact(
                        row,
                        ContactIdentity.fromRaw(
                                row.contactId(),
                                row.text(GivebutterContactField.EXTERNAL_ID),
                                row.phones(),
                                row.emails())));
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

    /** Stops the parser if the writer stopped early, and closes the file. */
    @Override
    public void close() {
        cancelled = true;
        batches.clear();
        try {
            parser.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reader.close();
        }
    }
}
