package org.swab.mentorsync.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    private final ContactIndex contacts = new ContactIndex();

    @Test
    void contacts_sharing_a_phone_form_a_group() {
        add(11111, "+15551234567", "old@example.com");
        add(22222, "+15551234567", "new@example.com");

        assertThat(DuplicateDetector.detect(contacts))
                .containsExactly(
                        new DuplicateGroup(DuplicateGroup.Kind.PHONE, "+15551234567", List.of(11111L, 22222L)));
    }

    @Test
    void contacts_sharing_an_email_form_a_group() {
        add(22222, "+15551234567", "new@example.com");
        add(33333, "+15559999999", "new@example.com");

        assertThat(DuplicateDetector.detect(contacts))
                .containsExactly(
                        new DuplicateGroup(DuplicateGroup.Kind.EMAIL, "new@example.com", List.of(22222L, 33333L)));
    }

    @Test
    void an_email_group_already_covered_by_a_phone_group_is_not_reported_twice() {
        add(1, "+15551234567", "same@example.com");
        add(2, "+15551234567", "same@example.com");
        add(3, "+15551234567", "other@example.com");

        assertThat(DuplicateDetector.detect(contacts))
                .extracting(DuplicateGroup::kind)
                .containsExactly(DuplicateGroup.Kind.PHONE);
    }

    @Test
    void the_design_scenario_four_gives_one_phone_and_one_email_group() {
        add(11111, "+15551234567", "old@example.com");
        add(22222, "+15551234567", "new@example.com");
        add(33333, "+15559999999", "new@example.com");

        List<DuplicateGroup> groups = DuplicateDetector.detect(contacts);

        assertThat(groups).hasSize(2);
        assertThat(groups.stream().mapToInt(DuplicateGroup::excessContacts).sum())
                .isEqualTo(2);
    }

    @Test
    void unique_contacts_have_no_groups() {
        add(1, "+15551234567", "a@example.com");
        add(2, "+15551234568", "b@example.com");

        assertThat(DuplicateDetector.detect(contacts)).isEmpty();
    }

    private void add(long id, String phone, String email) {
        contacts.add(new ContactIdentity(id, null, Set.of(phone), Set.of(email)));
    }
}
