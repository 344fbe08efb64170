package org.swab.mentorsync.contactsync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.base.StepFailedException;
import org.swab.mentorsync.base.http.ApiException;
import org.swab.mentorsync.base.http.ApiFailure;
import org.swab.mentorsync.base.http.AttemptGate;
import org.swab.mentorsync.base.http.SlidingWindowRateLimiter;
import org.swab.mentorsync.conflict.ReconcileOutcome;
import org.swab.mentorsync.contactsync.ContactSyncWriter.LinkedContact;
import org.swab.mentorsync.givebutter.GivebutterClient;
import org.swab.mentorsync.givebutter.GivebutterConnection;
import org.swab.mentorsync.mentor.MentorDataChanged;
import tools.jackson.databind.JsonNode;

/**
 * The contact sync step: {@code GET /contacts/{id}} for every active mentor with a contact id, a few in flight at
 * once and never more than the configured requests in any rolling minute (429s pause everyone). One contact's failure
 * is logged and the others go on; a rejected key stops the step.
 * <p>
 * A 404 marks a contact deleted only once the run has shown that the base URL is right (a wrong base path answers
 * 404 for every contact): the 404s wait until the end and are applied if some contact answered, or else if the
 * contact list answers.
 */
@Component
public class ContactSync {

    /** sync_log reason of a contact sync stopped because every contact answered 404. */
    public static final String WRONG_BASE_URL = "wrong_base_url";

    private static final Logger log = LoggerFactory.getLogger(ContactSync.class);

    private final GivebutterClient givebutter;
    private final ContactSyncWriter writer;
    private final ContactSyncProperties properties;
    private final ContactRequestWindow requestWindow;
    private final ApplicationEventPublisher events;

    ContactSync(
            GivebutterClient givebutter,
            ContactSyncWriter writer,
            ContactSyncProperties properties,
            ContactRequestWindow requestWindow,
            ApplicationEventPublisher events) {
        this.events = events;
        this.givebutter = givebutter;
        this.writer = writer;
        this.properties = properties;
        this.requestWindow = requestWindow;
    }

    /**
     * The limit belongs to the API key, not to a run or a node: each run starts from the requests any instance sent
     * in the last window (runs never overlap, the sync lock is cluster-wide) and records each of its own.
     */
    private AttemptGate rateLimitedGate() {
        SlidingWindowRateLimiter limiter =
                new SlidingWindowRateLimiter(properties.requestsPerMinute(), properties.window());
        limiter.rememberEarlier(requestWindow.recentRequestAges(properties.window()));
        return new AttemptGate() {
            @Override
            public void beforeAttempt() throws InterruptedException {
                limiter.acquire();
                requestWindow.recordRequest();
            }

            @Override
            public void rateLimited(Duration retryAfter) {
                limiter.pauseFor(retryAfter);
            }
        };
    }

