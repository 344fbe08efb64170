package org.swab.mentorsync.conflict;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.swab.mentorsync.givebutter.GivebutterCustomFields;
import org.swab.mentorsync.mentor.ContactSyncStatus;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorContact;
import org.swab.mentorsync.mentor.MentorContactRepository;
import org.swab.mentorsync.mentor.MentorDataChanged;
import org.swab.mentorsync.mentor.MentorField;
import org.swab.mentorsync.mentor.MentorFieldOverride;
import org.swab.mentorsync.mentor.MentorFieldWriter;
import org.swab.mentorsync.mentor.MentorRepository;
import org.swab.mentorsync.mentor.PhoneNumbers;
import org.swab.mentorsync.mentor.UnknownMentorException;

/**
 * Reconciles a mentor with its stored Givebutter contact (sync-back of shared fields, conflicts on Jotform-owned
 * ones, one mn_errors row per mentor) and applies an admin's review decisions.
 */
@Service
public class ConflictService {

    static final String SYNC_ACTOR = "sync";

    private final MentorRepository mentors;
    private final MentorContactRepository contacts;
    private final MnErrorRepository errors;
    private final MentorFieldWriter fieldWriter;
    private final GivebutterCustomFields customFields;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ConflictService(
            MentorRepository mentors,
            MentorContactRepository contacts,
            MnErrorRepository errors,
            MentorFieldWriter fieldWriter,
            GivebutterCustomFields customFields,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.mentors = mentors;
        this.contacts = contacts;
        this.errors = errors;
        this.fieldWriter = fieldWriter;
        this.customFields = customFields;
        this.clock = clock;
    }

    /** After a contact was fetched: take over shared fields, then log, update or resolve the conflict. */
    @Transactional
    public ReconcileOutcome reconcile(String mnId) {
        Optional<Mentor> found = mentors.findById(mnId);
        Optional<MentorContact> contact = contacts.findById(mnId);
        if (found.isEmpty() || contact.isEmpty() || contact.get().getSyncStatus() == ContactSyncStatus.STALE) {
            return ReconcileOutcome.NOTHING;
        }
        Mentor mentor = found.get();
        int syncedBack = 0;
        for (var update :
                ContactComparison.syncBack(mentor, contact.get(), customFields).entrySet()) {
            if (fieldWriter.write(
                    mentor,
                    update.getKey(),
                    update.getValue(),
                    MentorFieldOverride.Source.GIVEBUTTER,
                    "givebutter_sync",
                    SYNC_ACTOR)) {
                syncedBack++;
            }
        }
        List<FieldConflict> conflicts = ContactComparison.conflicts(mentor, contact.get());
        boolean open = recordConflicts(mentor, contact.get(), conflicts);
        contact.get().setSyncStatus(open ? ContactSyncStatus.CONFLICT : ContactSyncStatus.SYNCED);
        return new ReconcileOutcome(syncedBack, open ? conflicts.size() : 0);
    }

    @Transactional(readOnly = true)
    public ConflictReview review(String mnId) {
        Mentor mentor = mentors.findById(mnId).orElseThrow(() -> new UnknownMentorException(mnId));
        Optional<MentorContact> contact = contacts.findById(mnId);
        Optional<MnError> error = errors.findByErrorTypeAndErrorKey(ErrorType.CONTACT_DATA_CONFLICT, mnId);
        boolean open = error.map(e -> !e.isResolved()).orElse(false);
        List<ConflictReview.Row> rows = open && contact.isPresent()
                ? ContactComparison.conflicts(mentor, contact.get()).stream()
                        .map(conflict -> new ConflictReview.Row(
                                conflict.field(),
                                FieldOwner.of(conflict.field()),
                                conflict.ourValue(),
                                conflict.givebutterValue(),
                                conflict.acceptable(),
                                recommendation(conflict)))
                        .toList()
                : List.of();
        return new ConflictReview(
                mnId,
                displayName(mentor),
                contact.map(MentorContact::getContactId).orElse(null),
                contact.map(MentorContact::getGbUpdatedAt).orElse(null),
                open,
                error.map(MnError::isNeedsManualReview).orElse(false),
                rows);
    }

    /**
     * Applies the admin's decision per field; fields left out count as manual review. Resolved when no field is
     * left for manual review.
     */
    @Transactional
    public ConflictReview resolve(String mnId, Map<MentorField, ConflictResolution> decisions, String admin) {
        Mentor mentor = mentors.findById(mnId).orElseThrow(() -> new UnknownMentorException(mnId));
        MentorContact contact = contacts.findById(mnId).orElseThrow(() -> new NoOpenConflictException(mnId));
        MnError error = errors.findByErrorTypeAndErrorKey(ErrorType.CONTACT_DATA_CONFLICT, mnId)
                .filter(e -> !e.isResolved())
                .orElseThrow(() -> new NoOpenConflictException(mnId));
        List<FieldConflict> conflicts = ContactComparison.conflicts(mentor, contact);
        conflicts.stream()
                .filter(conflict ->
                        !conflict.acceptable() && decisions.get(conflict.field()) == ConflictResolution.ACCEPT_GB)
                .findFirst()
                .ifPresent(conflict -> {
                    throw new IllegalArgumentException(
                            "Givebutter has no " + conflict.field().label() + " to accept for " + mnId
                                    + ": keep ours or flag it for manual review");
                });
        boolean manual = false;
        for (FieldConflict conflict : conflicts) {
            ConflictResolution decision = decisions.getOrDefault(conflict.field(), ConflictResolution.MANUAL);
            switch (decision) {
                case ACCEPT_GB ->
                    fieldWriter.write(
                            mentor,
                            conflict.field(),
                            accepted(conflict),
                            MentorFieldOverride.Source.ADMIN,
                            "conflict_review",
                            admin);
                case KEEP_OURS ->
                    fieldWriter.recordDecision(
                            mentor, conflict.field(), conflict.givebutterValue(), "conflict_review", admin);
                case MANUAL -> manual = true;
            }
        }
        List<FieldConflict> remaining = ContactComparison.conflicts(mentor, contact);
        error.setRawData(rawData(contact, remaining));
        error.setErrorMessage(message(mentor, remaining));
        error.setUpdatedAt(clock.instant());
        error.setNeedsManualReview(manual);
        if (!manual) {
            error.setResolved(true);
            error.setResolvedAt(clock.instant());
            error.setResolvedBy(admin);
            contact.setSyncStatus(ContactSyncStatus.SYNCED);
        }
        events.publishEvent(new MentorDataChanged("conflict review of " + mnId + " by " + admin));
        return review(mnId);
    }

