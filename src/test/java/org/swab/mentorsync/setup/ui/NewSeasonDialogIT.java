package org.swab.mentorsync.setup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.settings.ApiSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.ViewTest;

@ViewTest
class NewSeasonDialogIT extends SpringBrowserlessTest {

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    SyncConfigService configService;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aSeasonUnderWay() {
        cleaner.clean();
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
        jdbc.update("insert into mentors (mn_id, phone, preferred_name) values ('1001', '+17065550134', 'Ann')");
        jdbc.update("insert into mn_tasks (mn_id) values ('1001')");
        configService.markInitialized("admin");
    }

    @AfterEach
    void cleanUp() {
        cleaner.clean();
    }

    @Test
    void the_danger_zone_opens_a_dialog_that_says_what_happens_and_asks_for_the_campaign_code() {
        SettingsView view = navigate(SettingsView.class);
        assertThat(view.newSeasonHint.getText()).startsWith("When the CQVG3W season is over");

        test(view.newSeason).click();

        NewSeasonDialog dialog = $(NewSeasonDialog.class).first();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getElement().getTextRecursively())
                .contains("move to Past seasons")
                .contains("may get the same mn ids")
                .contains("full Givebutter contacts table")
                .contains("Type CQVG3W to confirm");
    }

    @Test
    void a_wrong_code_in_the_dialog_archives_nothing_and_says_so_on_the_field() {
        SettingsView view = navigate(SettingsView.class);
        test(view.newSeason).click();
        NewSeasonDialog dialog = $(NewSeasonDialog.class).first();

        test(dialog.confirmation).setValue("CQVG3");
        test(dialog.start).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.confirmation.isInvalid()).isTrue();
        assertThat(dialog.confirmation.getErrorMessage())
                .isEqualTo("That is not the campaign code (CQVG3W). Nothing was archived.");
        assertThat(jdbc.queryForObject("select count(*) from mentors", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from seasons", Long.class))
                .isZero();
        assertThat(configService.setupState().initialized()).isTrue();
    }

    @Test
    void the_typed_campaign_code_archives_the_season_and_the_wizard_starts_again() {
        SettingsView view = navigate(SettingsView.class);
        test(view.newSeason).click();
        NewSeasonDialog dialog = $(NewSeasonDialog.class).first();

        test(dialog.confirmation).setValue("CQVG3W");
        test(dialog.start).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(getCurrentView()).isInstanceOf(SetupView.class);
        assertThat(((SetupView) getCurrentView()).stepTitle.getText()).isEqualTo("Step 1 of 6: API keys");
        assertThat(jdbc.queryForObject("select count(*) from mentors", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from season_mentors", Long.class))
                .isEqualTo(1);
        assertThat(configService.recentChanges(5))
                .anySatisfy(change -> assertThat(change.newValue()).endsWith("archived, new season started"));
    }

    @Test
    void without_a_campaign_there_is_no_season_to_archive() {
        configService.startNewSeason("admin", "CQVG3W 2026");

        SettingsView view = navigate(SettingsView.class);

        assertThat(view.newSeason.isEnabled()).isFalse();
        assertThat(view.newSeasonHint.getText())
                .isEqualTo("No campaign is configured, so there is no season to archive.");
    }
}
