package org.swab.mentorsync.givebutter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.swab.mentorsync.mentor.GivebutterContactField.ADDITIONAL_EMAILS;
import static org.swab.mentorsync.mentor.GivebutterContactField.ADDITIONAL_PHONES;
import static org.swab.mentorsync.mentor.GivebutterContactField.ENGAGE_EMAIL_SUBSCRIBED;
import static org.swab.mentorsync.mentor.GivebutterContactField.ENGAGE_MAIL_SUBSCRIBED;
import static org.swab.mentorsync.mentor.GivebutterContactField.EXTERNAL_ID;
import static org.swab.mentorsync.mentor.GivebutterContactField.FIRST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PREFERRED_FIRST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_EMAIL;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_PHONE;
import static org.swab.mentorsync.mentor.GivebutterContactField.TAGS;

import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.mentor.MentorContact;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GivebutterContactJsonTest {

    @Test
    void the_real_contact_shape_lands_in_the_export_columns() throws Exception {
        JsonNode contact;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/givebutter-contact.json")) {
            contact = JsonMapper.builder().build().readTree(in);
        }
        MentorContact target = new MentorContact("1234", Instant.EPOCH);

        GivebutterContactJson.copyInto(contact, target);

        assertThat(target.text(EXTERNAL_ID)).isEqualTo("1234");
        assertThat(target.text(FIRST_NAME)).isEqualTo("Elizabeth");
        assertThat(target.text(PREFERRED_FIRST_NAME)).isEqualTo("Liz");
        assertThat(target.text(PRIMARY_EMAIL)).isEqualTo("liz.smith@gmail.com");
        assertThat(target.list(ADDITIONAL_EMAILS)).containsExactly("es12345@uga.edu");
        assertThat(target.text(PRIMARY_PHONE)).isEqualTo("+17065550134");
        assertThat(target.list(ADDITIONAL_PHONES)).isEmpty();
        assertThat(target.list(TAGS)).containsExactly("Mentors 2025", "Mentors 2026");
        assertThat(target.getCustomFields())
                .containsEntry("📆 Shift Preference", "Option 2")
                .containsEntry("🚂 Mentor Training Complete", "No");
        assertThat(target.text(ENGAGE_EMAIL_SUBSCRIBED)).isEqualTo("yes");
        assertThat(target.text(ENGAGE_MAIL_SUBSCRIBED)).isEqualTo("no");
        assertThat(target.getRaw()).containsEntry("type", "individual");
        assertThat(GivebutterContactJson.updatedAt(contact)).isEqualTo(Instant.parse("2026-10-12T08:15:44Z"));
    }
}
