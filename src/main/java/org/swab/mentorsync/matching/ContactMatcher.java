package org.swab.mentorsync.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links each mentor to at most one Givebutter contact (design "Contact Matching Algorithm" with decisions.md).
 *
 * <p>Every mentor ranks its candidates ({@link Candidate#PREFERENCE}) and claims its favourite; a contact claimed by
 * several mentors goes to the one with phone/email evidence over external-id or member evidence, then to the one
 * whose email it has, then to the one its external id names. When that does not single one out, nobody gets it and
 * it is reported as ambiguous. Mentors that lose a claim try their next candidate, so a sibling who shares a
 * parent's phone still gets the contact that has their own email.
 */
public final class ContactMatcher {

    private ContactMatcher() {}

    public static MatchResult match(Collection<MentorIdentity> mentors, ContactIndex contacts) {
        return match(mentors, contacts, Map.of());
    }

    /** {@code refused}: per mentor id, contacts an admin unlinked from it; they are never its candidates. */
    public static MatchResult match(
            Collection<MentorIdentity> mentors, ContactIndex contacts, Map<String, Set<Long>> refused) {
        Map<String, List<Candidate>> preferences = new TreeMap<>();
        for (MentorIdentity mentor : mentors) {
            Set<Long> refusedContacts = refused.getOrDefault(mentor.mnId(), Set.of());
            List<Candidate> candidates = candidates(mentor, contacts).stream()
                    .filter(candidate -> !refusedContacts.contains(candidate.contactId()))
                    .toList();
            if (!candidates.isEmpty()) {
                preferences.put(mentor.mnId(), candidates);
            }
        }
        Claims claims = new Claims(preferences);
        claims.settle();
        return claims.result(contacts);
    }

    static List<Candidate> candidates(MentorIdentity mentor, ContactIndex contacts) {
        Map<Long, Set<MatchEvidence>> found = new HashMap<>();
        collect(found, contacts.byExternalId(mentor.mnId()), MatchEvidence.EXTERNAL_ID);
        if (mentor.phone() != null) {
            collect(found, contacts.byPhone(mentor.phone()), MatchEvidence.PHONE);
        }
        if (mentor.personalEmail() != null) {
            collect(found, contacts.byEmail(mentor.personalEmail()), MatchEvidence.PERSONAL_EMAIL);
        }
        if (mentor.ugaEmail() != null && !mentor.ugaEmail().equals(mentor.personalEmail())) {
            collect(found, contacts.byEmail(mentor.ugaEmail()), MatchEvidence.UGA_EMAIL);
        }
        // the member's identifiers count only where they add something the mentor's own do not say
        if (mentor.memberPhone() != null && !mentor.memberPhone().equals(mentor.phone())) {
            collect(found, contacts.byPhone(mentor.memberPhone()), MatchEvidence.MEMBER_PHONE);
        }
        if (mentor.memberEmail() != null
                && !mentor.memberEmail().equals(mentor.personalEmail())
                && !mentor.memberEmail().equals(mentor.ugaEmail())) {
            collect(found, contacts.byEmail(mentor.memberEmail()), MatchEvidence.MEMBER_EMAIL);
        }
        List<Candidate> candidates = new ArrayList<>();
        found.forEach((contactId, evidence) -> candidates.add(new Candidate(contactId, evidence)));
        candidates.sort(Candidate.PREFERENCE);
        return candidates;
    }

    private static void collect(Map<Long, Set<MatchEvidence>> found, long[] contactIds, MatchEvidence evidence) {
        for (long contactId : contactIds) {
            found.computeIfAbsent(contactId, id -> EnumSet.noneOf(MatchEvidence.class))
                    .add(evidence);
        }
    }

    /** The claiming rounds: mentors propose, contacts keep the strongest claim or refuse an undecidable one. */
    private static final class Claims {
        private final Map<String, List<Candidate>> preferences;
        private final Map<String, Integer> nextChoice = new HashMap<>();
        private final Map<Long, String> holders = new HashMap<>();
        private final Map<Long, List<String>> ambiguous = new TreeMap<>();

        Claims(Map<String, List<Candidate>> preferences) {
            this.preferences = preferences;
            preferences.keySet().forEach(mnId -> nextChoice.put(mnId, 0));
        }

        void settle() {
            Set<String> free = new HashSet<>(preferences.keySet());
            while (!free.isEmpty()) {
                Map<Long, List<String>> proposals = new TreeMap<>();
                for (String mnId : free.stream().sorted().toList()) {
                    Candidate next = nextCandidate(mnId);
                    if (next != null) {
                        proposals
                                .computeIfAbsent(next.contactId(), id -> new ArrayList<>())
                                .add(mnId);
                    }
                }
                free.clear();
                proposals.forEach((contactId, proposers) -> decide(contactId, proposers, free));
            }
        }

        private Candidate nextCandidate(String mnId) {
            List<Candidate> candidates = preferences.get(mnId);
            int index = nextChoice.get(mnId);
            while (index < candidates.size()
                    && ambiguous.containsKey(candidates.get(index).contactId())) {
                index++;
            }
            nextChoice.put(mnId, index);
            return index < candidates.size() ? candidates.get(index) : null;
        }

        private void decide(long contactId, List<String> proposers, Set<String> free) {
            List<String> claimants = new ArrayList<>(proposers);
            String holder = holders.get(contactId);
            if (holder != null) {
                claimants.add(holder);
            }
            String winner = strongest(contactId, claimants);
            if (winner == null) {
                holders.remove(contactId);
                ambiguous.put(contactId, claimants.stream().sorted().toList());
            } else {
                holders.put(contactId, winner);
            }
            for (String claimant : claimants) {
                if (!claimant.equals(winner)) {
                    nextChoice.merge(claimant, 1, Integer::sum);
                    free.add(claimant);
                }
            }
        }

        /** The one claimant the rules single out, or null. */
        private String strongest(long contactId, List<String> claimants) {
            if (claimants.size() == 1) {
                return claimants.getFirst();
            }
            Map<String, Candidate> claims = new LinkedHashMap<>();
            claimants.forEach(mnId -> claims.put(mnId, candidate(mnId, contactId)));
            int bestTier =
                    claims.values().stream().mapToInt(Candidate::tier).min().orElseThrow();
            List<String> strongest = claimants.stream()
                    .filter(mnId -> claims.get(mnId).tier() == bestTier)
                    .toList();
            if (strongest.size() == 1) {
                return strongest.getFirst();
            }
            List<String> byEmail = strongest.stream()
                    .filter(mnId -> claims.get(mnId).hasEmail())
                    .toList();
            if (byEmail.size() == 1) {
                return byEmail.getFirst();
            }
            List<String> remaining = byEmail.isEmpty() ? strongest : byEmail;
            List<String> byExternalId = remaining.stream()
                    .filter(mnId -> claims.get(mnId).hasExternalId())
                    .toList();
            return byExternalId.size() == 1 ? byExternalId.getFirst() : null;
        }

        private Candidate candidate(String mnId, long contactId) {
            return preferences.get(mnId).stream()
                    .filter(candidate -> candidate.contactId() == contactId)
                    .findFirst()
                    .orElseThrow();
        }

        MatchResult result(ContactIndex contacts) {
            Map<String, Long> links = new TreeMap<>();
            holders.forEach((contactId, mnId) -> links.put(mnId, contactId));
            Map<String, Set<MatchEvidence>> evidence = new TreeMap<>();
            links.forEach((mnId, contactId) ->
                    evidence.put(mnId, candidate(mnId, contactId).evidence()));
            List<MatchResult.AmbiguousContact> ambiguities = new ArrayList<>();
            ambiguous.forEach(
                    (contactId, mnIds) -> ambiguities.add(new MatchResult.AmbiguousContact(contactId, mnIds)));
            return new MatchResult(
                    links, evidence, ambiguities, severalContacts(links), externalIdMismatches(links, contacts));
        }

        /** A linked mentor's other candidates that nobody else got and nobody disputes: its duplicates. */
        private List<MatchResult.SeveralContacts> severalContacts(Map<String, Long> links) {
            List<MatchResult.SeveralContacts> several = new ArrayList<>();
            links.forEach((mnId, chosen) -> {
                List<Long> ids = preferences.get(mnId).stream()
                        .map(Candidate::contactId)
                        .filter(id -> id.equals(chosen) || (!holders.containsKey(id) && !ambiguous.containsKey(id)))
                        .sorted()
                        .toList();
                if (ids.size() > 1) {
                    several.add(new MatchResult.SeveralContacts(mnId, chosen, ids));
                }
            });
            return several;
        }

        private List<MatchResult.ExternalIdMismatch> externalIdMismatches(
                Map<String, Long> links, ContactIndex contacts) {
            List<MatchResult.ExternalIdMismatch> mismatches = new ArrayList<>();
            // a linked contact whose external id names someone else
            links.forEach((mnId, contactId) -> {
                String externalId = contacts.externalIdOf(contactId);
                if (externalId != null && !externalId.equals(mnId)) {
                    mismatches.add(new MatchResult.ExternalIdMismatch(contactId, externalId, mnId));
                }
            });
            // a contact naming a mentor by external id while that mentor was linked elsewhere by phone/email
            links.forEach((mnId, linked) -> {
                for (long contactId : contacts.byExternalId(mnId)) {
                    if (contactId != linked && !holders.containsKey(contactId)) {
                        mismatches.add(new MatchResult.ExternalIdMismatch(contactId, mnId, null));
                    }
                }
            });
            mismatches.sort(Comparator.comparingLong(MatchResult.ExternalIdMismatch::contactId)
                    .thenComparing(
                            MatchResult.ExternalIdMismatch::linkedMnId,
                            Comparator.nullsLast(Comparator.naturalOrder())));
            return mismatches.stream().distinct().filter(Objects::nonNull).toList();
        }
    }
}
