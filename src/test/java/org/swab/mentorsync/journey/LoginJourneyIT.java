package org.swab.mentorsync.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.swab.mentorsync.support.Chromium;
import org.swab.mentorsync.support.IntegrationTest;

/** A real admin in a real Chromium: log in (a new system opens the setup wizard), see the four pages, log out. */
@IntegrationTest
class LoginJourneyIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    static void closeChromium() {
        chromium.close();
    }

    @Test
    void admin_logs_in_sees_the_four_pages_and_logs_out() {
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.locator("input[name=username]").fill(IntegrationTest.ADMIN_USERNAME);
        page.locator("input[name=password]").fill(IntegrationTest.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/setup(\\?.*)?$"));
        assertThat(page.getByText("Step 1 of 5: API keys")).isVisible();
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Mentors")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/mentors(\\?.*)?$"));
        for (String item : List.of("Mentors", "Sync", "Communications", "Settings")) {
            assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(item))).isVisible();
        }
        assertThat(page.getByText("No mentors yet")).isVisible();

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Settings")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/settings(\\?.*)?$"));
        assertThat(page.getByText("Jotform and Givebutter are not connected yet")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.navigate("http://localhost:" + port + "/mentors");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }

    @Test
    void a_wrong_password_keeps_the_admin_on_the_login_page_with_an_error() {
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(IntegrationTest.ADMIN_USERNAME);
        page.locator("input[name=password]").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Incorrect username or password")).isVisible();
    }
}
