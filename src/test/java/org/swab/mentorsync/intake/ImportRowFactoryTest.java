package org.swab.mentorsync.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swab.mentorsync.mentor.GivebutterContactField.ADDITIONAL_EMAILS;
import static org.swab.mentorsync.mentor.GivebutterContactField.ENGAGE_EMAIL_SUBSCRIBED;
import static org.swab.mentorsync.mentor.GivebutterContactField.ENGAGE_MAIL_SUBSCRIBED;
import static org.swab.mentorsync.mentor.GivebutterContactField.ENGAGE_SMS_SUBSCRIBED;
import static org.swab.mentorsync.mentor.GivebutterContactField.EXTERNAL_ID;
import static org.swab.mentorsync.mentor.GivebutterContactField.FIRST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.LAST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PREFERRED_FIRST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PREFIX;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_EMAIL;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_PHONE;
import static org.swab.mentorsync.mentor.GivebutterContactField.TAGS;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.export.ExportProperties;
import org.swab.mentorsync.export.GivebutterImportRow;
import org.swab.mentorsync.export.ImportCandidate;
import org.swab.mentorsync.export.ImportRowFactory;
import org.swab.mentorsync.export.KnownContact;
import org.swab.mentorsync.givebutter.GivebutterCustomFields;
import org.swab.mentorsync.jotform.SignupAnswers;

class ImportRowFactoryTest {

    final ImportRowFactory factory = new ImportRowFactory(
            new ExportProperties("Mentors {year}", "Mentors {year} - {status_label}", "{status_text}"),
            GivebutterCustomFields.defaults());

    ImportCandidate liz(BigDecimal raised) {
        SignupRow row = new SignupRow(
                "100",
                LocalDateTime.parse("2026-09-28T06:30"),
                "ACTIVE",
                new SignupAnswers(
                        "MN1234",
                        "Liz",
                        "Elizabeth",
                        "",
                        "Smith",
                        "",
                        "(706) 555-0134",
                        "es12345@uga.edu",
                        "Liz.Smith@gmail.com",
                        "Senior",
                        "M",
                        "Female",
                        "Option 2",
                        "3"));
        MemberRow member = new MemberRow(1, "Liz", "Smith", "liz.smith@gmail.com", null, raised, null);
        EtlInput input = new EtlInput(List.of(row), List.of(), List.of(member), Map.of(), Map.of());
        return candidate(new EtlPlanner(EtlPlannerTest.PROPERTIES, 2026, "2026-10-15")
                .plan(input)
                .mentors()
                .getFirst());
    }

    static ImportCandidate candidate(PlannedMentor mentor) {
        return mentor.importCandidate(MentorValues.of(mentor, EtlPlannerTest.PROPERTIES.fundraisingGoal(), 2026));
    }

    @Test
    void a_mentor_without_contact_gets_the_mentor_id_as_external_id() {
        GivebutterImportRow row = factory.row(liz(new BigDecimal("50")), null);

        assertThat(row.givebutterContactId()).isNull();
        assertThat(row.get(EXTERNAL_ID)).isEqualTo("1234");
    }

    @Test
    void a_mentor_with_a_known_contact_updates_it_and_gives_it_this_years_mentor_id() {
        GivebutterImportRow row = factory.row(liz(new BigDecimal("50")), KnownContact.of(30012345L));

        assertThat(row.givebutterContactId()).isEqualTo("30012345");
        assertThat(row.get(EXTERNAL_ID)).isEqualTo("1234");
    }

    @Test
    void the_contacts_own_tags_are_kept_and_ours_added_once() {
        GivebutterImportRow row = factory.row(
                liz(new BigDecimal("50")), new KnownContact(30012345L, List.of("Mentors 2025", "Volunteer"), Map.of()));

        assertThat(row.get(TAGS)).startsWith("Mentors 2025, Volunteer, ");
        assertThat(row.get(TAGS).split(", ")).doesNotHaveDuplicates();
        assertThat(row.get(PREFIX)).isEqualTo(row.get(PREFERRED_FIRST_NAME));
    }

