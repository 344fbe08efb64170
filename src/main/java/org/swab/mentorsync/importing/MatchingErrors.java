package org.swab.mentorsync.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.swab.mentorsync.conflict.ErrorReport;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.conflict.Severity;
import org.swab.mentorsync.intake.CampaignMembers.CampaignMember;
import org.swab.mentorsync.matching.DuplicateGroup;
import org.swab.mentorsync.matching.MatchResult;

/**
 * The mn_errors rows a contacts upload stands for. Keys name the cause (a contact, a mentor, a member, a shared
 * phone or email) and raw_data holds only the situation, so the same file uploaded twice changes nothing.
 */
final class MatchingErrors {

    static final String SOURCE_TABLE = "raw_gb_full_contacts";

    /** The error types an upload owns: their causes that are gone after an upload get resolved. */
    static final List<ErrorType> OWNED_TYPES = List.of(
            ErrorType.MULTIPLE_MENTORS_ONE_CONTACT,
            ErrorType.DUPLICATE_GB_CONTACT,
            ErrorType.EXTERNAL_ID_MISMATCH,
            ErrorType.MEMBER_WITHOUT_CONTACT);

    private final List<ErrorReport> reports = new ArrayList<>();

    List<ErrorReport> reports() {
        return reports;
    }

    void ambiguousContacts(List<MatchResult.AmbiguousContact> ambiguous) {
        for (MatchResult.AmbiguousContact contact : ambiguous) {
            String mentors = String.join(", ", contact.mnIds());
            reports.add(ErrorReport.of(
                            ErrorType.MULTIPLE_MENTORS_ONE_CONTACT,
                            "contact:" + contact.contactId(),
                            Severity.ERROR,
                            ("Mentors %s both match contact %d; linked neither. Decide which mentor "
                                            + "it belongs to (check signup dates and details).")
                                    .formatted(mentors, contact.contactId()))
                    .mnId(contact.mnIds().getFirst())
                    .sourceTable(SOURCE_TABLE)
                    .rawData(situation("contact_id", contact.contactId(), "mn_ids", contact.mnIds()))
                    .build());
        }
    }

    void severalContacts(List<MatchResult.SeveralContacts> several) {
        for (MatchResult.SeveralContacts mentor : several) {
            String ids = mentor.contactIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
            reports.add(ErrorReport.of(
                            ErrorType.DUPLICATE_GB_CONTACT,
                            "mentor:" + mentor.mnId(),
                            Severity.WARNING,
                            ("Mentor %s has %d Givebutter contacts: %s; linked %d (most identifiers matched, then "
                                            + "highest id)")
                                    .formatted(
                                            mentor.mnId(), mentor.contactIds().size(), ids, mentor.chosen()))
                    .mnId(mentor.mnId())
                    .sourceTable(SOURCE_TABLE)
                    .rawData(situation(
                            "mn_id", mentor.mnId(), "contact_ids", mentor.contactIds(), "chosen", mentor.chosen()))
                    .build());
        }
    }

    void externalIdMismatches(List<MatchResult.ExternalIdMismatch> mismatches, Map<String, Long> links) {
        for (MatchResult.ExternalIdMismatch mismatch : mismatches) {
            String message = mismatch.linkedMnId() != null
                    ? "Contact %d has external_id=%s but matched to mn_id=%s; the next export corrects it"
                            .formatted(mismatch.contactId(), mismatch.externalId(), mismatch.linkedMnId())
                    : ("Contact %d has external_id=%s but mentor %s matched contact %d by phone/email; it may be a "
                                    + "duplicate")
                            .formatted(
                                    mismatch.contactId(),
                                    mismatch.externalId(),
                                    mismatch.externalId(),
                                    links.get(mismatch.externalId()));
            String mnId = mismatch.linkedMnId() != null ? mismatch.linkedMnId() : mismatch.externalId();
            reports.add(ErrorReport.of(
                            ErrorType.EXTERNAL_ID_MISMATCH,
                            "contact:" + mismatch.contactId(),
                            Severity.WARNING,
                            message)
                    .mnId(mnId)
                    .sourceTable(SOURCE_TABLE)
                    .rawData(situation(
                            "contact_id", mismatch.contactId(), "external_id", mismatch.externalId(), "mn_id", mnId))
                    .build());
        }
    }

    void memberWithoutContact(CampaignMember member, String mnId) {
        reports.add(ErrorReport.of(
                        ErrorType.MEMBER_WITHOUT_CONTACT,
                        "member:" + member.memberId(),
                        Severity.WARNING,
                        "Member %d not found in contacts CSV".formatted(member.memberId()))
                .mnId(mnId)
                .email(member.email())
                .phone(member.phone())
                .sourceTable(SOURCE_TABLE)
                .rawData(situation("member_id", member.memberId(), "email", member.email(), "phone", member.phone()))
                .build());
    }

    void duplicateGroup(DuplicateGroup group, String mnId) {
        String kind = group.kind().name().toLowerCase(java.util.Locale.ROOT);
        var report = ErrorReport.of(
                        ErrorType.DUPLICATE_GB_CONTACT,
                        kind + ":" + group.identifier(),
                        Severity.WARNING,
                        "%d Givebutter contacts share %s %s"
                                .formatted(group.contactIds().size(), kind, group.identifier()))
                .mnId(mnId)
                .sourceTable(SOURCE_TABLE)
                .rawData(situation(
                        "type",
                        kind,
                        "identifier",
                        group.identifier(),
                        "contact_ids",
                        group.contactIds(),
                        "mn_id",
                        mnId));
        reports.add(
                group.kind() == DuplicateGroup.Kind.PHONE
                        ? report.phone(group.identifier()).build()
                        : report.email(group.identifier()).build());
    }

    /** raw_data in a fixed key order; null values kept so the shape is the same every time. */
    private static Map<String, Object> situation(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }
}
