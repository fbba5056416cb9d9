package dev.chanscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.chanscope.support.BrowserPages;
import dev.chanscope.support.ProjectPaths;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Compare mode in Chromium: a compare link opens two runs side by side on one clock, and after a seek
 * both show the same virtual time (nothing later than it shown, nothing earlier hidden, on either
 * side); "Compare with fixed" on a buggy scenario puts the fix beside the bug and the difference
 * table names the finding only the bug has; a reload restores the comparison and its playhead from
 * the address. Saves the screenshots of compare mode on a desktop and on a 1280×720 projector.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CompareModeE2ETest {

    @RegisterExtension
    static final BrowserPages browser = new BrowserPages();

    @LocalServerPort
    private int port;

    @Test
    void aCompareLinkShowsBothRunsAtTheSameVirtualTimeAfterASeek() {
        Page page = browser.open(1440, 900, false);
        page.navigate(base() + "/?s=buffered-channel&bufferSize=0&b.s=buffered-channel&b.bufferSize=10&t=0&bench=1");
        BrowserPages.waitUntilBothDone(page);
        PlaywrightAssertions.assertThat(page.getByTestId("compare-left-title")).containsText("bufferSize=0");
        PlaywrightAssertions.assertThat(page.getByTestId("compare-right-title")).containsText("bufferSize=10");

        // A click on run A's timeline at two thirds of its width: both sides move to that moment.
        var box = page.getByTestId("compare-left-timeline").boundingBox();
        page.mouse().click(box.x + box.width * 2 / 3, box.y + box.height / 2);
        Map<?, ?> where = where(page);
        long time = ((Number) where.get("time")).longValue();
        assertThat(time).as("the clock moved into the run").isPositive();
        assertSameVirtualTime(page, time);
        // Both status lines say the clock's time, as the playback row does.
        // (The clock line is redrawn in the next frame after the click: wait for the two to agree.)
        page.waitForCondition(
                () -> {
                    String clock = page.getByTestId("compare-clock")
                            .textContent()
                            .replaceAll("^virtual time (.*?) ·.*$", "$1");
                    return page.getByTestId("compare-left-status").textContent().contains("· " + clock)
                            && page.getByTestId("compare-right-status")
                                    .textContent()
                                    .contains("· " + clock);
                },
                new Page.WaitForConditionOptions().setTimeout(BrowserPages.RUN_TIMEOUT_MS));

        // The scrubber, step by step: at every step both sides show one virtual time.
        for (int step : new int[] {1, 17, 60, 121, 200}) {
            page.evaluate("k => window.chanscopeCompare.seek(k)", step);
            assertSameVirtualTime(page, ((Number) where(page).get("time")).longValue());
        }
        PlaywrightAssertions.assertThat(page.getByTestId("compare-differences")).containsText("5 of 10");
        Path shots = ProjectPaths.screenshots();
        page.evaluate("() => window.chanscopeCompare.seekTime(9000000)");
        BrowserPages.assertPlotLabelsFit(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("compare-desktop.png"))
                .setFullPage(true));
        assertThat(browser.errors()).isEmpty();
    }

    @Test
    void compareWithFixedPutsTheFixBesideTheBugAndAReloadRestoresIt() {
        Page page = browser.open(1280, 720, false);
        page.navigate(base() + "/?s=global-deadlock&present=1&bench=1");
        BrowserPages.waitUntilDone(page);
        page.getByTestId("present-toggle").click(); // the button is in the masthead; leave presenter mode to reach it
        page.getByTestId("compare-fixed").click();
        BrowserPages.waitUntilBothDone(page);
        PlaywrightAssertions.assertThat(page.getByTestId("compare-right-title")).containsText("fix=true");
        PlaywrightAssertions.assertThat(page.getByTestId("compare-left-title"))
                .not()
                .containsText("fix=");
        // The deadlock is the bug's alone.
        PlaywrightAssertions.assertThat(page.locator("[data-testid=compare-differences] tr[data-section=Findings]"))
                .containsText("found (only A)");

        page.evaluate("() => window.chanscopeCompare.seek(30)");
        page.waitForURL(url -> url.contains("b.fix=true") && url.contains("t=29"));
        assertThat(page.url()).contains("s=global-deadlock").contains("b.s=global-deadlock");

        String clock = page.getByTestId("compare-clock").textContent();
        assertThat(clock).contains("step 30 of");

        // The address is the share link (the test hook's bench=1 is not part of it): a reload is the link opened again.
        page.reload();
        BrowserPages.waitUntilBothDone(page);
        PlaywrightAssertions.assertThat(page.getByTestId("compare-scrub")).hasValue("30");
        PlaywrightAssertions.assertThat(page.getByTestId("compare-clock")).hasText(clock);
        PlaywrightAssertions.assertThat(page.getByTestId("compare-right-title")).containsText("fix=true");
        page.navigate(page.url() + "&bench=1");
        BrowserPages.waitUntilBothDone(page);
        assertSameVirtualTime(page, ((Number) where(page).get("time")).longValue());

        // Presenter mode on a 1280×720 projector: both stages and the one playback row in the window.
        // At the end: A deadlocked, B (the fix) completed.
        page.getByTestId("present-toggle").click();
        page.evaluate("() => window.chanscopeCompare.seek(window.chanscopeCompare.where().steps)");
        PlaywrightAssertions.assertThat(page.getByTestId("compare-left-status")).containsText("ended: deadlocked");
        PlaywrightAssertions.assertThat(page.getByTestId("compare-right-status"))
                .containsText("ended: completed");
        for (String id : new String[] {"compare-play", "compare-scrub", "compare-left-stage", "compare-right-stage"}) {
            var b = page.getByTestId(id).boundingBox();
            assertThat(b.y + b.height).as(id + " bottom inside the window").isLessThanOrEqualTo(720);
            assertThat(b.x + b.width).as(id + " right edge inside the window").isLessThanOrEqualTo(1280);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(ProjectPaths.screenshots().resolve("compare-presenter-1280x720.png")));

        // Leaving compare mode shows run A alone, as the page's run.
        page.getByTestId("compare-leave").click();
        BrowserPages.waitUntilDone(page);
        PlaywrightAssertions.assertThat(page.getByTestId("compare")).isHidden();
        page.waitForURL(url -> !url.contains("b.s="));
        assertThat(browser.errors()).isEmpty();
    }

    @Test
    void onAPhoneThePanesStackWithThePlaybackFirst() {
        Page page = browser.open(390, 844, true);
        page.navigate(base() + "/?s=global-deadlock&b.s=global-deadlock&b.fix=true&bench=1");
        BrowserPages.waitUntilBothDone(page);
        double width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).doubleValue();
        assertThat(width).as("nothing wider than the window").isLessThanOrEqualTo(390);
        var play = page.getByTestId("compare-play").boundingBox();
        var left = page.getByTestId("compare-left-stage").boundingBox();
        var right = page.getByTestId("compare-right-stage").boundingBox();
        assertThat(play.y).as("the playback above the stages").isLessThan(left.y);
        assertThat(right.y).as("B below A").isGreaterThan(left.y + left.height);
        assertThat(browser.errors()).isEmpty();
    }

    /** Every event shown on either side happened at or before the clock's time, every event hidden at or after it. */
    private static void assertSameVirtualTime(Page page, long time) {
        Object check = page.evaluate("""
                () => {
                  const c = window.chanscopeCompare;
                  const w = c.where();
                  const out = [];
                  for (const [name, model, n] of [['A', c.screen.left, w.left], ['B', c.screen.right, w.right]]) {
                    const e = model.events;
                    if (n > 0 && e.time(n - 1) > w.time) out.push(name + ' shows an event after the clock');
                    if (n < e.length && e.time(n) < w.time) out.push(name + ' hides an event before the clock');
                  }
                  return out.join('; ');
                }""");
        assertThat(check).as("both sides at virtual time " + time).isEqualTo("");
    }

    private static Map<?, ?> where(Page page) {
        return (Map<?, ?>) page.evaluate("() => window.chanscopeCompare.where()");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
