package dev.chanscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import dev.chanscope.support.BrowserPages;
import dev.chanscope.support.ProjectPaths;
import dev.chanscope.support.TestResources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The playground on a phone (390×844, where students follow a class) and on a projector in presenter
 * mode (1280×720): the page is never wider than the window, every control can be reached (scrolled
 * to, inside the window, not covered), the stage is drawn large enough to read or scrolls, and on the
 * projector the stage and the playback fit the window without scrolling. Saves the screenshots of both
 * under docs/screenshots/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PhonesAndProjectorsE2ETest {

    /** Below this, the stage's smallest texts (11 units) are under 7 pixels: stageRoom.ts's MIN_SCALE. */
    private static final double MIN_STAGE_SCALE = 0.6;

    /** The controls a learner uses; each one must be reachable. */
    private static final List<String> CONTROLS = List.of(
            "[data-testid=scenario-search]",
            "[data-testid=scenario]",
            "[data-testid=copy-link]",
            "[data-testid=present-toggle]",
            "[data-testid=help-button]",
            "[data-testid=params] input:not([type=range])",
            "[data-testid=params] input[type=range]",
            "[data-testid=params] select",
            "[data-testid=seed]",
            "[data-testid=shuffle]",
            "[data-testid=procs]",
            "[data-testid=run]",
            "[data-testid=prev-interesting]",
            "[data-testid=step-back]",
            "[data-testid=play]",
            "[data-testid=step-forward]",
            "[data-testid=next-interesting]",
            "[data-testid=scrub]",
            "[data-testid=speed]",
            "[data-testid=diagnostics-ahead]",
            "[data-testid=scheduler-mode]",
            "[data-testid=timeline-axis]",
            "[data-testid=narration-filter]");

    @RegisterExtension
    static final BrowserPages browser = new BrowserPages();

    @LocalServerPort
    private int port;

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneThePageFitsTheWindowTheStageComesFirstAndEveryControlCanBeReached() {
        Page page = browser.open(390, 844, true);
        Path screenshots = ProjectPaths.screenshots();
        try {
            page.navigate(base() + "/?s=worker-pool&t=60");
            BrowserPages.waitUntilDone(page);
            assertNoWiderThanTheWindow(page, 390);

            // The first screen: the picker and the buttons, then the stage and its playback.
            for (String id : List.of("scenario", "scenario-search", "copy-link", "present-toggle", "help-button")) {
                assertInside(page, id, 390, 844);
            }
            assertInside(page, "stage-wrap", 390, 844);
            assertInside(page, "play", 390, 844);
            assertThat(stageScale(page)).as("the stage's scale on a phone").isGreaterThanOrEqualTo(MIN_STAGE_SCALE);
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("phone-390x844.png")));
            BrowserPages.assertPlotLabelsFit(page);

            List<String> unreachable = (List<String>) page.evaluate(TestResources.read("e2e/reachable.js"), CONTROLS);
            assertThat(unreachable).as("controls a phone user cannot reach").isEmpty();

            // The controls work there: a step moves the playback, the help opens inside the window.
            String before = page.getByTestId("playhead-status").textContent();
            page.getByTestId("step-forward").click();
            PlaywrightAssertions.assertThat(page.getByTestId("playhead-status")).containsText("event 61 of 161");
            assertThat(before).contains("event 60 of 161");
            page.getByTestId("help-button").click();
            assertInside(page, "help", 390, 844);
            page.keyboard().press("Escape");
            PlaywrightAssertions.assertThat(page.getByTestId("help")).isHidden();

            // The Go source wraps long lines instead of running off the panel, chips beside their line.
            Map<String, Object> source = (Map<String, Object>) page.evaluate(SOURCE_CHECK);
            assertThat(((Number) source.get("overflow")).intValue())
                    .as("pixels of code beyond the source panel's width")
                    .isLessThanOrEqualTo(0);
            assertThat(((Number) source.get("wrapped")).intValue())
                    .as("source lines wrapped onto more than one row")
                    .isPositive();
            assertThat((List<String>) source.get("misplacedChips"))
                    .as("goroutine chips not beside the first part of their line")
                    .isEmpty();
            assertThat(((Number) source.get("chips")).intValue())
                    .as("goroutine chips checked")
                    .isPositive();

            // A run too large to read whole on a phone is drawn readable and scrolls in its own box.
            page.navigate(base() + "/?s=prime-sieve&t=300");
            BrowserPages.waitUntilDone(page);
            assertNoWiderThanTheWindow(page, 390);
            assertThat(page.getByTestId("stage-wrap").getAttribute("class")).contains("scrolls");
            assertThat(stageScale(page)).as("the stage's scale, scrolling").isGreaterThanOrEqualTo(MIN_STAGE_SCALE);
            assertInside(page, "stage-wrap", 390, 844);
        } catch (RuntimeException | AssertionError failure) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(screenshots.resolve("phone-failure.tmp.png"))
                    .setFullPage(true));
            throw failure;
        }
        assertThat(browser.errors()).as("errors in the browser").isEmpty();
    }

    @Test
    void onAProjectorInPresenterModeTheStageAndThePlaybackFitTheWindow() {
        Page page = browser.open(1280, 720, false);
        Path screenshots = ProjectPaths.screenshots();
        try {
            for (String link : List.of("/?s=lock-order-deadlock&t=37&present=1", "/?s=worker-pool&t=60&present=1")) {
                page.navigate(base() + link);
                BrowserPages.waitUntilDone(page);
                assertNoWiderThanTheWindow(page, 1280);
                assertThat(page.evaluate("() => window.scrollY")).isEqualTo(0);
                for (String id : List.of(
                        "stage-wrap",
                        "play",
                        "step-back",
                        "step-forward",
                        "prev-interesting",
                        "next-interesting",
                        "scrub",
                        "speed",
                        "present-toggle",
                        "copy-link",
                        "help-button")) {
                    assertInside(page, id, 1280, 720);
                }
                assertThat(page.getByTestId("present-toggle").getAttribute("aria-pressed"))
                        .isEqualTo("true");
                assertThat(stageScale(page))
                        .as("the stage's scale on a projector")
                        .isGreaterThanOrEqualTo(1.0);
            }
            // Worker pool at event 60: worker-1 computes, and the processor box says so.
            PlaywrightAssertions.assertThat(page.locator("[data-testid=processor][data-seat]:not([data-seat='0'])"))
                    .hasCount(
                            page.locator("[data-testid=goroutine].state-running, [data-testid=goroutine].state-working")
                                    .count());
            PlaywrightAssertions.assertThat(page.locator("[data-testid=processor].proc-seat"))
                    .containsText(new String[] {"P0: idle", "P1: idle", "P2: ⚙ worker-1", "P3: idle"});
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("presenter-1280x720.png")));

            // Leaving presenter mode brings back the scenario picker and the parameters.
            page.getByTestId("present-toggle").click();
            PlaywrightAssertions.assertThat(page.getByTestId("scenario")).isVisible();
            PlaywrightAssertions.assertThat(page.getByTestId("run")).isVisible();
            assertNoWiderThanTheWindow(page, 1280);
        } catch (RuntimeException | AssertionError failure) {
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("presenter-failure.tmp.png")));
            throw failure;
        }
        assertThat(browser.errors()).as("errors in the browser").isEmpty();
    }

    /**
     * The Go source panel: how far code reaches past its right edge, how many lines wrap, and every
     * chip whose middle is not beside the first line of its row (a row is one source line).
     */
    private static final String SOURCE_CHECK = """
            () => {
              const panel = document.querySelector('[data-testid=source]');
              const right = panel.getBoundingClientRect().left + panel.clientLeft + panel.clientWidth;
              let overflow = panel.scrollWidth - panel.clientWidth;
              let wrapped = 0;
              let chips = 0;
              const misplacedChips = [];
              for (const row of panel.querySelectorAll('.src-line')) {
                const code = row.querySelector('.src-text');
                const lineHeight = parseFloat(getComputedStyle(code).lineHeight);
                // Every character but spaces (a space a line wraps at hangs past the edge, unseen).
                const range = document.createRange();
                for (const text of code.childNodes) {
                  if (text.nodeType !== Node.TEXT_NODE) continue;
                  for (let i = 0; i < text.length; i++) {
                    if (/\\s/.test(text.data[i])) continue;
                    range.setStart(text, i);
                    range.setEnd(text, i + 1);
                    overflow = Math.max(overflow, range.getBoundingClientRect().right - right);
                  }
                }
                const rowBox = row.getBoundingClientRect();
                if (rowBox.height > 1.5 * lineHeight) wrapped++;
                for (const chip of row.querySelectorAll('.src-chip')) {
                  chips++;
                  const c = chip.getBoundingClientRect();
                  const middle = (c.top + c.bottom) / 2;
                  if (middle < rowBox.top || middle > rowBox.top + lineHeight)
                    misplacedChips.push(`line ${row.dataset.line}: chip ${chip.textContent} at ${middle}, row at ${rowBox.top}`);
                }
              }
              return { overflow: Math.round(overflow), wrapped, chips, misplacedChips };
            }
            """;

    private static void assertNoWiderThanTheWindow(Page page, int width) {
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("the document's width in a %d px window", width)
                .isLessThanOrEqualTo(width);
        assertThat(((Number) page.evaluate("() => document.body.scrollWidth")).intValue())
                .as("the body's width in a %d px window", width)
                .isLessThanOrEqualTo(width);
    }

    /** The element lies wholly inside the window as the page is scrolled now (at the top). */
    private static void assertInside(Page page, String testId, int width, int height) {
        BoundingBox box = page.getByTestId(testId).boundingBox();
        assertThat(box).as("%s is shown", testId).isNotNull();
        assertThat(box.x).as("%s left", testId).isGreaterThanOrEqualTo(-0.5);
        assertThat(box.y).as("%s top", testId).isGreaterThanOrEqualTo(-0.5);
        assertThat(box.x + box.width).as("%s right", testId).isLessThanOrEqualTo(width + 0.5);
        assertThat(box.y + box.height).as("%s bottom", testId).isLessThanOrEqualTo(height + 0.5);
    }

    /** CSS pixels per stage unit: how large the stage draws its picture. */
    private static double stageScale(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('[data-testid=stage]').getScreenCTM().a"))
                .doubleValue();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
