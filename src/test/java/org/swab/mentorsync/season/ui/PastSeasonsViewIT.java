package org.swab.mentorsync.season.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.season.SeasonService;
import org.swab.mentorsync.season.SeasonTable;
import org.swab.mentorsync.settings.ApiSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class PastSeasonsViewIT extends SpringBrowserlessTest {

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    SyncConfigService configService;

    @Autowired
    SeasonService seasons;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startClean() {
        cleaner.clean();
    }

    @AfterEach
    void cleanUp() {
        cleaner.clean();
    }

    @Test
    void before_any_season_is_archived_the_page_says_what_will_appear_here() {
        PastSeasonsView view = navigate(PastSeasonsView.class);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.mentors.isVisible()).isFalse();
        assertThat(view.exports.isVisible()).isFalse();
    }

    @Test
    void an_archived_season_shows_its_mentors_read_only_in_a_lazy_grid_with_a_csv_per_table() {
        configService.updateApiSettings(new ApiSettings(
                "jf-secret-key-0123456789",
                "https://api.jotform.com",
                "250685983663169",
                "250754977634066",
                "gb-secret-key-9876543210",
                "https://api.givebutter.com/v1",
                "CQVG3W",
                false,
                6));
        jdbc.update("insert into mentors (mn_id, phone, preferred_name, last_name, status_text, gb_contact_id, "
                + "signup_at) values ('1001', '+17065550134', 'Ann', 'Lee', 'Needs setup', 11, '2026-02-01'), "
                + "('1002', '+17065550135', 'Bo', 'Ray', 'Needs setup', null, '2026-02-02')");
        jdbc.update("insert into mn_tasks (mn_id, amount_raised) values ('1001', 75), ('1002', 0)");
        seasons.startNewSeason("CQVG3W", "admin");

        PastSeasonsView view = navigate(PastSeasonsView.class);

        assertThat(view.empty.isVisible()).isFalse();
        assertThat(view.season.getValue().label()).isEqualTo("CQVG3W 2026");
        assertThat(view.summary.getText()).contains("by admin: 2 mentors; 0 open errors were closed");
        assertThat(view.mentors.getDataProvider().isInMemory()).isFalse();
        assertThat(test(view.mentors).size()).isEqualTo(2);
        assertThat(test(view.mentors).getCellText(0, 0)).isEqualTo("1001");
        assertThat(test(view.mentors).getCellText(0, 1)).isEqualTo("Ann Lee");
        assertThat(test(view.mentors).getCellText(0, 5)).isEqualTo("11");
        assertThat(test(view.mentors).getCellText(0, 6)).isEqualTo("75.00");
        assertThat(view.downloads).containsOnlyKeys(SeasonTable.values());
        assertThat(view.downloads.get(SeasonTable.MENTORS).getHref()).isNotBlank();
        assertThat(SeasonTable.MENTORS.filename("CQVG3W 2026")).isEqualTo("CQVG3W-2026-mentors.csv");
    }
}
