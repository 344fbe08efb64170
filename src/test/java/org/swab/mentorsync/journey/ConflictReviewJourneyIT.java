package org.swab.mentorsync.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.conflict.ConflictSeed;
import org.swab.mentorsync.conflict.ConflictService;
import org.swab.mentorsync.support.Chromium;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

/** An admin reviews a Givebutter conflict from the Sync page in a real Chromium, once per decision. */
@IntegrationTest
class ConflictReviewJourneyIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConflictService conflictService;

    @Autowired
    DatabaseCleaner cleaner;

    @BeforeAll
    static void launchChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    static void closeChromium() {
        chromium.close();
    }

    @BeforeEach
    void mentorWhosePhoneDiffersInGivebutter() {
        cleaner.clean();
        ConflictSeed.bobWithConflict(jdbc, conflictService, "Bob");
    }

    @Test
    void keep_our_values_closes_the_conflict_and_keeps_the_signup_phone() {
        Locator dialog = openReview();

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep our values"))
                .click();

        assertThat(dialog.page().getByText("Kept our values; the next Givebutter import carries them"))
                .isVisible();
        assertThat(dialog).isHidden();
        assertThat(jdbc.queryForObject("select resolved from mn_errors", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject("select phone from mentors", String.class))
                .isEqualTo("+17065550134");
    }

    @Test
    void accept_givebutter_values_writes_the_givebutter_phone_to_the_mentor() {
        Locator dialog = openReview();

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept Givebutter values"))
                .click();

        assertThat(dialog.page().getByText("Givebutter values accepted")).isVisible();
        assertThat(dialog).isHidden();
        assertThat(jdbc.queryForObject("select phone from mentors", String.class))
                .isEqualTo("+17065559999");
        assertThat(jdbc.queryForObject("select changed_by from mentor_field_changes", String.class))
                .isEqualTo(IntegrationTest.ADMIN_USERNAME);
    }

    @Test
    void manual_review_keeps_the_conflict_open_and_says_so() {
        Locator dialog = openReview();

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Manual review"))
                .click();

        assertThat(dialog.getByText("Flagged for manual review")).isVisible();
        assertThat(jdbc.queryForObject("select needs_manual_review from mn_errors", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject("select resolved from mn_errors", Boolean.class))
                .isFalse();
    }

    private Locator openReview() {
        Page page = chromium.loggedIn(port);
        page.navigate("http://localhost:" + port + "/sync");
        try {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review"))
                    .click();
        } catch (com.microsoft.playwright.TimeoutError e) {
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "conflict-review.png")));
            throw e;
        }
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Data conflicts for Bob Jones");
        assertThat(dialog.getByText("+17065559999")).isVisible();
        assertThat(dialog.getByText("admin override")).isVisible();
        return dialog;
    }
}
