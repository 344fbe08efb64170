package org.swab.mentorsync.mentor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
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
        jdbc.update("insert into mentors (mn_id, preferred_name, full_name, dropped) values ('1003', 'Al', 'Al Gone', true)");

        MentorListView view = navigate(MentorListView.class);

        assertThat(view.emptyState.isAttached()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(0, 0)).isIn("1001", "1002");
    }

    @Test
    void the_search_box_filters_mentors_by_name() {
        jdbc.update("insert into mentors (mn_id, preferred_name, full_name) values "
                + "('1001', 'Liz', 'Elizabeth Smith'), ('1002', 'Bo', 'Bo Jones')");
        MentorListView view = navigate(MentorListView.class);

        test(view.filter).setValue("jones");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("1002");
    }
}