    @Transactional(readOnly = true)
    public List<ConflictSummary> openConflicts() {
        List<ConflictSummary> summaries = new ArrayList<>();
        for (MnError error :
                errors.findByErrorTypeAndResolvedFalseOrderByUpdatedAtDesc(ErrorType.CONTACT_DATA_CONFLICT)) {
            String name = mentors.findById(error.getErrorKey())
                    .map(ConflictService::displayName)
                    .orElse("");
            summaries.add(new ConflictSummary(
                    error.getErrorKey(), name, fieldLabels(error), error.getUpdatedAt(), error.isNeedsManualReview()));
        }
        return summaries;
    }

    private boolean recordConflicts(Mentor mentor, MentorContact contact, List<FieldConflict> conflicts) {
        Optional<MnError> existing =
                errors.findByErrorTypeAndErrorKey(ErrorType.CONTACT_DATA_CONFLICT, mentor.getMnId());
        if (conflicts.isEmpty()) {
            existing.filter(error -> !error.isResolved()).ifPresent(error -> {
                error.setResolved(true);
                error.setResolvedAt(clock.instant());
                error.setResolvedBy(SYNC_ACTOR);
                error.setUpdatedAt(clock.instant());
            });
            return false;
        }
        Map<String, Object> rawData = rawData(contact, conflicts);
        if (existing.isPresent()) {
            MnError error = existing.get();
            if (sameDifferences(error.getRawData(), rawData)) {
                return !error.isResolved();
            }
            error.setRawData(rawData);
            error.setErrorMessage(message(mentor, conflicts));
            error.setResolved(false);
            error.setResolvedAt(null);
            error.setResolvedBy(null);
            error.setNeedsManualReview(false);
            error.setUpdatedAt(clock.instant());
            return true;
        }
        MnError error = new MnError();
        error.setErrorType(ErrorType.CONTACT_DATA_CONFLICT);
        error.setErrorKey(mentor.getMnId());
        error.setMnId(mentor.getMnId());
        error.setPhone(mentor.getPhone());
        error.setEmail(mentor.getUgaEmail());
        error.setSeverity(Severity.WARNING);
        error.setSourceTable("raw_mn_gb_contacts");
        error.setErrorMessage(message(mentor, conflicts));
        error.setRawData(rawData);
        error.setCreatedAt(clock.instant());
        error.setUpdatedAt(clock.instant());
        errors.save(error);
        return true;
    }

    private static String accepted(FieldConflict conflict) {
        return conflict.field() == MentorField.PHONE
                ? PhoneNumbers.toE164(conflict.acceptableValue()).orElse(conflict.acceptableValue())
                : conflict.acceptableValue();
    }

    private static String recommendation(FieldConflict conflict) {
        if (conflict.field() == MentorField.UGA_EMAIL) {
            return conflict.acceptable()
                    ? "Our UGA address is not among the contact's emails; the contact holds "
                            + conflict.acceptableValue() + ", which Accept Givebutter would take."
                    : "Our UGA address is not among the contact's emails and the contact holds no other UGA "
                            + "address: keep ours (the next import adds it to the contact) or review by hand.";
        }
        return FieldOwner.recommendation(conflict.field());
    }

    private static Map<String, Object> rawData(MentorContact contact, List<FieldConflict> conflicts) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("contact_id", contact.getContactId());
        raw.put(
                "gb_updated_at",
                contact.getGbUpdatedAt() == null
                        ? null
                        : contact.getGbUpdatedAt().toString());
        raw.put(
                "conflicts",
                conflicts.stream()
                        .map(conflict -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("field", conflict.field().code());
                            row.put("our_value", conflict.ourValue());
                            row.put("givebutter_value", conflict.givebutterValue());
                            return row;
                        })
                        .toList());
        return raw;
    }

    private static boolean sameDifferences(Map<String, Object> stored, Map<String, Object> fresh) {
        return stored != null && java.util.Objects.equals(stored.get("conflicts"), fresh.get("conflicts"));
    }

    private static String message(Mentor mentor, List<FieldConflict> conflicts) {
        return "Contact data differs between Jotform and Givebutter for " + conflicts.size() + " field"
                + (conflicts.size() == 1 ? "" : "s") + ": "
                + String.join(
                        ", ",
                        conflicts.stream()
                                .map(conflict -> conflict.field().code())
                                .toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> fieldLabels(MnError error) {
        Object conflicts =
                error.getRawData() == null ? null : error.getRawData().get("conflicts");
        if (!(conflicts instanceof List<?> list)) {
            return List.of();
        }
        return list.stream()
                .map(row -> String.valueOf(((Map<String, Object>) row).get("field")))
                .map(code -> org.swab.mentorsync.base.CodedEnum.fromCode(MentorField.class, code)
                        .label())
                .toList();
    }

    static String displayName(Mentor mentor) {
        return mentor.getFullName() != null ? mentor.getFullName() : mentor.getPreferredName();
    }
}
