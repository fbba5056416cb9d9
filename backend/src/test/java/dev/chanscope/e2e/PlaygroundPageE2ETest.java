package dev.chanscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.chanscope.support.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole walking skeleton through a real browser: the page served at {@code /} starts a run of
 * {@code unbuffered-handoff} by itself, streams it over {@code /ws/runs} and shows its events. Uses
 * the system's Chromium (Playwright's own browser download is switched off).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlaygroundPageE2ETest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final double RUN_TIMEOUT_MS = 30_000;
    private static final int VIEWPORT_WIDTH = 1280;
    private static final int VIEWPORT_HEIGHT = 800;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    private Page page;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            return; // each test then skips, with the reason (see openPage)
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        // Here rather than in @BeforeAll: Surefire reports a test skipped in @BeforeEach, with this
        // reason, but shows a class aborted in @BeforeAll as "0 tests run".
        assumeTrue(
                browser != null,
                "No Chromium at " + CHROMIUM + ": skipping the browser test (on Debian: apt-get install chromium)");
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(VIEWPORT_WIDTH, VIEWPORT_HEIGHT));
        page = context.newPage();
        page.setDefaultTimeout(RUN_TIMEOUT_MS);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add("console.error: " + message.text() + " (at " + message.location() + ")");
            }
        });
        page.onPageError(error -> consoleErrors.add("uncaught: " + error));
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void pageStartsUnbufferedHandoffByItselfAndShowsItsEventsWithoutErrors() throws IOException {
        Path screenshots = ProjectPaths.repositoryRoot().resolve("docs/screenshots");
        Files.createDirectories(screenshots);
        try {
            page.navigate("http://localhost:" + port + "/");

            PlaywrightAssertions.assertThat(page.getByTestId("status"))
                    .containsText("done:", new LocatorAssertions.ContainsTextOptions().setTimeout(RUN_TIMEOUT_MS));
            Locator rows = page.getByTestId("event");
            rows.first().waitFor(new Locator.WaitForOptions().setTimeout(RUN_TIMEOUT_MS));

            assertThat(page.getByTestId("run").isVisible())
                    .as("the Run button is shown")
                    .isTrue();
            assertThat(page.getByTestId("diagnostics").count())
                    .as("a diagnostics panel exists")
                    .isEqualTo(1);
            List<String> events = rows.allTextContents();
            assertThat(events).as("event rows of the finished run").hasSizeGreaterThan(5);
            assertThat(events).as("event rows of the finished run").anyMatch(row -> row.contains("go-create"));

            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(screenshots.resolve("skeleton.png"))
                    .setFullPage(true));
        } catch (RuntimeException | AssertionError failure) {
            recordFailure(screenshots.resolve("skeleton-failure.tmp.png"), failure);
            throw failure;
        }
        assertThat(consoleErrors).as("errors in the browser console").isEmpty();
    }

    /**
     * Keeps what the page looked like when it went wrong (git ignores *.tmp.png) and what it said.
     */
    private void recordFailure(Path screenshot, Throwable failure) {
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
            failure.addSuppressed(new AssertionError("page state: status \""
                    + textOf("status")
                    + "\", diagnostics \""
                    + textOf("diagnostics")
                    + "\", browser errors "
                    + consoleErrors
                    + ", screenshot "
                    + screenshot));
        } catch (RuntimeException unavailable) {
            failure.addSuppressed(unavailable);
        }
    }

    private String textOf(String testId) {
        Locator element = page.getByTestId(testId);
        return element.count() == 0
                ? "(absent)"
                : element.first().textContent(new Locator.TextContentOptions().setTimeout(1_000));
    }
}
