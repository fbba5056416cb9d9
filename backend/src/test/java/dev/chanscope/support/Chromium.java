package dev.chanscope.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The system's Chromium, headless and driven by Playwright, for the browser tests (Playwright's own
 * browser download is switched off). Launch it once per class in {@code @BeforeAll}, close it in
 * {@code @AfterAll}, and call {@link #assumeLaunched} in each test, so that a machine without Chromium
 * reports the tests as skipped with the reason.
 */
public final class Chromium implements AutoCloseable {

    private static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

    /**
     * How long an assertion waits for the page to get there. Playwright's 5 s default is shorter than a
     * run plus a page update takes on a loaded two-core machine; the assertions still fail when the
     * page never gets there, only later.
     */
    static final double ASSERTION_TIMEOUT_MS = 30_000;

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** The launched browser, or {@code null} when Chromium is not installed. */
    public static Chromium launchIfInstalled() {
        if (!Files.isExecutable(EXECUTABLE)) {
            return null;
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run",
                                    "--disable-quic")));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * The browser of {@code chromium}; skips the calling test, saying why, when it is {@code null}.
     * Call it in the test or in {@code @BeforeEach}: Surefire reports a test skipped there with the
     * reason, but shows a class aborted in {@code @BeforeAll} as "0 tests run".
     */
    public static Browser assumeLaunched(Chromium chromium) {
        assumeTrue(
                chromium != null,
                "No Chromium at " + EXECUTABLE + ": skipping the browser test (on Debian: apt-get install chromium)");
        return chromium.browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
