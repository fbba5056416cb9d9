package dev.chanscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.chanscope.support.Chromium;
import dev.chanscope.support.ProjectPaths;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * The playground through a real browser: the page served at {@code /} starts a run of
 * {@code unbuffered-handoff} by itself and streams it over {@code /ws/runs}; share links open paused
 * at an event; interventions re-run from the playhead; hostile links render as text. Saves the
 * screenshots README.md shows. Uses the system's Chromium (Playwright's own browser download is
 * switched off).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlaygroundPageE2ETest {

    private static final double RUN_TIMEOUT_MS = 30_000;
    private static final int VIEWPORT_WIDTH = 1280;
    private static final int VIEWPORT_HEIGHT = 800;

    private static Chromium chromium;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    private Page page;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launchIfInstalled();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openPage() {
        // Here rather than in @BeforeAll: Surefire reports a test skipped in @BeforeEach, with this
        // reason, but shows a class aborted in @BeforeAll as "0 tests run".
        Browser browser = Chromium.assumeLaunched(chromium);
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
    void pageStartsUnbufferedHandoffByItselfAndStreamsItsEventsWithoutErrors() throws IOException {
        Path screenshots = ProjectPaths.screenshots();
        try {
            page.navigate(base() + "/");
            waitUntilDone();

            assertThat(page.getByTestId("run").isVisible())
                    .as("the Run button is shown")
                    .isTrue();
            assertThat(page.getByTestId("diagnostics").count())
                    .as("a diagnostics panel exists")
                    .isEqualTo(1);
            Locator rows = page.getByTestId("event");
            rows.first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            List<String> events = rows.allTextContents();
            assertThat(events).as("raw event rows of the finished run").hasSizeGreaterThan(5);
            assertThat(events).as("raw event rows of the finished run").anyMatch(row -> row.contains("go-create"));

            int total = Integer.parseInt(textOf("status")
                    .replaceAll("^Run done: ([\\d,]+) events.*$", "$1")
                    .replace(",", ""));
            page.keyboard().press("End");
            PlaywrightAssertions.assertThat(page.getByTestId("position"))
                    .containsText("event " + (total - 1) + " of " + total);
            PlaywrightAssertions.assertThat(page.getByTestId("narration")).containsText("sender sends 0 on ch");
            assertThat(page.getByTestId("goroutine").count())
                    .as("goroutine tokens on the stage")
                    .isEqualTo(2);
            assertThat(page.getByTestId("channel").count())
                    .as("channel pipes on the stage")
                    .isEqualTo(1);

            // A moment worth showing: someone waits at the channel.
            page.keyboard().press("Home");
            for (int i = 0; i < 4; i++) {
                page.keyboard().press("Shift+ArrowRight");
            }
            PlaywrightAssertions.assertThat(page.locator("[data-testid=goroutine][data-state=blocked]"))
                    .not()
                    .hasCount(0);
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(screenshots.resolve("playground-unbuffered-handoff.png")));
        } catch (RuntimeException | AssertionError failure) {
            recordFailure(screenshots.resolve("skeleton-failure.tmp.png"), failure);
            throw failure;
        }
        assertThat(consoleErrors).as("errors in the browser console").isEmpty();
    }

    @Test
    void aLinkWithTOpensPausedAtThatEventAndShowsTheDeadlockAndItsWaitForCycle() throws IOException {
        Path screenshots = ProjectPaths.screenshots();
        try {
            page.navigate(base() + "/?v=1&s=global-deadlock&t=20");
            waitUntilDone();

            PlaywrightAssertions.assertThat(page.getByTestId("position")).containsText("event 20 of 21");
            PlaywrightAssertions.assertThat(page.getByTestId("diagnostics")).containsText("all goroutines are asleep");
            Locator main = page.locator("[data-testid=goroutine][data-state=blocked]");
            assertThat(main.count()).as("main is blocked").isEqualTo(1);
            assertThat(main.getAttribute("aria-label")).contains("receive from result");
            PlaywrightAssertions.assertThat(page.locator(".src-line.active")).containsText("sum := <-result");
            assertThat(page.locator("path.edge.cycle").count())
                    .as("no wait-for cycle: main waits on a channel nobody will send on")
                    .isZero();
            PlaywrightAssertions.assertThat(page.getByTestId("cycle")).isHidden();

            // A real wait-for cycle: each transfer holds one account's lock and waits for the other's.
            page.navigate(base() + "/?v=1&s=lock-order-deadlock&t=37");
            waitUntilDone();
            PlaywrightAssertions.assertThat(page.getByTestId("position")).containsText("event 37 of 38");
            PlaywrightAssertions.assertThat(page.getByTestId("diagnostics")).containsText("a-to-b");
            Locator cycle = page.locator("path.edge.cycle");
            assertThat(cycle.count())
                    .as("the cycle: two waits for a lock and two holds")
                    .isEqualTo(4);
            assertThat(page.locator("path.edge.held").evaluateAll("es => es.map(e => e.textContent).sort()"))
                    .isEqualTo(
                            List.of("a-to-b waits for b.mu, held by b-to-a", "b-to-a waits for a.mu, held by a-to-b"));
            PlaywrightAssertions.assertThat(page.getByTestId("cycle"))
                    .hasText(
                            "Deadlock, a cycle of waiting: a-to-b waits for b.mu, held by b-to-a, which waits for a.mu,"
                                    + " held by a-to-b.");
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("lock-order-deadlock.png")));

            page.navigate(base() + "/?v=1&s=worker-pool&t=60");
            waitUntilDone();
            PlaywrightAssertions.assertThat(page.getByTestId("position")).containsText("event 60 of");
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("worker-pool.png")));
        } catch (RuntimeException | AssertionError failure) {
            recordFailure(screenshots.resolve("deadlock-failure.tmp.png"), failure);
            throw failure;
        }
        assertThat(consoleErrors).as("errors in the browser console").isEmpty();
    }

    @Test
    void anInterventionAtThePlayheadRerunsFromThereAndLandsInTheLink() throws IOException {
        Path screenshots = ProjectPaths.screenshots();
        try {
            page.navigate(base() + "/?v=1&s=graceful-shutdown&t=60");
            waitUntilDone();
            page.getByTestId("intervention").first().click();
            page.waitForURL(url -> url.contains("i=cancel-context%3Ashutdown%4060"));
            waitUntilDone();
            page.getByTestId("narration-filter").fill("intervention");
            page.keyboard().press("Escape");
            page.getByTestId("play").focus();
            page.keyboard().press("End");
            PlaywrightAssertions.assertThat(page.getByTestId("narration"))
                    .containsText("intervention cancel-context shutdown: applied");

            // The link that now includes the intervention reopens the run at the moment after it.
            page.navigate(base() + "/?v=1&s=graceful-shutdown&i=cancel-context:shutdown@60&t=72");
            waitUntilDone();
            PlaywrightAssertions.assertThat(page.getByTestId("position")).containsText("event 72 of");
            PlaywrightAssertions.assertThat(page.getByTestId("narration")).containsText("shutdown is cancelled");
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("graceful-shutdown-sigterm.png")));
        } catch (RuntimeException | AssertionError failure) {
            recordFailure(screenshots.resolve("intervention-failure.tmp.png"), failure);
            throw failure;
        }
        assertThat(consoleErrors).as("errors in the browser console").isEmpty();
    }

    @Test
    void aHostileOrBrokenLinkOpensTheNearestValidRunAndShowsItsTextAsText() {
        try {
            page.navigate(base() + "/?s=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&seed=abc");
            waitUntilDone();
            PlaywrightAssertions.assertThat(page.getByTestId("banner"))
                    .containsText("there is no scenario \"<img src=x onerror=alert(1)>\"");
            PlaywrightAssertions.assertThat(page.getByTestId("banner")).containsText("seed must be a whole number");
            assertThat(page.locator("img").count())
                    .as("no element made from the link")
                    .isZero();
        } catch (RuntimeException | AssertionError failure) {
            recordFailure(ProjectPaths.screenshots().resolve("hostile-link-failure.tmp.png"), failure);
            throw failure;
        }
        assertThat(consoleErrors).as("errors in the browser console").isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void waitUntilDone() {
        PlaywrightAssertions.assertThat(page.getByTestId("status"))
                .hasAttribute(
                        "data-phase", "done", new LocatorAssertions.HasAttributeOptions().setTimeout(RUN_TIMEOUT_MS));
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
