package org.swab.mentorsync.mentor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class ExportMentorsDialogIT extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeEach
    void aMentorNowAndOneLastSeason() {
        cleaner.clean();
        jdbc.update(
                "insert into mentors (mn_id, preferred_name, status_category) values ('5001', 'Ann', 'needs_page')");
        jdbc.update("""
                insert into seasons (label, campaign_code, archived_at, archived_by, mentors_archived, errors_closed)
                values ('CQVG3W 2025', 'CQVG3W', now(), 'admin', 1, 0)
                """);
        jdbc.update("""
                insert into season_mentors (season, archived_at, mn_id, preferred_name, status_category, dropped)
                values ('CQVG3W 2025', now(), '3001', 'Old', 'complete', false)
                """);
    }

    @Test
    void the_mentors_toolbar_exports_this_season_or_an_archived_one() throws Exception {
        navigate("mentors", Component.class);
        new MenuBarTester<>($(MenuBar.class).single()).clickItem("Export all mentors");
        ExportMentorsDialog dialog = $(ExportMentorsDialog.class).single();

        ByteArrayOutputStream now = new ByteArrayOutputStream();
        test(dialog.download).download(now);
        assertThat(new String(now.toByteArray(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFmn_id,")
                .contains("\r\n5001,Ann,");

        test(dialog.season).selectItem("CQVG3W 2025");
        ByteArrayOutputStream archived = new ByteArrayOutputStream();
        test(dialog.download).download(archived);
        assertThat(new String(archived.toByteArray(), StandardCharsets.UTF_8))
                .contains("\r\n3001,Old,")
                .doesNotContain("5001");
    }
}
