package org.swab.mentorsync.communication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.mentor.ui.MentorFunnelPanel;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class CommunicationsFunnelIT extends SpringBrowserlessTest {

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void twoMentorsOneWaitingForTraining() {
        cleaner.clean();
        jdbc.update("insert into mentors (mn_id, preferred_name, status_category) values "
                + "('1001', 'Ann', 'needs_training'), ('1002', 'Bo', 'needs_setup')");
        jdbc.update("insert into mn_tasks (mn_id, setup_done, campaign_member, fundraised_done) values "
                + "('1001', true, true, true), ('1002', false, false, false)");
    }

    @Test
    void the_communications_page_shows_the_funnel_and_a_bar_opens_the_mentors_grid_filtered_by_that_status() {
        navigate(CommunicationsView.class);
        MentorFunnelPanel funnel = $(MentorFunnelPanel.class).single();

        assertThat(funnel.getElement().getTextRecursively()).contains("Fundraised (≥ goal)1 (50 %)");

        test($(NativeButton.class).from(funnel).all().get(4)).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("mentors?status=needs_training");
    }
}
