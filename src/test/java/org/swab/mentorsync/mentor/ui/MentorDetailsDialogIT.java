package org.swab.mentorsync.mentor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class MentorDetailsDialogIT extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void mentorWhoseContactWasDeletedInGivebutter() {
        cleaner.clean();
        jdbc.update("insert into mentors (mn_id, preferred_name, full_name, gb_contact_id) "
                + "values ('1004', 'Dave', 'Dave Doe', 15234567)");
        jdbc.update("insert into raw_mn_gb_contacts (mn_id, contact_id, source, sync_status) "
                + "values ('1004', 15234567, 'api_sync', 'stale')");
    }

    @Test
    void the_grid_shows_a_deleted_contact_and_the_details_explain_what_to_do() {
        MentorListView view = navigate(MentorListView.class);
        assertThat(test(view.grid).getCellComponent(0, "gb_sync").getElement().getTextRecursively())
                .isEqualTo("🗑 Deleted in Givebutter");

        MentorDetailsDialog dialog = openDetails(view);

        assertThat(dialog.contactState.getText())
                .contains("no longer exists in Givebutter")
                .contains("clear the id");
        assertThat(dialog.clearContactId.isAttached()).isTrue();
    }

    @Test
    void clearing_the_contact_id_after_confirming_unlinks_the_mentor_and_writes_the_audit_trail() {
        MentorListView view = navigate(MentorListView.class);
        MentorDetailsDialog dialog = openDetails(view);

        test(dialog.clearContactId).click();
        roundTrip();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(jdbc.queryForObject("select gb_contact_id from mentors", Long.class))
                .isNull();
        assertThat(jdbc.queryForObject("select count(*) from raw_mn_gb_contacts", Long.class))
                .isZero();
        assertThat(jdbc.queryForMap("select field, old_value, changed_by from mentor_field_changes"))
                .containsEntry("field", "gb_contact_id")
                .containsEntry("old_value", "15234567")
                .containsEntry("changed_by", "admin");
        assertThat(dialog.contactState.getText()).contains("No Givebutter contact id yet");
    }

    @Test
    void a_mentor_with_an_open_conflict_offers_the_review_from_the_details() {
        jdbc.update("update raw_mn_gb_contacts set sync_status = 'conflict', first_name = 'David'");
        jdbc.update("update mentors set first_name = 'Dave'");
        jdbc.update("""
                insert into mn_errors (mn_id, error_type, error_key, error_message, severity, raw_data)
                values ('1004', 'contact_data_conflict', '1004', 'differs', 'warning', '{"conflicts": []}')""");
        MentorListView view = navigate(MentorListView.class);

        MentorDetailsDialog dialog = openDetails(view);

        assertThat(dialog.actions.getChildren().filter(Button.class::isInstance).map(b -> ((Button) b).getText()))
                .contains("Review conflicts");
    }

    @Test
    void the_details_show_task_dates_ids_and_sources_open_errors_and_duplicate_contacts() {
        jdbc.update("update mentors set signup_submission_id = '6101', setup_submission_id = '6201', "
                + "gb_member_id = 7001, phone = '+17065550134'");
        jdbc.update("""
                insert into mn_tasks (mn_id, signup_done, signup_at, setup_done, setup_at, campaign_member,
                                      amount_raised, fundraised_done, training_done)
                values ('1004', true, '2025-09-03T12:00:00Z', true, '2025-09-05T12:00:00Z', true, 40, false, false)""");
        jdbc.update("""
                insert into mn_errors (mn_id, error_type, error_key, error_message, severity, phone, raw_data)
                values ('1004', 'duplicate_gb_contact', 'phone:+17065550134', '3 Givebutter contacts share phone',
                        'warning', '+17065550134',
                        '{"type": "phone", "identifier": "+17065550134",
                          "contact_ids": [15234567, 15234568, 15234569]}'),
                       ('1004', 'invalid_phone', '1004', 'Phone 555 is not a valid number', 'error', null, null)""");
        MentorListView view = navigate(MentorListView.class);

        MentorDetailsDialog dialog = openDetails(view);

        assertThat(dialog.taskDates.getElement().getTextRecursively())
                .contains("Signed up")
                .contains("Setup form")
                .contains("$40 · not yet");
        assertThat(dialog.sources.getElement().getTextRecursively())
                .contains("6101")
                .contains("6201")
                .contains("7001")
                .contains("15234567 (refreshed through the Givebutter API)");
        String findings = dialog.findings.getElement().getTextRecursively();
        assertThat(findings)
                .contains("Open errors and conflicts")
                .contains("Error · Invalid phone: Phone 555 is not a valid number")
                .contains("2 extra Givebutter contacts share this phone (+17065550134): 15234568, 15234569");
    }

    @Test
    void a_mentor_without_findings_says_so_under_each_heading() {
        MentorListView view = navigate(MentorListView.class);

        MentorDetailsDialog dialog = openDetails(view);

        assertThat(dialog.findings.getElement().getTextRecursively())
                .contains("No open errors or conflicts.")
                .contains("No other Givebutter contact shares this mentor's phone or email.");
    }

    private MentorDetailsDialog openDetails(MentorListView view) {
        view.openDetails("1004");
        roundTrip();
        return $(MentorDetailsDialog.class).single();
    }
}
