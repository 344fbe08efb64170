package org.swab.mentorsync.mentor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class MentorListViewIT extends SpringBrowserlessTest {

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
    }

    @Test
    void without_mentors_the_page_says_how_mentors_arrive_instead_of_showing_an_empty_grid() {
        MentorListView view = navigate(MentorListView.class);

        assertThat(view.emptyState.isAttached()).isTrue();
        assertThat(view.grid.isAttached()).isFalse();
    }

    @Test
    void active_mentors_are_listed_and_dropped_ones_are_not() {
        jdbc.update("insert into mentors (mn_id, preferred_name, full_name, phone) values "
                + "('1001', 'Liz', 'Elizabeth Smith', '+17065550134'), ('1002', 'Bo', 'Bo Jones', '+17065550135')");
        jdbc.update("insert into mentors (mn_id, preferred_name, full_name, dropped) "
                + "values ('1003', 'Al', 'Al Gone', true)");

        MentorListView view = navigate(MentorListView.class);

        assertThat(view.emptyState.isAttached()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(0, test(view.grid).getColumnPosition("mn_id")))
                .isIn("1001", "1002");
    }

    @Test
    void the_search_box_filters_mentors_by_name() {
        jdbc.update("insert into mentors (mn_id, preferred_name, full_name) values "
                + "('1001', 'Liz', 'Elizabeth Smith'), ('1002', 'Bo', 'Bo Jones')");
        MentorListView view = navigate(MentorListView.class);

        test(view.filter).setValue("jones");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, test(view.grid).getColumnPosition("mn_id")))
                .isEqualTo("1002");
    }

    /** 1001 complete and trained, 1002 needs training and linked with a conflict, 1003 unlinked by an admin. */
    private void threeMentors() {
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, last_name, full_name, status_category, gb_contact_id)
                values ('1001', 'Liz', 'Smith', 'Elizabeth Smith', 'complete', null),
                       ('1002', 'Bo', 'Jones', 'Bo Jones', 'needs_training', 30002),
                       ('1003', 'Cy', 'Poe', 'Cy Poe', 'needs_fundraising', null)""");
        jdbc.update("""
                insert into mn_tasks (mn_id, campaign_member, amount_raised, fundraised_done, training_done)
                values ('1001', true, 80, true, true), ('1002', true, 120, true, false),
                       ('1003', true, 10, false, false)""");
        jdbc.update("insert into raw_mn_gb_contacts (mn_id, contact_id, source, sync_status) "
                + "values ('1002', 30002, 'csv_match', 'conflict')");
        jdbc.update("insert into mn_contact_unlinks (mn_id, contact_id, unlinked_at, unlinked_by) "
                + "values ('1003', 30003, now(), 'admin')");
    }

    /** The page as a bookmark with {@code query} opens it. */
    private MentorListView open(String query) {
        UI.getCurrent().navigate("mentors", QueryParameters.fromString(query));
        return $(MentorListView.class).single();
    }

    private List<String> listedIds(MentorListView view) {
        int column = test(view.grid).getColumnPosition("mn_id");
        return IntStream.range(0, test(view.grid).size())
                .mapToObj(row -> test(view.grid).getCellText(row, column))
                .toList();
    }

    @Test
    void each_filter_narrows_the_grid_and_the_filters_combine() {
        threeMentors();
        MentorListView view = navigate(MentorListView.class);
        assertThat(listedIds(view)).containsExactly("1001", "1002", "1003");

        test(view.status).selectItem("Needs training");
        assertThat(listedIds(view)).containsExactly("1002");

        view.status.clear();
        test(view.gbSync).selectItem("⛔ Unlinked by admin");
        assertThat(listedIds(view)).containsExactly("1003");

        test(view.gbSync).selectItem("⚠️ Conflicts");
        assertThat(listedIds(view)).containsExactly("1002");

        view.gbSync.clear();
        test(view.training).selectItem("Trained");
        assertThat(listedIds(view)).containsExactly("1001");

        test(view.training).selectItem("Not trained");
        test(view.filter).setValue("poe");
        assertThat(listedIds(view)).containsExactly("1003");
    }

    @Test
    void filters_and_sort_are_written_to_the_url_and_a_bookmark_restores_them() {
        threeMentors();
        MentorListView view = navigate(MentorListView.class);
        test(view.status).selectItem("Needs training");
        test(view.training).selectItem("Not trained");
        test(view.grid).sortByColumn("amount_raised", SortDirection.DESCENDING);

        String query = view.queryParameters().getQueryString();
        assertThat(query)
                .contains("status=needs_training")
                .contains("training=false")
                .contains("sort=amount_raised%2Cdesc");

        MentorListView restored = open("status=needs_fundraising&gb_sync=unlinked&q=cy&sort=amount_raised%2Cdesc");

        assertThat(restored.status.getValue()).hasToString("NEEDS_FUNDRAISING");
        assertThat(restored.gbSync.getValue()).hasToString("UNLINKED");
        assertThat(restored.training.getValue()).isNull();
        assertThat(restored.filter.getValue()).isEqualTo("cy");
        assertThat(test(restored.grid).getSortDirection("amount_raised")).isEqualTo(SortDirection.DESCENDING);
        assertThat(listedIds(restored)).containsExactly("1003");
    }

    @Test
    void a_bookmark_with_an_unknown_value_ignores_that_value_and_keeps_the_others() {
        threeMentors();

        MentorListView view = open("status=retired&training=true&sort=shoe_size");

        assertThat(view.status.getValue()).isNull();
        assertThat(view.training.getValue()).isTrue();
        assertThat(listedIds(view)).containsExactly("1001");
    }

    @Test
    void sorting_by_amount_raised_orders_the_mentors_in_the_database() {
        threeMentors();
        MentorListView view = navigate(MentorListView.class);

        test(view.grid).sortByColumn("amount_raised", SortDirection.DESCENDING);

        assertThat(listedIds(view)).containsExactly("1002", "1001", "1003");
    }

    @Test
    void badges_say_status_and_givebutter_state_in_words_and_conflicts_offer_review() {
        threeMentors();
        MentorListView view = navigate(MentorListView.class);
        test(view.status).selectItem("Needs training");

        assertThat(test(view.grid).getCellComponent(0, "status").getElement().getTextRecursively())
                .contains("Needs training");
        assertThat(test(view.grid).getCellComponent(0, "gb_sync").getElement().getTextRecursively())
                .isEqualTo("⚠️ Conflicts");
        assertThat(test(view.grid).getCellComponent(0, "actions").getElement().getTextRecursively())
                .contains("Review")
                .contains("Mark trained");
    }

    @Test
    void marking_the_selected_rows_trained_is_one_action_recorded_with_who() {
        threeMentors();
        MentorListView view = navigate(MentorListView.class);
        assertThat(view.markTrained.isEnabled()).isFalse();

        test(view.training).selectItem("Not trained");
        test(view.grid).select(0);
        test(view.grid).select(1);
        assertThat(view.markTrained.getText()).isEqualTo("Mark 2 trained");
        test(view.markTrained).click();

        assertThat(jdbc.queryForList("select mn_id from mn_tasks where training_done order by mn_id", String.class))
                .containsExactly("1001", "1002", "1003");
        assertThat(jdbc.queryForObject("select status_category from mentors where mn_id = '1002'", String.class))
                .isEqualTo("complete");
        assertThat(jdbc.queryForList(
                        "select changed_by from mentor_field_changes where field = 'training_done'", String.class))
                .containsExactly("admin", "admin");
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void the_row_action_toggles_training_of_that_mentor() {
        threeMentors();
        MentorListView view = navigate(MentorListView.class);
        test(view.status).selectItem("Needs training");

        test($(Button.class, test(view.grid).getCellComponent(0, "actions"))
                        .withText("Mark trained")
                        .single())
                .click();

        assertThat(jdbc.queryForObject("select status_category from mentors where mn_id = '1002'", String.class))
                .isEqualTo("complete");
    }

    @Test
    void the_funnel_counts_the_steps_and_a_bar_filters_the_grid_by_status() {
        threeMentors();
        MentorListView view = navigate(MentorListView.class);

        assertThat(view.funnel.bars)
                .extracting(bar -> bar.getElement().getTextRecursively())
                .containsExactly(
                        "Signed up3 (100 %)",
                        "Setup form0 (0 %)",
                        "Page created3 (100 %)",
                        "Fundraised (≥ goal)2 (67 %)",
                        "Trained1 (33 %)",
                        "Complete1 (33 %)");

        test(view.funnel.bars.get(4)).click();

        assertThat(view.status.getValue()).hasToString("NEEDS_TRAINING");
        assertThat(listedIds(view)).containsExactly("1002");
        assertThat(view.queryParameters().getQueryString()).isEqualTo("status=needs_training");
    }

    @Test
    void on_a_phone_the_grid_shows_one_card_per_mentor_instead_of_the_table() {
        threeMentors();
        MentorListView view = navigate(MentorListView.class);

        view.fitWidth(390);

        assertThat(view.grid.getColumnByKey("card").isVisible()).isTrue();
        assertThat(view.grid.getColumnByKey("amount_raised").isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("actions").isVisible()).isTrue();

        view.fitWidth(1280);

        assertThat(view.grid.getColumnByKey("card").isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("amount_raised").isVisible()).isTrue();
    }

    @Test
    void the_details_toggle_marks_training_and_says_who_did_it() {
        threeMentors();
        MentorListView view = navigate(MentorListView.class);
        view.openDetails("1002");
        roundTrip();
        MentorDetailsDialog dialog = $(MentorDetailsDialog.class).single();
        assertThat(dialog.trainingDone.getValue()).isFalse();

        test(dialog.trainingDone).click();

        assertThat(dialog.trainingDone.getValue()).isTrue();
        assertThat(dialog.trainingNote.getText()).startsWith("Marked trained by admin");
        assertThat(jdbc.queryForObject("select status_category from mentors where mn_id = '1002'", String.class))
                .isEqualTo("complete");
    }
}
