package org.swab.mentorsync.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * An admin's day in a real Chromium, by keyboard only, at desktop width and at 390 px: the funnel's "Trained" bar
 * filters the grid to the mentors waiting for training, a mentor's details mark the training done and the mentor
 * becomes Complete at once, then the error log closes an invalid phone and a duplicate-contact group, recording who.
 * The page never scrolls sideways. Screenshots per step under {@code target/journey/daily/}.
 */
@IntegrationTest
class DailyPagesJourneyIT {

    static final Path SHOTS = Path.of("target", "journey", "daily");

    static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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

    /** Liz and Bo raised their goal and wait for training; Cy still fundraises. Bo has two logged problems. */
    @BeforeEach
    void mentorsWaitingForTrainingAndTwoLoggedProblems() {
        cleaner.clean();
        jdbc.update("""
                insert into mentors (mn_id, preferred_name, first_name, last_name, full_name, phone, status_category)
                values ('1001', 'Liz', 'Elizabeth', 'Smith', 'Elizabeth Smith', '+17065550101', 'needs_training'),
                       ('1002', 'Bo', 'Bo', 'Jones', 'Bo Jones', '+17065550102', 'needs_training'),
                       ('1003', 'Cy', 'Cy', 'Poe', 'Cy Poe', '+17065550103', 'needs_fundraising')""");
        jdbc.update("""
                insert into mn_tasks (mn_id, signup_done, setup_done, campaign_member, amount_raised,
                                      fundraised_done, training_done)
                values ('1001', true, true, true, 120, true, false), ('1002', true, true, true, 80, true, false),
                       ('1003', true, true, true, 10, false, false)""");
        jdbc.update("""
                insert into mn_errors (mn_id, error_type, error_key, error_message, severity, phone, raw_data)
                values ('1002', 'invalid_phone', '1002', 'Phone 555-01 is not a valid number', 'error', null, null),
                       ('1002', 'duplicate_gb_contact', 'phone:+17065550102', '2 Givebutter contacts share phone',
                        'warning', '+17065550102',
                        '{"type": "phone", "identifier": "+17065550102", "contact_ids": [30001, 30002]}')""");
    }

    @ParameterizedTest
    @ValueSource(ints = {1440, 390})
    void an_admin_filters_from_the_funnel_marks_training_and_closes_logged_problems_by_keyboard(int width)
            throws Exception {
        Path shots = Files.createDirectories(SHOTS.resolve(String.valueOf(width)));
        Page page = chromium.loggedIn(port);
        page.setViewportSize(width, 900);
        page.navigate("http://localhost:" + port + "/mentors");
        assertThat(button(page, "Signed up: 3 mentors. Show all mentors.")).isVisible();
        noSidewaysScroll(page);
        shot(page, shots, "01-mentors");

        pressOn(page, button(page, "Trained: 0 mentors. Show mentors at Needs training."), "Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*status=needs_training.*"));
        assertThat(page.locator("vaadin-grid").getByText("Liz Smith")).isVisible();
        assertThat(page.locator("vaadin-grid").getByText("Cy Poe")).isHidden();
        shot(page, shots, "02-waiting-for-training");

        pressOn(page, button(page, "View Liz Smith"), "Enter");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Liz (MN ID: 1001)");
        pressOn(
                page,
                dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Training done")),
                "Space");
        assertThat(dialog.getByText(
                        "Marked trained by " + IntegrationTest.ADMIN_USERNAME, new Locator.GetByTextOptions()))
                .isVisible();
        assertThat(dialog.getByText("Complete", new Locator.GetByTextOptions()).first())
                .isVisible();
        shot(page, shots, "03-trained");
        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
        assertThat(jdbc.queryForObject("select status_category from mentors where mn_id = '1001'", String.class))
                .isEqualTo("complete");
        assertThat(page.locator("vaadin-grid").getByText("Liz Smith")).isHidden();

        page.navigate("http://localhost:" + port + "/errors");
        assertThat(page.getByText("2 logged causes", exact(false))).isVisible();
        pressOn(page, button(page, "Mark resolved: Invalid phone of mentor 1002"), "Enter");
        assertThat(page.getByText("1 logged cause", exact(false))).isVisible();
        pressOn(page, button(page, "Mark resolved: Duplicate gb contact of mentor 1002"), "Enter");
        assertThat(page.getByText("Nothing logged for this filter.")).isVisible();
        shot(page, shots, "04-errors-resolved");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mn_errors where resolved and resolved_by = ?",
                        Long.class,
                        IntegrationTest.ADMIN_USERNAME))
                .isEqualTo(2);
    }

    /**
     * Moves the focus to {@code target} by keyboard, then presses {@code key}: proves the target is reachable without
     * a mouse. Tab moves between controls; inside a grid the arrow keys move between cells and Enter enters the
     * cell, as Vaadin's grid wants.
     */
    private static void pressOn(Page page, Locator target, String key) {
        Locator element = target.first();
        element.waitFor();
        StringBuilder pressed = new StringBuilder();
        for (int presses = 0; presses < 120; presses++) {
            if ((Boolean) element.evaluate(FOCUSED)) {
                page.keyboard().press(key);
                return;
            }
            Object gridKey = element.evaluate(GRID_STEP);
            String next = gridKey == null ? "Tab" : (String) gridKey;
            pressed.append(next)
                    .append(' ')
                    .append(page.evaluate("() => { let a = document.activeElement; let d = a ? a.tagName : '';"
                            + " while (a && a.shadowRoot && a.shadowRoot.activeElement) {"
                            + " a = a.shadowRoot.activeElement; d += '>' + a.tagName + (a.id ? '#' + a.id : ''); }"
                            + " return d; }"))
                    .append(", ");
            page.keyboard().press(next);
        }
        throw new AssertionError("The keyboard never reached " + target + ": " + pressed);
    }

    /** Whether the focus is on the element (or inside it, or on the control it labels). */
    private static final String FOCUSED = """
            element => {
              let active = document.activeElement;
              while (active && active.shadowRoot && active.shadowRoot.activeElement) {
                active = active.shadowRoot.activeElement;
              }
              return !!active && (element === active || element.contains(active));
            }""";

    /** While a grid holding the element has the focus on a cell: the key that moves towards the element's cell. */
    private static final String GRID_STEP = """
            element => {
              const grid = element.closest('vaadin-grid');
              if (!grid || document.activeElement !== grid) return null;
              const cell = grid.shadowRoot.activeElement;
              const row = cell && cell.closest('tr');
              // Tab moves from the header row into the body rows
              if (!row || !row.parentElement || row.parentElement.id !== 'items') return 'Tab';
              const cells = [...row.children];
              const content = c => {
                const slot = c.querySelector('slot');
                return slot ? slot.assignedElements({flatten: true})[0] : null;
              };
              const wanted = cells.findIndex(c => content(c) && content(c).contains(element));
              if (wanted < 0) return 'ArrowDown';
              const at = cells.indexOf(cell);
              return wanted > at ? 'ArrowRight' : wanted < at ? 'ArrowLeft' : 'Enter';
            }""";

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

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Page.GetByTextOptions exact(boolean exact) {
        return new Page.GetByTextOptions().setExact(exact);
    }
}
