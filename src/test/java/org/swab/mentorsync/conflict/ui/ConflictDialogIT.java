package org.swab.mentorsync.conflict.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.conflict.ConflictSeed;
import org.swab.mentorsync.conflict.ConflictService;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class ConflictDialogIT extends SpringBrowserlessTest {

    @Autowired
    ConflictService conflictService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    Clock clock;

    final AtomicInteger refreshes = new AtomicInteger();

    @BeforeEach
    void mentorWhosePhoneDiffersInGivebutter() {
        cleaner.clean();
        ConflictSeed.bobWithConflict(jdbc, conflictService, "Bob");
    }

    @Test
    void the_dialog_shows_ours_and_givebutter_side_by_side_with_the_owner_and_the_override_warning() {
        ConflictDialog dialog = open();

        assertThat(test(dialog.fields).size()).isEqualTo(1);
        assertThat(test(dialog.fields).getCellText(0, 0)).isEqualTo("Phone");
        assertThat(test(dialog.fields).getCellText(0, 1)).isEqualTo("Jotform");
        assertThat(test(dialog.fields).getCellText(0, 2)).isEqualTo("+17065550134");
        assertThat(test(dialog.fields).getCellText(0, 3)).isEqualTo("+17065559999");
        assertThat(dialog.contactLine.getText()).contains("15234567");
        assertThat(dialog.overrideWarning.getText()).contains("admin override");
    }

    @Test
    void keep_our_values_resolves_the_conflict_and_keeps_the_mentor() {
        ConflictDialog dialog = open();

        test(dialog.keepOurs).click();

        assertThat(jdbc.queryForMap("select resolved, resolved_by from mn_errors"))
                .containsEntry("resolved", true)
                .containsEntry("resolved_by", "admin");
        assertThat(jdbc.queryForObject("select phone from mentors", String.class))
                .isEqualTo("+17065550134");
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void accept_givebutter_values_updates_the_mentor_and_records_who_did_it() {
        ConflictDialog dialog = open();

        test(dialog.acceptGivebutter).click();

        assertThat(jdbc.queryForObject("select phone from mentors", String.class))
                .isEqualTo("+17065559999");
        assertThat(jdbc.queryForMap("select changed_by, source from mentor_field_changes"))
                .containsEntry("changed_by", "admin")
                .containsEntry("source", "conflict_review");
        assertThat(jdbc.queryForObject("select resolved from mn_errors", Boolean.class))
                .isTrue();
    }

    @Test
    void manual_review_keeps_the_conflict_open_and_flagged() {
        ConflictDialog dialog = open();

        test(dialog.manualReview).click();

        assertThat(jdbc.queryForMap("select resolved, needs_manual_review from mn_errors"))
                .containsEntry("resolved", false)
                .containsEntry("needs_manual_review", true);
        assertThat(dialog.contactLine.getText()).contains("Flagged for manual review");
    }

    @Test
    void a_uga_email_missing_from_a_contact_without_another_uga_address_shows_its_emails_and_offers_no_accept() {
        jdbc.update("update mentors set uga_email = 'bj12345@uga.edu' where mn_id = '1002'");
        jdbc.update("update raw_mn_gb_contacts set primary_phone = '+17065550134', "
                + "primary_email = 'bob.jones@gmail.com' where mn_id = '1002'");
        conflictService.reconcile("1002");

        ConflictDialog dialog = open();

        assertThat(test(dialog.fields).getCellText(0, 0)).isEqualTo("UGA email");
        assertThat(test(dialog.fields).getCellText(0, 3)).isEqualTo("bob.jones@gmail.com");
        assertThat(dialog.acceptGivebutter.isVisible()).isFalse();
        assertThat(dialog.keepOurs.isEnabled()).isTrue();
        assertThat(dialog.overrideWarning.getText()).contains("only Keep our values and Manual review");
    }

    @Test
    void the_open_conflicts_panel_lists_the_mentor_and_opens_the_dialog() {
        OpenConflictsPanel panel = new OpenConflictsPanel(conflictService, clock);
        com.vaadin.flow.component.UI.getCurrent().add(panel);

        assertThat(test(panel.conflicts).size()).isEqualTo(1);
        assertThat(test(panel.conflicts).getCellText(0, 2)).isEqualTo("Phone");
    }

    private ConflictDialog open() {
        ConflictDialog dialog = new ConflictDialog(conflictService, "1002", refreshes::incrementAndGet);
        dialog.open();
        roundTrip();
        return dialog;
    }
}
