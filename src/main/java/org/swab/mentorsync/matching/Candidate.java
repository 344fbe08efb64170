package org.swab.mentorsync.matching;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

/** One contact a mentor might be, and the identifiers that say so. */
record Candidate(long contactId, Set<MatchEvidence> evidence) {

    /**
     * A mentor's preference: phone/email evidence first (it beats a contradicting external id), then the external
     * id, then the campaign member's identifiers; within a tier more identifiers, then the highest contact id.
     */
    static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::tier)
            .thenComparing(Comparator.comparingInt(
                            (Candidate candidate) -> candidate.evidence().size())
                    .reversed())
            .thenComparing(Comparator.comparingLong(Candidate::contactId).reversed());

    Candidate {
        evidence = EnumSet.copyOf(evidence);
    }

    int tier() {
        if (evidence.stream().anyMatch(MatchEvidence::isPhoneOrEmail)) {
            return 1;
        }
        return evidence.contains(MatchEvidence.EXTERNAL_ID) ? 2 : 3;
    }

    boolean hasEmail() {
        return evidence.stream().anyMatch(MatchEvidence::isEmail);
    }

    boolean hasExternalId() {
        return evidence.contains(MatchEvidence.EXTERNAL_ID);
    }
}
