package org.swab.mentorsync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.givebutter.GivebutterCustomFields;

class DemoWorldTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-10-14T12:00:00Z"), ZoneOffset.UTC);
    final DemoWorld world =
            new DemoWorld(new DemoProperties(2026, 0, 500, 10_000), GivebutterCustomFields.defaults(), clock);

    @Test
    void the_same_seed_gives_the_same_season_with_the_planted_situations() {
        DemoWorld again =
                new DemoWorld(new DemoProperties(2026, 0, 500, 10_000), GivebutterCustomFields.defaults(), clock);

        assertThat(again.exportCsv()).isEqualTo(world.exportCsv());
        assertThat(world.signups()).hasSize(DemoPopulation.SIGNUPS);
        assertThat(world.setups()).hasSize(DemoPopulation.SETUPS);
        assertThat(world.members()).hasSize(DemoPopulation.MEMBERS);
        DemoPopulation.Facts facts = world.facts();
        assertThat(facts.duplicateContactMnIds()).hasSize(12);
        assertThat(facts.conflictMnIds()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(facts.archivedContacts()).isPositive();
        assertThat(facts.wrongExternalIdHolderMnId()).isNotEqualTo(facts.wrongExternalIdNamedMnId());
    }

    @Test
    void every_member_has_a_live_contact_holding_the_members_email() {
        for (DemoMember member : world.members()) {
            DemoContact contact = world.contactsForChange().get(member.contactId());
            assertThat(contact.archived()).isFalse();
            assertThat(contact.emails()).contains(member.email());
        }
    }

    @Test
    void an_import_updates_by_contact_id_creates_by_external_id_and_rejects_an_external_id_another_contact_holds() {
        DemoMember member = world.members().get(5);
        String taken = world.facts().wrongExternalIdNamedMnId();
        String csv = "\uFEFFGivebutter Contact ID,Contact External ID,First Name,Last Name,Primary Email,"
                + "Email Addresses,Tags,Email Subscription Status,📈 Fully Fundraised\r\n"
                + member.contactId() + ",7777," + member.first() + "," + member.last()
                + ",new.address@gmail.com,second@uga.edu,Mentors 2026,yes,No\r\n"
                + ",8888,Nell,Newcomer,nell@gmail.com,,Mentors 2026,yes,No\r\n"
                + ",%s,Someone,Else,someone@gmail.com,,Mentors 2026,yes,No\r\n".formatted(taken);

        ContactImportResult result = world.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.rejected())
                .containsExactly(new ContactImportResult.RejectedRow(
                        4, "A contact with External ID [" + taken + "] already exists"));
        DemoContact updated = world.contactsForChange().get(member.contactId());
        assertThat(updated.externalId).isEqualTo("7777");
        assertThat(updated.emails()).contains(member.email(), "new.address@gmail.com", "second@uga.edu");
        assertThat(updated.tags).contains("Mentors 2026");
        assertThat(updated.customFields).containsEntry("📈 Fully Fundraised", "No");
    }
}
