package org.swab.mentorsync.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of matching every mentor against every contact.
 *
 * @param links                   mentor id → the contact it is linked to (mentors without a match are absent)
 * @param evidence                for each link, the identifiers it rests on
 * @param ambiguousContacts       contacts two or more mentors claim that no rule could give to one: linked to none
 * @param severalContacts         mentors with more than one candidate contact, and which one was chosen
 * @param externalIdMismatches    contacts whose external id disagrees with the phone/email match
 */
public record MatchResult(
        Map<String, Long> links,
        Map<String, Set<MatchEvidence>> evidence,
        List<AmbiguousContact> ambiguousContacts,
        List<SeveralContacts> severalContacts,
        List<ExternalIdMismatch> externalIdMismatches) {

    /** One contact that several mentors claim equally (shared family phone, duplicate signup). */
    public record AmbiguousContact(long contactId, List<String> mnIds) {}

    /** A mentor that matches several contacts: {@code chosen} was linked; all ids are listed, chosen included. */
    public record SeveralContacts(String mnId, long chosen, List<Long> contactIds) {}

    /**
     * A contact whose external id names a mentor other than the one phone/email evidence links it to, or names a
     * mentor that phone/email evidence links to another contact. {@code linkedMnId} may be null: the contact was
     * linked to nobody because the mentor its external id names matched another contact.
     */
    public record ExternalIdMismatch(long contactId, String externalId, String linkedMnId) {}
}
