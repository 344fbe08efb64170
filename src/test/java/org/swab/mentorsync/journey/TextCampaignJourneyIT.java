package org.swab.mentorsync.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
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

/** An admin builds a text campaign on the Communications page in a real Chromium and downloads it twice. */
@IntegrationTest
class TextCampaignJourneyIT {

    static final Path SHOTS = Path.of("target", "journey", "campaigns");
    static final String EXPECTED = "\uFEFFName,Phone,Message\r\n"
            + "Ann Lee,+17065550101,Hi Ann! You have raised $45 of $75. 👋\r\n"
            + "Cy Poe,+17065550103,Hi Cy! You have raised $0 of $75. 👋\r\n";

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    Clock clock;

    @BeforeAll
    static void launchChromium() {
        chromium = new Chromium();
    }

    @AfterAll
    static void closeChromium() {
        chromium.close();
    }

    @BeforeEach
    void mentorsAndAFreshContactsCsv() {
        cleaner.clean();
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, last_name, status_category, phone) values
                  ('6001', 'Ann', 'Lee', 'needs_setup', '+17065550101'),
                  ('6002', 'Bo', 'Ray', 'needs_setup', null),
                  ('6003', 'Cy', 'Poe', 'needs_page', '+17065550103'),
                  ('6004', 'Di', 'Sun', 'complete', '+17065550104')
                """);
        jdbc.update("insert into mn_tasks (mn_id, amount_raised) values ('6001', 45)");
        jdbc.update(
                "insert into csv_import_log (filename, outcome, uploaded_at) values ('export.csv', 'completed', ?)",
                Timestamp.from(clock.instant().minus(Duration.ofHours(2))));
    }

    @ParameterizedTest
    @ValueSource(ints = {1440, 390})
    void an_admin_builds_a_campaign_downloads_its_file_and_downloads_it_again_from_the_history(int width)
            throws Exception {
        Path shots = Files.createDirectories(SHOTS.resolve(String.valueOf(width)));
        Page page = chromium.loggedIn(port);
        page.setViewportSize(width, 900);
        page.navigate("http://localhost:" + port + "/communications");
        assertThat(page.getByText("Last Givebutter contacts CSV: 2 hours ago")).isVisible();

        page.getByLabel("Campaign name").fill("Fall reminder");
        checkbox(page, "Needs setup (2 mentors, 1 with a phone)").check();
        checkbox(page, "Needs page (1 mentor)").check();
        assertThat(page.getByText("Total recipients: 2 mentors; 1 without a phone left out"))
                .isVisible();
        page.getByLabel("Message")
                .fill("Hi {preferred_name}! You have raised {amount_raised} of {fundraising_goal}. 👋");
        assertThat(page.locator(".campaign-preview")).hasText("Hi Ann! You have raised $45 of $75. 👋");
        assertThat(page.locator(".campaign-segments")).containsText("UCS-2 (an emoji or special character)");
        Locator download = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download SMS CSV"));
        assertThat(download).hasAttribute("href", Pattern.compile(".+"));
        noSidewaysScroll(page);
        shot(page, shots, "01-campaign-built");

        Download first = page.waitForDownload(download::click);
        byte[] file = Files.readAllBytes(first.path());
        assertThat(first.suggestedFilename()).matches("text-campaign-\\d{4}-\\d{2}-\\d{2}-fall-reminder\\.csv");
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo(EXPECTED);

        Locator again =
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download Fall reminder again"));
        assertThat(again).isVisible();
        noSidewaysScroll(page);
        shot(page, shots, "02-history");
        Download second = page.waitForDownload(again::click);
        assertThat(Files.readAllBytes(second.path())).isEqualTo(file);
        assertThat(jdbc.queryForObject("select recipient_count from text_campaigns", Integer.class))
                .isEqualTo(2);
        page.close();
    }

    private static Locator checkbox(Page page, String name) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name));
    }

    private static void noSidewaysScroll(Page page) {
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue())
                .as("sideways page scroll in px")
                .isLessThanOrEqualTo(0);
    }

    private static void shot(Page page, Path directory, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(directory.resolve(name + ".png"))
                .setFullPage(true));
    }
}
