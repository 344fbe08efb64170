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

    private MentorDetailsDialog openDetails(MentorListView view) {
        view.openDetails("1004");
        roundTrip();
        return $(MentorDetailsDialog.class).single();
    }
}
