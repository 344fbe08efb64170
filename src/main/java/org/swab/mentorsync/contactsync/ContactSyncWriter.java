package org.swab.mentorsync.contactsync;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.conflict.ConflictService;
import org.swab.mentorsync.conflict.ErrorLogService;
import org.swab.mentorsync.conflict.ErrorReport;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.conflict.ReconcileOutcome;
import org.swab.mentorsync.conflict.Severity;
import org.swab.mentorsync.givebutter.GivebutterContactJson;
import org.swab.mentorsync.mentor.ContactSource;
import org.swab.mentorsync.mentor.ContactSyncStatus;
import org.swab.mentorsync.mentor.MentorContact;
import org.swab.mentorsync.mentor.MentorContactRepository;
import org.swab.mentorsync.mentor.MentorRepository;
import tools.jackson.databind.JsonNode;

/** Writes what the contact sync learned about one mentor, each mentor in its own transaction. */
@Component
class ContactSyncWriter {

    static final String SOURCE_TABLE = "raw_mn_gb_contacts";

    private final MentorRepository mentors;
    private final MentorContactRepository contacts;
    private final ErrorLogService errorLog;
    private final ConflictService conflicts;
    private final Clock clock;

    ContactSyncWriter(
            MentorRepository mentors,
            MentorContactRepository contacts,
            ErrorLogService errorLog,
            ConflictService conflicts,
            Clock clock) {
        this.mentors = mentors;
        this.contacts = contacts;
        this.errorLog = errorLog;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    /** The active mentors with a Givebutter contact id, as (mn_id, contact id). */
    @Transactional(readOnly = true)
    List<LinkedContact> linkedContacts() {
        return mentors.findByDroppedFalseAndGbContactIdIsNotNullOrderByMnId().stream()
                .map(mentor -> new LinkedContact(mentor.getMnId(), mentor.getGbContactId()))
                .toList();
    }

    /** Mirrors the fetched contact, then syncs back shared fields and records conflicts. */
    @Transactional
    ReconcileOutcome store(LinkedContact linked, JsonNode json) {
        if (!stillLinked(linked)) {
            return ReconcileOutcome.NOTHING;
        }
        MentorContact contact =
                contacts.findById(linked.mnId()).orElseGet(() -> new MentorContact(linked.mnId(), clock.instant()));
        contact.setContactId(linked.contactId());
        GivebutterContactJson.copyInto(json, contact);
        contact.setSource(ContactSource.API_SYNC);
        contact.setGbUpdatedAt(GivebutterContactJson.updatedAt(json));
        contact.setLastSyncedAt(clock.instant());
        contact.setSyncStatus(ContactSyncStatus.SYNCED);
        contacts.save(contact);
        resolve(ErrorType.CONTACT_DELETED, deletedKey(linked));
        resolve(ErrorType.API_ERROR, failureKey(linked));
        return conflicts.reconcile(linked.mnId());
    }

    /**
     * Givebutter answered 404 (edge case 3): the mirror is marked stale, the id is kept (the admin may restore the
     * contact or clear the id), and the deletion is logged once.
     */
    @Transactional
    void markDeleted(LinkedContact linked) {
        if (!stillLinked(linked)) {
            return;
        }
        MentorContact contact = contacts.findById(linked.mnId()).orElseGet(() -> {
            MentorContact created = new MentorContact(linked.mnId(), clock.instant());
            created.setSource(ContactSource.API_SYNC);
            return created;
        });
        contact.setContactId(linked.contactId());
        // the API said so: a later CSV match must not take this row back to synced
        contact.setSource(ContactSource.API_SYNC);
        contact.setSyncStatus(ContactSyncStatus.STALE);
        contact.setLastSyncedAt(clock.instant());
        contacts.save(contact);
        resolve(ErrorType.API_ERROR, failureKey(linked));
        record(
                ErrorType.CONTACT_DELETED,
                deletedKey(linked),
                Severity.WARNING,
                linked,
                "Contact " + linked.contactId() + " no longer exists in Givebutter (deleted or merged). Mentor "
                        + linked.mnId() + " keeps the id: restore the contact in Givebutter, or clear the id so "
                        + "the next import creates a new one.");
    }

    /** One contact could not be fetched; the others go on. Logged once per mentor until a fetch succeeds. */
    @Transactional
    void recordFailure(LinkedContact linked, String reason) {
        record(
                ErrorType.API_ERROR,
                failureKey(linked),
                Severity.ERROR,
                linked,
                "Could not fetch Givebutter contact " + linked.contactId() + " for mentor " + linked.mnId() + ": "
                        + reason);
    }

    /**
     * A CSV upload or an admin may have re-linked the mentor while its contact was being fetched; the row lock keeps
     * them out until this mentor's write is done.
     */
    private boolean stillLinked(LinkedContact linked) {
        return mentors.lockById(linked.mnId())
                .map(mentor ->
                        !mentor.isDropped() && Long.valueOf(linked.contactId()).equals(mentor.getGbContactId()))
                .orElse(false);
    }

    private void record(ErrorType type, String key, Severity severity, LinkedContact linked, String message) {
        errorLog.record(ErrorReport.of(type, key, severity, message)
                .mnId(linked.mnId())
                .sourceTable(SOURCE_TABLE)
                .rawData(Map.of("mn_id", linked.mnId(), "contact_id", linked.contactId()))
                .build());
    }

    private void resolve(ErrorType type, String key) {
        errorLog.resolve(type, key);
    }

    private static String deletedKey(LinkedContact linked) {
        return linked.mnId() + ":" + linked.contactId();
    }

    private static String failureKey(LinkedContact linked) {
        return "contact:" + linked.mnId();
    }

    record LinkedContact(String mnId, long contactId) {}
}
