package org.swab.mentorsync.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.conflict.ErrorLogService;
import org.swab.mentorsync.conflict.ErrorReport;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.intake.CampaignMembers;
import org.swab.mentorsync.intake.CampaignMembers.CampaignMember;
import org.swab.mentorsync.matching.ContactIndex;
import org.swab.mentorsync.matching.ContactMatcher;
import org.swab.mentorsync.matching.DuplicateDetector;
import org.swab.mentorsync.matching.DuplicateGroup;
import org.swab.mentorsync.matching.MatchResult;
import org.swab.mentorsync.matching.MentorIdentity;
import org.swab.mentorsync.mentor.EmailAddresses;
import org.swab.mentorsync.mentor.MentorLinks;
import org.swab.mentorsync.mentor.PhoneNumbers;

/**
 * After the contacts are stored: matches every active mentor against every contact, writes the links, finds
 * duplicate contacts and members without a contact, and logs each anomaly once. Runs in the import's transaction.
 */
@Component
class ContactLinking {

    private final MentorLinks mentorLinks;
    private final CampaignMembers campaignMembers;
    private final ErrorLogService errorLog;

    ContactLinking(MentorLinks mentorLinks, CampaignMembers campaignMembers, ErrorLogService errorLog) {
        this.mentorLinks = mentorLinks;
        this.campaignMembers = campaignMembers;
        this.errorLog = errorLog;
    }

    Outcome link(ContactIndex contacts, ImportProgress progress, long rowsRead) {
        progress.update(ImportProgress.Phase.MATCHING, rowsRead);
        List<CampaignMember> members = campaignMembers.all();
        List<MentorIdentity> mentors = identities(members);
        MatchResult result = ContactMatcher.match(mentors, contacts, mentorLinks.refusedContacts());
        int newContactIds = mentorLinks.applyUpload(
                result.links(),
                result.ambiguousContacts().stream()
                        .map(MatchResult.AmbiguousContact::contactId)
                        .toList());

        Map<Long, String> mentorByMember = mentorLinks.mentorByMember();
        progress.update(ImportProgress.Phase.DUPLICATES, rowsRead);
        List<DuplicateGroup> groups = DuplicateDetector.detect(contacts);
        MatchingErrors errors =
                anomalies(result, mentors, members, contacts, groups, mentorByMember, mentorLinks.existingLinks());

        int logged = errorLog.recordAll(errors.reports());
        resolveVanished(errors.reports());
        return new Outcome(
                result.links().size(),
                newContactIds,
                groups.size(),
                result.ambiguousContacts().size(),
                logged);
    }

    /**
     * What an upload found wrong, from what it matched and found: contacts several mentors claim, mentors with several
     * contacts, external ids that disagree, members without a contact, duplicate groups that concern a mentor.
     * {@code mentorByContact}: the links as they are after the upload's.
     */
    static MatchingErrors anomalies(
            MatchResult result,
            List<MentorIdentity> mentors,
            List<CampaignMember> members,
            ContactIndex contacts,
            List<DuplicateGroup> groups,
            Map<Long, String> mentorByMember,
            Map<Long, String> mentorByContact) {
        MatchingErrors errors = new MatchingErrors();
        errors.ambiguousContacts(result.ambiguousContacts());
        errors.severalContacts(result.severalContacts());
        errors.externalIdMismatches(result.externalIdMismatches(), result.links());
        for (CampaignMember member : members) {
            if (!hasContact(member, contacts)) {
                errors.memberWithoutContact(member, mentorByMember.get(member.memberId()));
            }
        }
        Map<String, String> mentorByIdentifier = mentorByIdentifier(mentors);
        for (DuplicateGroup group : groups) {
            String mnId = mentorTouching(group, mentorByIdentifier, mentorByContact);
            if (mnId != null) {
                errors.duplicateGroup(group, mnId);
            }
        }
        return errors;
    }

    private void resolveVanished(List<ErrorReport> present) {
        Map<ErrorType, Set<String>> keys = present.stream()
                .collect(Collectors.groupingBy(
                        ErrorReport::type, Collectors.mapping(ErrorReport::key, Collectors.toSet())));
        for (ErrorType type : MatchingErrors.OWNED_TYPES) {
            errorLog.resolveVanished(type, MatchingErrors.SOURCE_TABLE, keys.getOrDefault(type, Set.of()));
        }
    }

    private static boolean hasContact(CampaignMember member, ContactIndex contacts) {
        boolean byEmail = EmailAddresses.normalize(member.email())
                .map(email -> contacts.byEmail(email).length > 0)
                .orElse(false);
        return byEmail
                || PhoneNumbers.toE164(member.phone())
                        .map(phone -> contacts.byPhone(phone).length > 0)
                        .orElse(false);
    }

    /** Active mentors with their campaign member's email and phone. */
    private List<MentorIdentity> identities(List<CampaignMember> campaign) {
        Map<Long, CampaignMember> members =
                campaign.stream().collect(Collectors.toMap(CampaignMember::memberId, member -> member));
        return mentorLinks.activeMentors().stream()
                .map(mentor -> {
                    CampaignMember member = mentor.gbMemberId() == null ? null : members.get(mentor.gbMemberId());
                    return new MentorIdentity(
                            mentor.mnId(),
                            mentor.phone(),
                            mentor.personalEmail(),
                            mentor.ugaEmail(),
                            member == null ? null : member.phone(),
                            member == null ? null : member.email());
                })
                .toList();
    }

    private static Map<String, String> mentorByIdentifier(List<MentorIdentity> mentors) {
        Map<String, String> byIdentifier = new HashMap<>();
        for (MentorIdentity mentor : mentors) {
            for (String identifier : new String[] {mentor.phone(), mentor.personalEmail(), mentor.ugaEmail()}) {
                if (identifier != null) {
                    byIdentifier.merge(identifier, mentor.mnId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        return byIdentifier;
    }

    /** The mentor a group concerns: one whose phone/email it shares, or one linked to a contact in it. */
    private static String mentorTouching(
            DuplicateGroup group, Map<String, String> mentorByIdentifier, Map<Long, String> mentorByContact) {
        String byIdentifier = mentorByIdentifier.get(group.identifier());
        if (byIdentifier != null) {
            return byIdentifier;
        }
        return group.contactIds().stream()
                .map(mentorByContact::get)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * @param mentorsMatched   active mentors linked by this upload
     * @param newContactIds    of those, mentors whose contact id was missing or different before
     * @param duplicateGroups  all groups of contacts sharing a phone or an email
     * @param ambiguous        contacts claimed by several mentors and linked to none
     * @param errorsLogged     new mn_errors rows
     */
    record Outcome(int mentorsMatched, int newContactIds, int duplicateGroups, int ambiguous, int errorsLogged) {}
}
