package org.swab.mentorsync.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactMatcherTest {

    private final ContactIndex contacts = new ContactIndex();

    @Test
    void a_mentor_is_linked_by_primary_phone_in_any_format() {
        contact(11, null, "(706) 555-0134");

        assertThat(match(mentor("1", "+17065550134", null, null)).links()).containsEntry("1", 11L);
    }

    @Test
    void a_mentor_is_linked_by_an_additional_phone() {
        contacts.add(ContactIdentity.fromRaw(11, null, List.of("912-555-0100", "706.555.0134"), List.of()));

        assertThat(match(mentor("1", "7065550134", null, null)).links()).containsEntry("1", 11L);
    }

    @Test
    void a_mentor_is_linked_by_personal_email_ignoring_case_and_spaces() {
        contact(11, "  ANN@Gmail.com ", null);

        assertThat(match(mentor("1", null, "ann@gmail.com", null)).links()).containsEntry("1", 11L);
    }

    @Test
    void a_mentor_is_linked_by_uga_email_among_additional_emails() {
        contacts.add(ContactIdentity.fromRaw(11, null, List.of(), List.of("old@yahoo.com", "ann@uga.edu")));

        assertThat(match(mentor("1", null, "ann@gmail.com", "ann@uga.edu")).links())
                .containsEntry("1", 11L);
    }

    @Test
    void the_external_id_links_when_no_phone_or_email_says_otherwise() {
        contacts.add(new ContactIdentity(11, "1234", Set.of("+19125550100"), Set.of()));

        MatchResult result = match(mentor("1234", "+17065550134", null, null));

        assertThat(result.links()).containsEntry("1234", 11L);
        assertThat(result.evidence().get("1234")).containsExactly(MatchEvidence.EXTERNAL_ID);
        assertThat(result.externalIdMismatches()).isEmpty();
    }

    @Test
    void phone_evidence_beats_a_contradicting_external_id_and_the_mismatch_is_reported() {
        contacts.add(new ContactIdentity(15234567, "9999", Set.of("+17065550134"), Set.of()));

        MatchResult result = match(mentor("1234", "+17065550134", null, null));

        assertThat(result.links()).containsEntry("1234", 15234567L);
        assertThat(result.externalIdMismatches())
                .containsExactly(new MatchResult.ExternalIdMismatch(15234567, "9999", "1234"));
    }

    @Test
    void a_contact_named_by_external_id_loses_to_another_matched_by_phone_and_is_reported() {
        contacts.add(new ContactIdentity(20, "1234", Set.of(), Set.of()));
        contacts.add(new ContactIdentity(10, null, Set.of("+17065550134"), Set.of()));

        MatchResult result = match(mentor("1234", "+17065550134", null, null));

        assertThat(result.links()).containsEntry("1234", 10L);
        assertThat(result.externalIdMismatches()).containsExactly(new MatchResult.ExternalIdMismatch(20, "1234", null));
        assertThat(result.severalContacts())
                .containsExactly(new MatchResult.SeveralContacts("1234", 10, List.of(10L, 20L)));
    }

    @Test
    void the_campaign_member_email_links_when_nothing_else_does() {
        contact(11, "page@icloud.com", null);

        MatchResult result =
                match(new MentorIdentity("1", "+17065550134", "a@gmail.com", null, null, "PAGE@icloud.com"));

        assertThat(result.links()).containsEntry("1", 11L);
        assertThat(result.evidence().get("1")).containsExactly(MatchEvidence.MEMBER_EMAIL);
    }

    @Test
    void several_contacts_for_one_mentor_prefer_the_one_matching_more_identifiers() {
        contact(11111, "new@example.com", "+15551234567");
        contact(22222, "old@example.com", "+15551234567");

        MatchResult result = match(mentor("1234", "+15551234567", "new@example.com", null));

        assertThat(result.links()).containsEntry("1234", 11111L);
        assertThat(result.severalContacts())
                .containsExactly(new MatchResult.SeveralContacts("1234", 11111, List.of(11111L, 22222L)));
    }

    @Test
    void several_equal_contacts_for_one_mentor_prefer_the_highest_id_and_are_reported() {
        contact(11111, null, "+15551234567");
        contact(22222, null, "+15551234567");

        MatchResult result = match(mentor("1234", "+15551234567", null, null));

        assertThat(result.links()).containsEntry("1234", 22222L);
        assertThat(result.severalContacts())
                .singleElement()
                .extracting(MatchResult.SeveralContacts::contactIds)
                .isEqualTo(List.of(11111L, 22222L));
    }

    @Test
    void siblings_sharing_a_phone_are_told_apart_by_email() {
        contact(500, "amy@gmail.com", "+15551234567");
        contact(400, "ben@gmail.com", null);

        MatchResult result = match(
                mentor("1001", "+15551234567", "amy@gmail.com", null),
                mentor("1002", "+15551234567", "ben@gmail.com", null));

        assertThat(result.links()).containsEntry("1001", 500L).containsEntry("1002", 400L);
        assertThat(result.ambiguousContacts()).isEmpty();
        assertThat(result.severalContacts()).isEmpty();
    }

    @Test
    void a_sibling_who_loses_the_shared_contact_keeps_no_link_when_it_has_no_other() {
        contact(500, "amy@gmail.com", "+15551234567");

        MatchResult result = match(
                mentor("1001", "+15551234567", "amy@gmail.com", null),
                mentor("1002", "+15551234567", "ben@gmail.com", null));

        assertThat(result.links()).containsOnlyKeys("1001");
        assertThat(result.ambiguousContacts()).isEmpty();
    }

    @Test
    void a_contact_two_mentors_claim_equally_is_linked_to_neither() {
        contact(15234567, null, "+15551234567");

        MatchResult result =
                match(mentor("1001", "+15551234567", "a@x.org", null), mentor("1002", "+15551234567", "b@x.org", null));

        assertThat(result.links()).isEmpty();
        assertThat(result.ambiguousContacts())
                .containsExactly(new MatchResult.AmbiguousContact(15234567, List.of("1001", "1002")));
    }

    @Test
    void duplicate_signups_with_the_same_email_are_ambiguous_too() {
        contact(15234567, "same@x.org", "+15551234567");

        MatchResult result = match(
                mentor("1001", "+15551234567", "same@x.org", null), mentor("1002", "+15551234567", "same@x.org", null));

        assertThat(result.links()).isEmpty();
        assertThat(result.ambiguousContacts()).hasSize(1);
    }

    @Test
    void a_mentor_without_any_match_is_simply_not_linked() {
        contact(11, "stranger@example.com", "+15559999999");

        MatchResult result = match(mentor("1", "+17065550134", "ann@gmail.com", null));

        assertThat(result.links()).isEmpty();
        assertThat(result.ambiguousContacts()).isEmpty();
        assertThat(result.severalContacts()).isEmpty();
    }

    private void contact(long id, String email, String phone) {
        contacts.add(ContactIdentity.fromRaw(
                id, null, phone == null ? List.of() : List.of(phone), email == null ? List.of() : List.of(email)));
    }

    private static MentorIdentity mentor(String mnId, String phone, String personalEmail, String ugaEmail) {
        return MentorIdentity.of(mnId, phone, personalEmail, ugaEmail);
    }

    private MatchResult match(MentorIdentity... mentors) {
        return ContactMatcher.match(List.of(mentors), contacts);
    }
}
