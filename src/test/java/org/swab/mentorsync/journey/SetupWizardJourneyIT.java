package org.swab.mentorsync.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
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
 * discovers the forms and the campaign (on Givebutter's second page), runs the first sync, reloads and resumes, uploads
 * a contacts export that links half the mentors, sees what was found, uploads the fresh export after the contact
 * import (coverage before → after) and finishes.
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
    @ValueSource(ints = {1440, 390})
    void a_new_admin_walks_the_whole_wizard_and_a_reload_mid_way_resumes_where_it_was(int width) {
        Page page = chromium.loggedIn(port);
        page.setViewportSize(width, 900);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/setup(\\?.*)?$"));
        assertThat(page.getByText("Step 1 of 6: API keys")).isVisible();

        page.getByLabel("Jotform API key").fill(FakeApis.JOTFORM_KEY);
        page.getByLabel("Jotform API base URL").fill(APIS.jotformBaseUrl());
        page.getByLabel("Givebutter API key").fill(FakeApis.GIVEBUTTER_KEY);
        page.getByLabel("Givebutter API base URL").fill(APIS.givebutterBaseUrl());
        button(page, "Save API settings").click();
        button(page, "Test keys").click();
        assertThat(page.getByText("The Givebutter API key works (21 campaigns)."))
                .isVisible();
        button(page, "Continue").click();

        assertThat(page.getByText("Step 2 of 6: Forms and campaign")).isVisible();
        button(page, "Discover forms and campaigns").click();
        pick(page, "Pick the signup form", "Mentor Sign Up 2026");
        pick(page, "Pick the setup form", "Givebutter Setup 2026");
        pick(page, "Pick the campaign", "SWAB 2026 Mentors (CQVG3W)");
        button(page, "Save API settings").click();
        button(page, "Continue").click();

        assertThat(page.getByText("Step 3 of 6: First sync")).isVisible();
        button(page, "Run the first sync").click();
        assertThat(page.getByText("Step 4 of 6: Givebutter contacts")).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from mentors", Long.class))
                .isEqualTo(10);

        page.reload();

        assertThat(page.getByText("Step 4 of 6: Givebutter contacts")).isVisible();
        assertThat(button(page, "Upload the Givebutter contacts CSV")).isVisible();
        assertThat(jdbc.queryForObject(
                        "select jotform_signup_form_id || '/' || jotform_setup_form_id || '/' "
                                + "|| givebutter_campaign_code from sync_config",
                        String.class))
                .isEqualTo("250685983663169/250754977634066/CQVG3W");

        button(page, "Upload the Givebutter contacts CSV").click();
        upload(page, "contacts-export.csv", 5);
        assertThat(page.getByText("Mentors matched: 5")).isVisible();
        button(page, "Close").click();

        assertThat(page.getByText("Step 5 of 6: What was found")).isVisible();
        assertThat(page.getByText("5 of 10 mentors (50.0 %) are linked to a Givebutter contact", exact(false)))
                .isVisible();
        assertThat(button(page, "Generate contact import")).isVisible();
        button(page, "Continue").click();

        assertThat(page.getByText("Step 6 of 6: Fresh contacts export")).isVisible();
        button(page, "Upload the fresh contacts export").click();
        upload(page, "fresh-export.csv", 10);
        assertThat(page.getByText("Mentors matched: 10")).isVisible();
        button(page, "Close").click();
        assertThat(page.getByText(
                        "Coverage before → after: 5 of 10 mentors (50.0 %) with a contact id → 10 of 10 mentors "
                                + "(100.0 %) with a contact id."))
                .isVisible();
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scroll")
                .isEqualTo(true);
        button(page, "Finish setup").click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/mentors(\\?.*)?$"));
        assertThat(jdbc.queryForObject("select initialized_by from sync_config", String.class))
                .isEqualTo("admin");
    }

    /** Puts a Givebutter contacts export of the first {@code linked} mentors into the open upload dialog. */
    private void upload(Page page, String filename, int linked) {
        StringBuilder csv =
                new StringBuilder("Givebutter Contact ID,First Name,Last Name,Primary Email,Primary Phone\n");
        jdbc.query(
                "select row_number() over (order by mn_id) as n, preferred_name, last_name, "
                        + "coalesce(personal_email, uga_email, '') as email, coalesce(phone, '') as phone "
                        + "from mentors order by mn_id limit ?",
                row -> {
                    csv.append(7000 + row.getInt("n"))
                            .append(',')
                            .append(row.getString("preferred_name"))
                            .append(',')
                            .append(row.getString("last_name"))
                            .append(',')
                            .append(row.getString("email"))
                            .append(',')
                            .append(row.getString("phone"))
                            .append('\n');
                },
                linked);
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(
                        new FilePayload(filename, "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Page.GetByTextOptions exact(boolean exact) {
        return new Page.GetByTextOptions().setExact(exact);
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