    /**
     * Syncs every linked contact over {@code connection}; {@code progress} hears "n of N contacts".
     *
     * @throws StepFailedException (reason {@value #WRONG_BASE_URL}) when contacts answered 404 and neither another
     *         contact nor the contact list proved the base URL right; then no contact is marked deleted
     */
    public ContactSyncResult run(GivebutterConnection connection, Consumer<String> progress) {
        List<LinkedContact> linked = writer.linkedContacts();
        AttemptGate gate = rateLimitedGate();
        Tally tally = new Tally(linked.size(), progress);
        AtomicBoolean keyRejected = new AtomicBoolean();
        Semaphore inFlight = new Semaphore(properties.concurrency());
        List<Future<?>> tasks = new ArrayList<>();
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("contact-sync-", 1).factory())) {
            for (LinkedContact contact : linked) {
                tasks.add(executor.submit(() -> syncOne(connection, gate, contact, inFlight, tally, keyRejected)));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailedException("The contact sync was interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("A contact sync task broke down", e.getCause());
        }
        if (keyRejected.get()) {
            throw ApiException.keyRejected("Givebutter");
        }
        if (!tally.notFound.isEmpty()) {
            if (!tally.answered.get()) {
                proveBaseUrl(connection, gate);
            }
            tally.notFound.forEach(contact -> markDeleted(contact, tally));
        }
        log.info("Contact sync: {}", tally.message());
        if (tally.synced.get() + tally.deleted.get() > 0) {
            // values synced back and the contacts' tags reach the import rows
            events.publishEvent(new MentorDataChanged("contact sync"));
        }
        return new ContactSyncResult(
                linked.size(), tally.synced.get(), tally.failed.get(), tally.deleted.get(), tally.message());
    }

    /** The request holds one of the in-flight permits; writing the answer does not, so requests keep flowing. */
    private void syncOne(
            GivebutterConnection connection,
            AttemptGate gate,
            LinkedContact contact,
            Semaphore inFlight,
            Tally tally,
            AtomicBoolean keyRejected) {
        try {
            Optional<JsonNode> fetched;
            inFlight.acquireUninterruptibly();
            try {
                if (keyRejected.get()) {
                    return;
                }
                fetched = givebutter.fetchContact(connection, contact.contactId(), gate);
            } finally {
                inFlight.release();
            }
            if (fetched.isPresent()) {
                tally.answered.set(true);
                ReconcileOutcome outcome = writer.store(contact, fetched.get());
                tally.synced.incrementAndGet();
                if (outcome.hasConflict()) {
                    tally.conflicts.incrementAndGet();
                }
            } else {
                tally.notFound.add(contact);
            }
        } catch (ApiException e) {
            if (e.failure() == ApiFailure.KEY_REJECTED) {
                keyRejected.set(true);
                return;
            }
            tally.failed.incrementAndGet();
            writer.recordFailure(contact, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Contact {} of mentor {} could not be synced", contact.contactId(), contact.mnId(), e);
            tally.failed.incrementAndGet();
            writer.recordFailure(contact, "unexpected error (" + e.getClass().getSimpleName() + ")");
        } finally {
            tally.done();
        }
    }

    private void markDeleted(LinkedContact contact, Tally tally) {
        try {
            writer.markDeleted(contact);
            tally.deleted.incrementAndGet();
        } catch (RuntimeException e) {
            log.error("Contact {} of mentor {} could not be marked deleted", contact.contactId(), contact.mnId(), e);
            tally.failed.incrementAndGet();
            writer.recordFailure(contact, "unexpected error (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void proveBaseUrl(GivebutterConnection connection, AttemptGate gate) {
        try {
            givebutter.checkContactList(connection, gate);
        } catch (ApiException e) {
            if (e.failure() == ApiFailure.NOT_FOUND) {
                throw new StepFailedException(
                        WRONG_BASE_URL,
                        "Givebutter answers 404 for every contact: check the " + "base URL (" + connection.baseUrl()
                                + ") in Settings. No contact was marked deleted.");
            }
            throw e;
        }
    }

    /** Counts of one run, reported as "n of N" while it goes, and the contacts that answered 404. */
    private static final class Tally {
        final AtomicBoolean answered = new AtomicBoolean();
        final Queue<LinkedContact> notFound = new ConcurrentLinkedQueue<>();
        final AtomicInteger synced = new AtomicInteger();
        final AtomicInteger conflicts = new AtomicInteger();
        final AtomicInteger deleted = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final int total;
        private final Consumer<String> progress;

        Tally(int total, Consumer<String> progress) {
            this.total = total;
            this.progress = progress;
        }

        void done() {
            int count = finished.incrementAndGet();
            if (count == total || count % 10 == 0) {
                progress.accept(count + " of " + total + " contacts");
            }
        }

        String message() {
            StringBuilder message = new StringBuilder(synced.get() + " contacts synced, " + conflicts.get()
                    + " conflict" + (conflicts.get() == 1 ? "" : "s"));
            if (deleted.get() > 0) {
                message.append(", ").append(deleted.get()).append(" deleted in Givebutter");
            }
            if (failed.get() > 0) {
                message.append(", ").append(failed.get()).append(" failed");
            }
            return message.toString();
        }
    }
}