    @Test
    void names_emails_phone_tags_and_subscriptions_follow_swab_conventions() {
        GivebutterImportRow row = factory.row(liz(new BigDecimal("50")), null);

        assertThat(row.get(FIRST_NAME)).isEqualTo("Elizabeth");
        assertThat(row.get(PREFERRED_FIRST_NAME)).isEqualTo("Liz");
        assertThat(row.get(LAST_NAME)).isEqualTo("Smith");
        assertThat(row.get(PRIMARY_EMAIL)).isEqualTo("liz.smith@gmail.com");
        assertThat(row.get(ADDITIONAL_EMAILS)).isEqualTo("es12345@uga.edu");
        assertThat(row.get(PRIMARY_PHONE)).isEqualTo("+17065550134");
        assertThat(row.get(TAGS)).isEqualTo("Mentors 2026, Mentors 2026 - Needs fundraising");
        assertThat(row.get(ENGAGE_EMAIL_SUBSCRIBED)).isEqualTo("yes");
    }

    @Test
    void custom_fields_come_from_configuration_in_order_with_the_text_message() {
        GivebutterImportRow row = factory.row(liz(new BigDecimal("80")), null);

        assertThat(row.customFields()).containsKeys("💸 Givebutter Page Setup", "📱Custom Text Message 1️⃣");
        assertThat(row.customFields().keySet()).startsWith("📝 Sign Up Complete", "💸 Givebutter Page Setup");
        assertThat(row.customFields())
                .containsEntry("💸 Givebutter Page Setup", "Yes")
                .containsEntry("🚂 Mentor Training Complete", "No")
                .containsEntry("📈 Fully Fundraised", "Yes")
                .containsEntry("🎓 UGA Class", "Senior")
                .containsEntry("📆 Shift Preference", "Option 2")
                .containsEntry("👯‍♂️ Partner Preference", "3")
                .containsEntry("💰 Amount Fundraised", "80")
                .containsEntry("✅ Mentor Training Signed Up?", "");
        assertThat(row.customFields().get("📱Custom Text Message 1️⃣"))
                .isEqualTo("Hi Liz! You reached your $75 goal. Last step: complete mentor training.");
    }

    @Test
    void subscriptions_default_to_yes_as_the_design_says() {
        SignupRow row = new SignupRow(
                "101",
                LocalDateTime.parse("2026-09-28T06:30"),
                "ACTIVE",
                new SignupAnswers("MN1", "", "A", "", "B", "", "7065550100", null, null, null, null, null, null, null));
        PlannedMentor mentor = new EtlPlanner(EtlPlannerTest.PROPERTIES, 2026, "2026-10-15")
                .plan(new EtlInput(List.of(row), List.of(), List.of(), Map.of(), Map.of()))
                .mentors()
                .getFirst();

        GivebutterImportRow imported = factory.row(candidate(mentor), null);

        assertThat(imported.get(PRIMARY_EMAIL)).isNull();
        assertThat(imported.get(ENGAGE_EMAIL_SUBSCRIBED)).isEqualTo("yes");
        assertThat(imported.get(ENGAGE_SMS_SUBSCRIBED)).isEqualTo("yes");
        assertThat(imported.get(ENGAGE_MAIL_SUBSCRIBED)).isEqualTo("yes");
    }

    @Test
    void a_contact_who_unsubscribed_in_givebutter_stays_unsubscribed() {
        GivebutterImportRow row = factory.row(
                liz(new BigDecimal("50")),
                new KnownContact(
                        30012345L, List.of(), Map.of(ENGAGE_EMAIL_SUBSCRIBED, "no", ENGAGE_SMS_SUBSCRIBED, "yes")));

        assertThat(row.get(ENGAGE_EMAIL_SUBSCRIBED)).isEqualTo("no");
        assertThat(row.get(ENGAGE_SMS_SUBSCRIBED)).isEqualTo("yes");
        assertThat(row.get(ENGAGE_MAIL_SUBSCRIBED)).isEqualTo("yes");
    }
}
