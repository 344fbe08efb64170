package org.swab.mentorsync.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.swab.mentorsync.mentor.GivebutterContactField.ADDITIONAL_EMAILS;
import static org.swab.mentorsync.mentor.GivebutterContactField.LAST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PREFERRED_FIRST_NAME;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_EMAIL;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_PHONE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.swab.mentorsync.mentor.ContactSource;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorContact;
import org.swab.mentorsync.mentor.MentorContactRepository;
import org.swab.mentorsync.mentor.MentorField;
import org.swab.mentorsync.mentor.MentorRepository;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class ConflictServiceIT {

    @Autowired
    ConflictService conflictService;

    @Autowired
    MentorRepository mentors;

    @Autowired
    MentorContactRepository contacts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void mentorWithContact() {
        cleaner.clean();
        Mentor mentor = ContactComparisonTest.mentor();
        mentors.save(mentor);
        MentorContact contact = ContactComparisonTest.contactLike(mentor);
        contact.setSource(ContactSource.API_SYNC);
        contacts.save(contact);
    }

    @Test
    void a_difference_is_logged_once_however_often_the_same_data_is_synced() {
        givebutterHas(contact -> contact.set(PRIMARY_PHONE, "+17065559999"));

        conflictService.reconcile("1234");
        conflictService.reconcile("1234");

        assertThat(conflictRows()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select resolved from mn_errors", Boolean.class))
                .isFalse();
        assertThat(syncStatus()).isEqualTo("conflict");
        assertThat(jdbc.queryForObject("select error_message from mn_errors", String.class))
                .contains("phone");
    }

    @Test
    void a_changed_difference_updates_the_same_row() {
        givebutterHas(contact -> contact.set(PRIMARY_PHONE, "+17065559999"));
        conflictService.reconcile("1234");
        givebutterHas(contact -> contact.set(LAST_NAME, "Smyth"));

        conflictService.reconcile("1234");

        assertThat(conflictRows()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select error_message from mn_errors", String.class))
                .contains("2 fields")
                .contains("last_name");
    }

    @Test
    void a_difference_that_disappears_is_resolved_by_the_sync() {
        givebutterHas(contact -> contact.set(PRIMARY_PHONE, "+17065559999"));
        conflictService.reconcile("1234");
        givebutterHas(contact -> contact.set(PRIMARY_PHONE, "706-555-0134"));

        conflictService.reconcile("1234");

        assertThat(jdbc.queryForObject("select resolved_by from mn_errors where resolved", String.class))
                .isEqualTo("sync");
        assertThat(syncStatus()).isEqualTo("synced");
    }

    @Test
    void shared_fields_are_synced_back_with_an_audit_line_and_survive_the_next_etl() {
        givebutterHas(contact -> contact.set(PREFERRED_FIRST_NAME, "Bobby"));

        ReconcileOutcome outcome = conflictService.reconcile("1234");

        assertThat(outcome.fieldsSyncedBack()).isEqualTo(1);
        assertThat(mentors.findById("1234").orElseThrow().getPreferredName()).isEqualTo("Bobby");
        assertThat(jdbc.queryForMap("select field, old_value, new_value, source from mentor_field_changes"))
                .containsEntry("field", "preferred_name")
                .containsEntry("old_value", "Liz")
                .containsEntry("new_value", "Bobby")
                .containsEntry("source", "givebutter_sync");
        assertThat(storedOverride(MentorField.PREFERRED_NAME)).isEqualTo("Bobby");
    }

    @Test
    void keep_our_values_resolves_the_conflict_and_the_same_difference_does_not_reopen_it() {
        givebutterHas(contact -> contact.set(PRIMARY_PHONE, "+17065559999"));
        conflictService.reconcile("1234");

        conflictService.resolve("1234", Map.of(MentorField.PHONE, ConflictResolution.KEEP_OURS), "admin");
        conflictService.reconcile("1234");

        assertThat(jdbc.queryForMap("select resolved, resolved_by from mn_errors"))
                .containsEntry("resolved", true)
                .containsEntry("resolved_by", "admin");
        assertThat(mentors.findById("1234").orElseThrow().getPhone()).isEqualTo("+17065550134");
        assertThat(syncStatus()).isEqualTo("synced");
    }

    @Test
    void accepting_givebutter_values_updates_the_mentor_as_an_admin_override_that_the_etl_keeps() {
        givebutterHas(contact -> contact.set(PRIMARY_PHONE, "(706) 555-9999"));
        conflictService.reconcile("1234");

        conflictService.resolve("1234", Map.of(MentorField.PHONE, ConflictResolution.ACCEPT_GB), "admin");

        assertThat(mentors.findById("1234").orElseThrow().getPhone()).isEqualTo("+17065559999");
        assertThat(jdbc.queryForMap("select source, set_by from mentor_field_overrides where field = 'phone'"))
                .containsEntry("source", "admin")
                .containsEntry("set_by", "admin");
        assertThat(storedOverride(MentorField.PHONE)).isEqualTo("+17065559999");
        assertThat(jdbc.queryForObject("select resolved from mn_errors", Boolean.class))
                .isTrue();
    }

    @Test
    void accepting_a_uga_email_conflict_takes_the_contacts_uga_address_not_its_primary_email() {
        givebutterHas(contact -> {
            contact.set(PRIMARY_EMAIL, "liz.smith@gmail.com");
            contact.set(ADDITIONAL_EMAILS, List.of("liz.new@uga.edu"));
        });
        conflictService.reconcile("1234");

        ConflictReview.Row row = conflictService.review("1234").rows().stream()
                .filter(conflict -> conflict.field() == MentorField.UGA_EMAIL)
                .findFirst()
                .orElseThrow();
        assertThat(row.givebutterValue()).isEqualTo("liz.smith@gmail.com, liz.new@uga.edu");
        assertThat(row.acceptable()).isTrue();

        conflictService.resolve("1234", Map.of(MentorField.UGA_EMAIL, ConflictResolution.ACCEPT_GB), "admin");

        assertThat(mentors.findById("1234").orElseThrow().getUgaEmail()).isEqualTo("liz.new@uga.edu");
    }

    @Test
    void a_uga_email_conflict_without_another_uga_address_cannot_be_accepted_and_changes_nothing() {
        String ugaBefore = mentors.findById("1234").orElseThrow().getUgaEmail();
        givebutterHas(contact -> {
            contact.set(PRIMARY_EMAIL, "liz.smith@gmail.com");
            contact.set(ADDITIONAL_EMAILS, List.of());
        });
        conflictService.reconcile("1234");
        assertThat(conflictService.review("1234").allAcceptable()).isFalse();

        assertThatThrownBy(() -> conflictService.resolve(
                        "1234", Map.of(MentorField.UGA_EMAIL, ConflictResolution.ACCEPT_GB), "admin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keep ours");

        assertThat(mentors.findById("1234").orElseThrow().getUgaEmail()).isEqualTo(ugaBefore);
        assertThat(jdbc.queryForObject("select resolved from mn_errors", Boolean.class))
                .isFalse();
    }

    @Test
    void manual_review_leaves_the_conflict_open_and_flagged() {
        givebutterHas(contact -> contact.set(PRIMARY_PHONE, "+17065559999"));
        conflictService.reconcile("1234");

        ConflictReview review =
                conflictService.resolve("1234", Map.of(MentorField.PHONE, ConflictResolution.MANUAL), "admin");

        assertThat(review.open()).isTrue();
        assertThat(review.needsManualReview()).isTrue();
        assertThat(conflictService.openConflicts())
                .singleElement()
                .satisfies(summary -> assertThat(summary.fields()).containsExactly("Phone"));
    }

    /** What the next ETL lays over Jotform's value (the ETL's own use of it: EtlPlannerTest). */
    private String storedOverride(MentorField field) {
        return jdbc.queryForObject(
                "select value from mentor_field_overrides where mn_id = '1234' and field = ?",
                String.class,
                field.code());
    }

    private void givebutterHas(java.util.function.Consumer<MentorContact> change) {
        transactions.executeWithoutResult(
                status -> change.accept(contacts.findById("1234").orElseThrow()));
    }

    private long conflictRows() {
        return jdbc.queryForObject(
                "select count(*) from mn_errors where error_type = 'contact_data_conflict'", Long.class);
    }

    private String syncStatus() {
        return jdbc.queryForObject("select sync_status from raw_mn_gb_contacts where mn_id = '1234'", String.class);
    }
}
