package org.swab.mentorsync.givebutter;

import static org.assertj.core.api.Assertions.assertThat;

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
        MentorContact target = new MentorContact();

        GivebutterContactJson.copyInto(contact, target);

        assertThat(target.getExternalId()).isEqualTo("1234");
        assertThat(target.getFirstName()).isEqualTo("Elizabeth");
        assertThat(target.getPreferredFirstName()).isEqualTo("Liz");
        assertThat(target.getPrimaryEmail()).isEqualTo("liz.smith@gmail.com");
        assertThat(target.getAdditionalEmails()).containsExactly("es12345@uga.edu");
        assertThat(target.getPrimaryPhone()).isEqualTo("+17065550134");
        assertThat(target.getAdditionalPhones()).isEmpty();
        assertThat(target.getTags()).containsExactly("Mentors 2025", "Mentors 2026");
        assertThat(target.getCustomFields()).containsEntry("📆 Shift Preference", "Option 2")
                .containsEntry("🚂 Mentor Training Complete", "No");
        assertThat(target.getEngageEmailSubscribed()).isEqualTo("yes");
        assertThat(target.getEngageMailSubscribed()).isEqualTo("no");
        assertThat(target.getRaw()).containsEntry("type", "individual");
        assertThat(GivebutterContactJson.updatedAt(contact)).isEqualTo(Instant.parse("2026-10-12T08:15:44Z"));
    }
}
