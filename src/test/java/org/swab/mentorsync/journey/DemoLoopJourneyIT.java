package org.swab.mentorsync.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.Chromium;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.DemoIntegrationTest;

/**
 * A newcomer walks the whole loop in demo mode in a real Chromium: the wizard with the demo servers, the first sync,
 * the simulator's contacts export, coverage and duplicates, a conflict reviewed and resolved, the contact import fed
 * to the simulated Givebutter, the fresh export that links nearly every mentor, training marked, the files checked.
 * A screenshot per step goes to target/journey/demo/ (with {@code -Dmentorsync.user-guide-shots=true} also to
 * docs/user-guide/); a failing step leaves the page's HTML there too.
 */
@DemoIntegrationTest
class DemoLoopJourneyIT {

    static final Path SHOTS = Path.of("target", "journey", "demo");
    static final Path GUIDE = Path.of("docs", "user-guide");
    static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(90_000);

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    Page page;
    int step;

    @BeforeAll
    static void launchChromium() throws IOException {
        chromium = new Chromium();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void closeChromium() {
        chromium.close();
    }

    @BeforeEach
    void newSystemOnTheSeededDemo() {
        cleaner.clean();
        ApiClient api = new ApiClient(port);
        api.send(api.request("/demo-api/restart")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    }

    @Test
    void a_newcomer_walks_the_loop_and_coverage_rises_to_nearly_every_mentor() throws IOException {
        BrowserContext context = chromium.newContext();
        page = chromium.loggedIn(context, port);
        page.setViewportSize(1440, 1000);
        try {
            walkTheLoop();
        } catch (RuntimeException | AssertionError e) {
            Files.writeString(SHOTS.resolve("failure.html"), page.content());
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SHOTS.resolve("failure.png"))
                    .setFullPage(true));
            throw e;
        } finally {
            context.close();
        }
    }

