package org.swab.mentorsync.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swab.mentorsync.mentor.GivebutterContactField.ADDITIONAL_EMAILS;
import static org.swab.mentorsync.mentor.GivebutterContactField.FIRST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.LAST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.MIDDLE_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PREFERRED_FIRST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PREFIX;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_EMAIL;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_PHONE;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.givebutter.GivebutterCustomFields;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorContact;
import org.swab.mentorsync.mentor.MentorField;

class ContactComparisonTest {

    final GivebutterCustomFields properties = GivebutterCustomFields.defaults();

    static Mentor mentor() {
        Mentor mentor = new Mentor("1234", Instant.EPOCH);
        mentor.setPhone("+17065550134");
        mentor.setFirstName("Elizabeth");
        mentor.setMiddleName(null);
        mentor.setLastName("Smith");
        mentor.setPreferredName("Liz");
        mentor.setUgaEmail("es12345@uga.edu");
        mentor.setPersonalEmail("liz.smith@gmail.com");
        mentor.setShiftPreference("Option 1");
        return mentor;
    }

    static MentorContact contactLike(Mentor mentor) {
        MentorContact contact = new MentorContact("1234", Instant.EPOCH);
        contact.setContactId(30012345L);
        contact.set(PRIMARY_PHONE, "(706) 555-0134");
        contact.set(FIRST_NAME, "ELIZABETH");
        contact.set(LAST_NAME, "Smith");
        contact.set(PRIMARY_EMAIL, "liz.smith@gmail.com");
        contact.set(ADDITIONAL_EMAILS, List.of("ES12345@uga.edu"));
        return contact;
    }

    @Test
    void the_same_data_in_another_format_is_no_conflict() {
        Mentor mentor = mentor();
        assertThat(ContactComparison.conflicts(mentor, contactLike(mentor))).isEmpty();
        assertThat(ContactComparison.syncBack(mentor, contactLike(mentor), properties))
                .isEmpty();
    }

    @Test
    void a_different_phone_is_a_conflict_with_the_givebutter_phone_normalised() {
        Mentor mentor = mentor();
        MentorContact contact = contactLike(mentor);
        contact.set(PRIMARY_PHONE, "+1 706-555-9999");

        assertThat(ContactComparison.conflicts(mentor, contact))
                .containsExactly(FieldConflict.takeable(MentorField.PHONE, "+17065550134", "+17065559999"));
    }

    @Test
    void a_uga_email_missing_from_the_contact_that_holds_another_uga_address_can_take_that_address() {
        Mentor mentor = mentor();
        MentorContact contact = contactLike(mentor);
        contact.set(ADDITIONAL_EMAILS, List.of("other@uga.edu"));

        assertThat(ContactComparison.conflicts(mentor, contact))
                .containsExactly(new FieldConflict(
                        MentorField.UGA_EMAIL,
                        "es12345@uga.edu",
                        "liz.smith@gmail.com, other@uga.edu",
                        "other@uga.edu"));
    }

    @Test
    void a_uga_email_missing_from_a_contact_without_any_uga_address_offers_nothing_to_accept() {
        Mentor mentor = mentor();
        MentorContact contact = contactLike(mentor);
        contact.set(ADDITIONAL_EMAILS, List.of("liz@work.example"));

        FieldConflict conflict = ContactComparison.conflicts(mentor, contact).getFirst();

        assertThat(conflict.field()).isEqualTo(MentorField.UGA_EMAIL);
        assertThat(conflict.givebutterValue()).isEqualTo("liz.smith@gmail.com, liz@work.example");
        assertThat(conflict.acceptable()).isFalse();
    }

    @Test
    void first_middle_and_last_names_are_compared_ignoring_case() {
        Mentor mentor = mentor();
        MentorContact contact = contactLike(mentor);
        contact.set(FIRST_NAME, "Beth");
        contact.set(MIDDLE_NAME, "Ann");
        contact.set(LAST_NAME, "Smyth");

        assertThat(ContactComparison.conflicts(mentor, contact))
                .extracting(FieldConflict::field)
                .containsExactly(MentorField.FIRST_NAME, MentorField.MIDDLE_NAME, MentorField.LAST_NAME);
    }

    @Test
    void empty_givebutter_values_are_never_a_difference() {
        Mentor mentor = mentor();
        MentorContact contact = new MentorContact("1234", Instant.EPOCH);
        contact.setContactId(1L);

        assertThat(ContactComparison.conflicts(mentor, contact)).isEmpty();
        assertThat(ContactComparison.syncBack(mentor, contact, properties)).isEmpty();
    }

    @Test
    void preferred_name_comes_from_the_contacts_preferred_name_else_its_prefix() {
        Mentor mentor = mentor();
        MentorContact contact = contactLike(mentor);
        contact.set(PREFIX, "Bobby");
        assertThat(ContactComparison.syncBack(mentor, contact, properties))
                .containsEntry(MentorField.PREFERRED_NAME, "Bobby");

        contact.set(PREFERRED_FIRST_NAME, "Beth");
        assertThat(ContactComparison.syncBack(mentor, contact, properties))
                .containsEntry(MentorField.PREFERRED_NAME, "Beth");
    }

    @Test
    void personal_email_is_taken_from_the_primary_email_unless_that_is_the_uga_address() {
        Mentor mentor = mentor();
        MentorContact contact = contactLike(mentor);
        contact.set(PRIMARY_EMAIL, "Liz.New@Example.org");
        assertThat(ContactComparison.syncBack(mentor, contact, properties))
                .containsEntry(MentorField.PERSONAL_EMAIL, "liz.new@example.org");

        contact.set(PRIMARY_EMAIL, "es12345@uga.edu");
        assertThat(ContactComparison.syncBack(mentor, contact, properties))
                .doesNotContainKey(MentorField.PERSONAL_EMAIL);
    }

    @Test
    void shift_and_partner_preferences_come_from_the_configured_custom_fields() {
        Mentor mentor = mentor();
        MentorContact contact = contactLike(mentor);
        contact.setCustomFields(
                Map.of("📆 Shift Preference", "Option 3", "👯‍♂️ Partner Preference", "2", "🎓 UGA Class", "Senior"));

        assertThat(ContactComparison.syncBack(mentor, contact, properties))
                .containsOnly(
                        Map.entry(MentorField.SHIFT_PREFERENCE, "Option 3"),
                        Map.entry(MentorField.PARTNER_PREFERENCE, "2"));
    }

    @Test
    void jotform_owned_fields_are_never_synced_back() {
        Mentor mentor = mentor();
        MentorContact contact = contactLike(mentor);
        contact.set(PRIMARY_PHONE, "+17065559999");
        contact.set(FIRST_NAME, "Beth");

        assertThat(ContactComparison.syncBack(mentor, contact, properties).keySet())
                .allMatch(field -> FieldOwner.of(field) == FieldOwner.EITHER);
    }
}
