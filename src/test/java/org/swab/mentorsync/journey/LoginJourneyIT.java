package org.swab.mentorsync.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.swab.mentorsync.base.security.AppUser;
import org.swab.mentorsync.base.security.AppUserRepository;
import org.swab.mentorsync.support.Chromium;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;

/** A real admin in a real Chromium: log in (a new system opens the setup wizard), see the four pages, log out. */
@IntegrationTest
class LoginJourneyIT {

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DatabaseCleaner cleaner;

    /** A new system: no mentors, not set up (the journeys before this one leave theirs). */
    @BeforeEach
    void newSystem() {
        cleaner.clean();
    }

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
        List<String> consoleErrors = collectConsoleErrors(page);
        page.navigate("http://localhost:" + port + "/");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.locator("input[name=username]").fill(IntegrationTest.ADMIN_USERNAME);
        page.locator("input[name=password]").fill(IntegrationTest.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/setup(\\?.*)?$"));
        // the first view a JVM draws can take longer than an assertion's 5 s on a loaded machine
        page.locator("vaadin-side-nav-item").first().waitFor();
        assertThat(page.getByText("Step 1 of 6: API keys")).isVisible();
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Mentors"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/mentors(\\?.*)?$"));
        for (String item : List.of("Mentors", "Sync", "Communications", "Settings")) {
            assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(item)))
                    .isVisible();
        }
        assertThat(page.getByText("No mentors yet")).isVisible();

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Sync"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sync(\\?.*)?$"));
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Communications"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/communications(\\?.*)?$"));
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Settings"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/settings(\\?.*)?$"));
        assertThat(page.getByText("Jotform and Givebutter are not connected yet"))
                .isVisible();
        // the pages work under the Content-Security-Policy: nothing blocked, nothing thrown
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.navigate("http://localhost:" + port + "/mentors");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }

    /** Console errors and uncaught exceptions; a CSP violation is reported as one, whether Chromium logs it or not. */
    private static List<String> collectConsoleErrors(Page page) {
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => "
                + "console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI))");
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        return errors;
    }

    @Test
    void a_wrong_password_keeps_the_admin_on_the_login_page_with_an_error() {
        Page page = chromium.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(IntegrationTest.ADMIN_USERNAME);
        page.locator("input[name=password]").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Incorrect username or password")).isVisible();
    }

    @Test
    void after_ten_wrong_passwords_the_form_refuses_even_the_right_one_and_says_why() {
        String username = "journey-" + UUID.randomUUID();
        String password = "the-right-password";
        AppUser user = users.save(new AppUser(username, passwordEncoder.encode(password), Instant.now()));
        try {
            Page page = chromium.newPage();
            for (int attempt = 1; attempt <= 10; attempt++) {
                signIn(page, username, "a-wrong-guess");
                assertThat(page.getByText("Incorrect username or password")).isVisible();
            }

            signIn(page, username, password);

            assertThat(page.getByText("Too many failed sign-ins; try again in 5 minutes."))
                    .isVisible();
        } finally {
            users.delete(user);
        }
    }

    private void signIn(Page page, String username, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/login\\?error$"));
    }
}