    private void walkTheLoop() throws IOException {
        assertThat(page).hasURL(Pattern.compile(".*/setup(\\?.*)?$"));
        assertThat(page.getByText("Step 1 of 6: API keys")).isVisible();
        button(page, "Use the demo servers").click();
        button(page, "Save API settings").click();
        button(page, "Test keys").click();
        assertThat(page.getByText("The Givebutter API key works (21 campaigns)."))
                .isVisible();
        shot("wizard-demo-servers");
        button(page, "Continue").click();

        assertThat(page.getByText("Step 2 of 6: Forms and campaign")).isVisible();
        assertThat(page.getByLabel("Campaign code")).hasValue("SWAB26");
        button(page, "Save API settings").click();
        shot("wizard-forms-and-campaign");
        button(page, "Continue").click();

        assertThat(page.getByText("Step 3 of 6: First sync")).isVisible();
        button(page, "Run the first sync").click();
        assertThat(page.getByText("Step 4 of 6: Givebutter contacts")).isVisible(SLOW);
        long mentors = count("select count(*) from mentors");
        assertThat(mentors).isBetween(540L, 560L);
        shot("first-sync-done");

        // Givebutter's side, in another tab: the demo panel on Settings plays Givebutter's website
        Page givebutter = page.context().newPage();
        givebutter.setViewportSize(1440, 1000);
        givebutter.navigate("http://localhost:" + port + "/settings");
        assertThat(givebutter.getByText("Demo mode: Givebutter")).isVisible();
        shot(givebutter, "demo-givebutter-panel");
        Path firstExport = download(givebutter, "Download the Givebutter contacts export (CSV)", "contacts-first.csv");

        page.bringToFront();
        button(page, "Upload the Givebutter contacts CSV").click();
        page.locator("vaadin-upload input[type=file]").setInputFiles(firstExport);
        assertThat(page.getByText(Pattern.compile("Mentors matched: \\d+"))).isVisible(SLOW);
        shot("contacts-upload-summary");
        closeDialog(page);
        assertThat(page.getByText("Step 5 of 6: What was found")).isVisible();
        double before = coverage();
        assertThat(before).isBetween(60.0, 95.0);
        assertThat(page.getByText(Pattern.compile("mentors \\(\\d+\\.\\d %\\) are linked to a Givebutter contact")))
                .isVisible();
        shot("coverage-and-duplicates");

        // the contact sync reads every linked contact and finds the edits made on Givebutter's side
        givebutter.navigate("http://localhost:" + port + "/sync");
        givebutter.bringToFront();
        button(givebutter, "Sync contacts now").click();
        assertThat(givebutter.getByText(Pattern.compile("Sync completed in"))).isVisible(SLOW);
        givebutter.reload();
        Locator review = givebutter
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review"))
                .first();
        assertThat(review).isVisible();
        shot(givebutter, "open-conflicts");
        long openBefore = count(
                "select count(*) from mn_errors where error_type = 'contact_data_conflict' " + "and not resolved");
        review.click();
        Locator dialog = givebutter.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Data conflicts for");
        shot(givebutter, "conflict-review");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep our values"))
                .click();
        assertThat(givebutter.getByText("Kept our values; the next Givebutter import carries them"))
                .isVisible();
        assertThat(givebutter.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(count("select count(*) from mn_errors where error_type = 'contact_data_conflict' and not resolved"))
                .isEqualTo(openBefore - 1);

        page.bringToFront();
        button(page, "Generate contact import").click();
        Locator importDialog = page.getByRole(AriaRole.DIALOG);
        assertThat(importDialog).containsText("update an existing contact");
        shot("contact-import-report");
        Path contactImport = download(page, "Download CSV", "contact-import.csv");
        closeDialog(page);

        givebutter.navigate("http://localhost:" + port + "/settings");
        givebutter.bringToFront();
        givebutter.locator(".demo-panel vaadin-upload input[type=file]").setInputFiles(contactImport);
        assertThat(givebutter.getByText(Pattern.compile(
                        "Givebutter imported the file: \\d+ contacts created, \\d+ " + "updated, 0 rejected\\.")))
                .isVisible(SLOW);
        shot(givebutter, "givebutter-import-result");
        Path freshExport = download(givebutter, "Download the Givebutter contacts export (CSV)", "contacts-fresh.csv");

        page.bringToFront();
        button(page, "Continue").click();
        assertThat(page.getByText("Step 6 of 6: Fresh contacts export")).isVisible();
        button(page, "Upload the fresh contacts export").click();
        page.locator("vaadin-upload input[type=file]").setInputFiles(freshExport);
        assertThat(page.getByText(Pattern.compile("Mentors matched: \\d+"))).isVisible(SLOW);
        closeDialog(page);
        assertThat(page.getByText(Pattern.compile("Coverage before → after: .* → .*with a contact id\\.")))
                .isVisible();
        double after = coverage();
        assertThat(after).isGreaterThanOrEqualTo(95.0).isGreaterThan(before);
        shot("coverage-after-fresh-export");
        button(page, "Finish setup").click();
        assertThat(page).hasURL(Pattern.compile(".*/mentors(\\?.*)?$"));

        String mnId = jdbc.queryForObject(
                "select m.mn_id from mentors m join mn_tasks t on t.mn_id = m.mn_id where not t.training_done "
                        + "and not m.dropped order by m.mn_id limit 1",
                String.class);
        String name = jdbc.queryForObject(
                "select coalesce(preferred_name, first_name) || ' ' || last_name from mentors where mn_id = ?",
                String.class,
                mnId);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search mentors"))
                .fill(mnId);
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(name))
                .first()
                .click();
        Locator details = page.getByRole(AriaRole.DIALOG);
        assertThat(details).containsText(mnId);
        details.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Training done"))
                .check();
        assertThat(details.getByText(Pattern.compile("Marked trained by admin")))
                .isVisible();
        shot("mark-training");
        assertThat(jdbc.queryForObject("select training_done from mn_tasks where mn_id = ?", Boolean.class, mnId))
                .isTrue();

        closeDialog(page);

        // a text campaign to the mentors still fundraising, from the contacts just uploaded
        page.navigate("http://localhost:" + port + "/communications");
        page.getByLabel("Campaign name").fill("Fundraising nudge");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Needs fundraising"))
                .check();
        page.getByLabel("Message").fill("Hi {preferred_name}! You have raised {amount_raised} so far. Thank you!");
        assertThat(page.getByText("Download SMS CSV")).isVisible();
        shot("text-campaign");
        Path sms = download(page, "Download SMS CSV", "sms-campaign.csv");
        page.setViewportSize(390, 900);
        shot("communications-on-a-phone");

        checkTheFiles(firstExport, contactImport, freshExport);
        checkTheCampaign(sms);
        if (Boolean.getBoolean("mentorsync.user-guide-shots")) {
            copyShotsToTheGuide();
        }
    }

