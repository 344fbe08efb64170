package org.swab.mentorsync.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.mentor.MentorStatus;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class ContactImportDialogIT extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void twoStagedMentors() {
        cleaner.clean();
        jdbc.update("insert into mentors (mn_id, preferred_name, status_category) values "
                + "('1001', 'Ann', 'needs_page'), ('1002', 'Bo', 'complete')");
        jdbc.update("insert into mn_gb_import (mn_id, \"Givebutter Contact ID\", \"Contact External ID\", "
                + "\"First Name\", \"Last Name\") values ('1001', null, '1001', 'Ann', 'Lee'), "
                + "('1002', '30012345', '1002', 'Bo', 'Ray')");
    }

    @Test
    void the_mentors_page_opens_the_dialog_which_counts_the_contacts_of_the_chosen_statuses() {
        navigate("mentors", Component.class);
        new MenuBarTester<>($(MenuBar.class).single()).clickItem("Generate contact import");
        ContactImportDialog dialog = $(ContactImportDialog.class).single();

        assertThat(dialog.summary.getText())
                .isEqualTo("2 contacts in the file: 1 update an existing contact, 1 create one.");
        assertThat(dialog.csvWarning.getText()).startsWith("⚠️ No contacts CSV uploaded yet");
        test(dialog.statuses).deselectItem("Complete (1)");
        assertThat(dialog.summary.getText())
                .isEqualTo("1 contact in the file: 0 update an existing contact, 1 create one.");

        test(dialog.statuses).deselectItem("Needs page (1)");
        assertThat(dialog.download.isEnabled()).isFalse();
        assertThat(dialog.statuses.getValue())
                .doesNotContain(MentorStatus.COMPLETE)
                .isNotEqualTo(Set.of());
    }
}
