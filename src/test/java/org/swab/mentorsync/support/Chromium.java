package org.swab.mentorsync.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;

/** Debian's Chromium driven by Playwright (never a downloaded browser), for the journey tests. */
public final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    public Chromium() {
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    public Page newPage() {
        return browser.newPage();
    }

    /** A context of its own (shared cookies for several tabs), taking downloads. */
    public BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
    }

    /** Opens the app, logs in as the test admin and waits for the app shell. */
    public Page loggedIn(int port) {
        return logIn(newPage(), port);
    }

    /** As {@link #loggedIn(int)}, in a tab of {@code context}: its other tabs are logged in too. */
    public Page loggedIn(BrowserContext context, int port) {
        return logIn(context.newPage(), port);
    }

    private static Page logIn(Page page, int port) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(IntegrationTest.ADMIN_USERNAME);
        page.locator("input[name=password]").fill(IntegrationTest.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        // the app shell is drawn only for a logged-in session
        page.locator("vaadin-side-nav-item").first().waitFor();
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
