package org.swab.mentorsync.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.Chromium;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeDataset;

/**
 * A new admin in a real Chromium, at desktop width and at 390 px: lands in the wizard, enters and tests the keys,
 * discovers the forms and the campaign (on Givebutter's second page), runs the first sync, reloads and resumes.
 */
@IntegrationTest
class SetupWizardJourneyIT {

    static final FakeApis APIS = new FakeApis();
    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void launchChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    static void closeChromium() {
        chromium.close();
        APIS.close();
    }

    @BeforeEach
    void newSystemAndFakeVendors() {
        cleaner.clean();
        APIS.reset();
        APIS.serveUser();
        APIS.serveForms();
        APIS.serveQuestions();
        FakeDataset.generate(10, 6, 4, 5).serveOn(APIS);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void a_new_admin_walks_the_wizard_to_the_csv_step_and_a_reload_resumes_there(int width) {
        Page page = chromium.loggedIn(port);
        page.setViewportSize(width, 900);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/setup(\\?.*)?$"));
        assertThat(page.getByText("Step 1 of 5: API keys")).isVisible();

        page.getByLabel("Jotform API key").fill(FakeApis.JOTFORM_KEY);
        page.getByLabel("Jotform API base URL").fill(APIS.jotformBaseUrl());
        page.getByLabel("Givebutter API key").fill(FakeApis.GIVEBUTTER_KEY);
        page.getByLabel("Givebutter API base URL").fill(APIS.givebutterBaseUrl());
        button(page, "Save API settings").click();
        button(page, "Test keys").click();
        assertThat(page.getByText("The Givebutter API key works (21 campaigns)."))
                .isVisible();
        button(page, "Continue").click();

        assertThat(page.getByText("Step 2 of 5: Forms and campaign")).isVisible();
        button(page, "Discover forms and campaigns").click();
        pick(page, "Pick the signup form", "Mentor Sign Up 2026");
        pick(page, "Pick the setup form", "Givebutter Setup 2026");
        pick(page, "Pick the campaign", "SWAB 2026 Mentors (CQVG3W)");
        button(page, "Save API settings").click();
        button(page, "Continue").click();

        assertThat(page.getByText("Step 3 of 5: First sync")).isVisible();
        button(page, "Run the first sync").click();
        assertThat(page.getByText("Step 4 of 5: Givebutter contacts")).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from mentors", Long.class))
                .isEqualTo(10);

        page.reload();

        assertThat(page.getByText("Step 4 of 5: Givebutter contacts")).isVisible();
        assertThat(button(page, "Upload the Givebutter contacts CSV")).isVisible();
        assertThat(jdbc.queryForObject(
                        "select jotform_signup_form_id || '/' || jotform_setup_form_id || '/' "
                                + "|| givebutter_campaign_code from sync_config",
                        String.class))
                .isEqualTo("250685983663169/250754977634066/CQVG3W");
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void pick(Page page, String label, String item) {
        page.locator("vaadin-select", new Page.LocatorOptions().setHasText(label))
                .click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText(item))
                .click();
    }
}