    /** The files an admin would handle: Givebutter's exports and the app's contact import, as Givebutter takes them. */
    private void checkTheFiles(Path firstExport, Path contactImport, Path freshExport) throws IOException {
        for (Path export : List.of(firstExport, freshExport)) {
            byte[] bytes = Files.readAllBytes(export);
            assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(new String(bytes, StandardCharsets.UTF_8))
                    .contains("Givebutter Contact ID,Contact External ID,Prefix,First Name");
        }
        String freshText = Files.readString(freshExport, StandardCharsets.UTF_8);
        assertThat(freshText.length())
                .isGreaterThan(Files.readString(firstExport).length());
        String importText = Files.readString(contactImport, StandardCharsets.UTF_8);
        assertThat(importText.replace("\uFEFF", ""))
                .startsWith("Givebutter Contact ID,Contact External ID,Contact Since,Prefix,First Name,"
                        + "Preferred First Name,Middle Name,Last Name");
        long rows = importText.lines().count() - 1;
        assertThat(rows).isGreaterThan(500);
    }

    /** One row per fundraising mentor with a phone: name, E.164 phone, the message with their values filled in. */
    private void checkTheCampaign(Path sms) throws IOException {
        List<String> lines = Files.readAllLines(sms, StandardCharsets.UTF_8);
        long recipients = count("select count(*) from mentors where not dropped and status_category = "
                + "'needs_fundraising' and phone is not null");
        assertThat(lines.getFirst().replace("\uFEFF", "")).isEqualTo("Name,Phone,Message");
        assertThat(lines).hasSize((int) recipients + 1);
        assertThat(recipients).isPositive();
        assertThat(lines.get(1)).matches(".*,\\+1\\d{10},Hi .+! You have raised \\$\\d.* so far\\. Thank you!$");
    }

    private double coverage() {
        return jdbc.queryForObject(
                "select round(1000.0 * count(gb_contact_id) / count(*)) / 10 from mentors where not dropped",
                Double.class);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private Path download(Page on, String link, String name) {
        Download download = on.waitForDownload(() -> on.getByText(link).click());
        Path target = SHOTS.resolve(name);
        download.saveAs(target);
        return target;
    }

    private void shot(String name) {
        shot(page, name);
    }

    private void shot(Page on, String name) {
        step++;
        on.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(String.format("%02d-%s.png", step, name))));
    }

    private static void copyShotsToTheGuide() {
        try (var shots = Files.list(SHOTS)) {
            Files.createDirectories(GUIDE);
            for (Path shot : shots.filter(p -> p.toString().endsWith(".png")
                            && !p.getFileName().toString().startsWith("failure"))
                    .toList()) {
                Files.copy(shot, GUIDE.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the open dialog and waits until it is gone, so the next screenshot shows the page. */
    private static void closeDialog(Page page) {
        button(page, "Close").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
