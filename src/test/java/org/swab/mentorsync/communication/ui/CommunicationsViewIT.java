package org.swab.mentorsync.communication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.base.ui.StatCard;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class CommunicationsViewIT extends SpringBrowserlessTest {

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void cleanDatabase() {
        cleaner.clean();
    }

    @Test
    void without_mentors_or_a_csv_the_page_says_what_text_campaigns_need() {
        CommunicationsView view = navigate(CommunicationsView.class);

        assertThat(view.emptyState.isAttached()).isTrue();
        assertThat(view.csvStatus.getText()).contains("No Givebutter contacts CSV uploaded yet");
    }

    @Test
    void recipients_are_counted_by_status_from_the_database() {
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, status_category, gb_contact_id) values
                  ('1', 'A', 'needs_setup', 11), ('2', 'B', 'needs_setup', null), ('3', 'C', 'complete', 33)
                """);
        jdbc.update("insert into csv_import_log (filename, outcome, uploaded_at) "
                + "values ('export.csv', 'completed', now() - interval '3 hours')");

        CommunicationsView view = navigate(CommunicationsView.class);

        assertThat(view.recipients.isAttached()).isTrue();
        assertThat(view.recipients.getChildren().map(card -> ((StatCard) card).getValue()))
                .containsExactly("2", "0", "0", "0", "1");
        assertThat(view.csvStatus.getText())
                .contains("3 hours ago")
                .contains("export.csv")
                .contains("2/3 mentors");
    }
}
