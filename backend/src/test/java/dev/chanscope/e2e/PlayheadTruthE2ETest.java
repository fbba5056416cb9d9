package dev.chanscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.chanscope.support.BrowserPages;
import dev.chanscope.support.TestResources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the page shows at the playhead is true at the playhead: the processors hold exactly the
 * goroutines shown running, at every event; a diagnostic appears when the playhead reaches the event
 * that reports it (or earlier, marked "ahead", when a teacher asks); the header says how far the run
 * and the playback each are, and how the program ended only at the end.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlayheadTruthE2ETest {

    @RegisterExtension
    static final BrowserPages browser = new BrowserPages();

    @LocalServerPort
    private int port;

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.open(1280, 800, false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void atEveryEventTheProcessorsHoldExactlyTheGoroutinesShownRunning() {
        // GOMAXPROCS 1 and three CPU-bound workers: work queues for the processor, and main runs
        // while a worker holds it. The default pool on four processors, and a lock-order deadlock.
        for (String link : List.of(
                "/?s=worker-pool&procs=1&seed=7&bench=1",
                "/?s=worker-pool&bench=1",
                "/?s=lock-order-deadlock&bench=1")) {
            page.navigate(base() + link);
            BrowserPages.waitUntilDone(page);
            Map<String, Object> truth =
                    (Map<String, Object>) page.evaluate(TestResources.read("e2e/processor-truth.js"));
            assertThat((List<String>) truth.get("mismatches"))
                    .as("%s: events where the stage's processors and tokens disagree", link)
                    .isEmpty();
            assertThat(((Number) truth.get("events")).intValue()).as(link).isGreaterThan(30);
            if (link.contains("procs=1")) {
                assertThat(((Number) truth.get("preempted")).intValue())
                        .as("events where main runs on the only processor, its worker preempted")
                        .isPositive();
            }
        }
        assertThat(browser.errors()).as("errors in the browser").isEmpty();
    }

    @Test
    void theLockOrderDeadlockIsToldWhenThePlayheadGetsThereOrAheadWhenATeacherAsks() {
        page.navigate(base() + "/?s=lock-order-deadlock&t=3");
        BrowserPages.waitUntilDone(page);
        PlaywrightAssertions.assertThat(page.getByTestId("status")).hasText("Run done: 38 events simulated");
        PlaywrightAssertions.assertThat(page.getByTestId("playhead-status"))
                .hasText("Playback: paused at event 3 of 38 · 0 ns");
        PlaywrightAssertions.assertThat(page.getByTestId("diagnostics-section")).isHidden();
        PlaywrightAssertions.assertThat(page.getByTestId("cycle")).isHidden();
        PlaywrightAssertions.assertThat(page.locator("[data-testid=stage] .flag"))
                .hasCount(0);
        assertThat(page.locator(".status-line").innerText()).doesNotContainIgnoringCase("deadlock");

        // A teacher lists what is ahead: each finding marked so, with the event it comes at.
        page.getByTestId("diagnostics-ahead").check();
        PlaywrightAssertions.assertThat(page.getByTestId("diagnostics-section")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("[data-testid=diagnostic]:not([data-ahead=true])"))
                .hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("[data-testid=diagnostic][data-kind=lock-order]"))
                .containsText("ahead · event");
        String lockOrderSeq =
                page.locator("[data-testid=diagnostic][data-kind=lock-order]").getAttribute("data-seq");
        page.getByTestId("diagnostics-ahead").uncheck();
        PlaywrightAssertions.assertThat(page.getByTestId("diagnostics-section")).isHidden();

        // Stepping onto the event that finds the inversion tells it, and not one event earlier.
        int seq = Integer.parseInt(lockOrderSeq);
        page.navigate(base() + "/?s=lock-order-deadlock&t=" + (seq - 1));
        BrowserPages.waitUntilDone(page);
        PlaywrightAssertions.assertThat(page.locator("[data-testid=diagnostic][data-kind=lock-order]"))
                .hasCount(0);
        page.getByTestId("step-forward").click();
        PlaywrightAssertions.assertThat(page.getByTestId("playhead-status")).containsText("event " + seq + " of 38");
        PlaywrightAssertions.assertThat(page.locator("[data-testid=diagnostic][data-kind=lock-order]"))
                .containsText("event " + seq);
        assertThat(page.locator("[data-testid=diagnostic][data-ahead=true]").count())
                .isZero();
        PlaywrightAssertions.assertThat(page.getByTestId("playhead-status"))
                .not()
                .containsText("deadlocked");

        // At the end the header says how the program ended; D lists nothing more, all is reached.
        page.keyboard().press("End");
        PlaywrightAssertions.assertThat(page.getByTestId("playhead-status"))
                .hasText("Playback: at the end, event 37 of 38 · 5 ms · the program deadlocked");
        // The wait-for cycle, and Go's "all goroutines are asleep".
        PlaywrightAssertions.assertThat(page.locator("[data-testid=diagnostic][data-kind=deadlock]"))
                .hasCount(2);
        page.keyboard().press("d");
        assertThat(page.getByTestId("diagnostics-ahead").isChecked()).isTrue();
        assertThat(page.locator("[data-testid=diagnostic][data-ahead=true]").count())
                .isZero();
        assertThat(browser.errors()).as("errors in the browser").isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
