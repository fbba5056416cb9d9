package dev.chanscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.chanscope.support.Chromium;
import dev.chanscope.support.ProjectPaths;
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
 * The page's state store as a classroom room follower uses it: the teacher's link state applied again
 * and again through {@code applyState} (reached through the {@code ?bench=1} hook). The same run only
 * moves the playhead and sends the server nothing; the same run with an intervention more resumes
 * from where they diverge; another run starts afresh. The messages the page sends on its sockets are
 * what tells these apart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageStateE2ETest {

    private static final double RUN_TIMEOUT_MS = 30_000;

    private static Chromium chromium;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    private Page page;
    private final List<String> sent = new CopyOnWriteArrayList<>();
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
        Browser browser = Chromium.assumeLaunched(chromium);
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page = context.newPage();
        page.setDefaultTimeout(RUN_TIMEOUT_MS);
        page.onWebSocket(ws -> ws.onFrameSent(frame -> {
            String text = frame.text();
            if (text != null && (text.contains("\"type\":\"start\"") || text.contains("\"type\":\"resume\""))) {
                sent.add(text);
            }
        }));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add("console.error: " + message.text());
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
    void aFollowerAppliesTheTeachersStateAgainAndAgainRestartingOnlyWhenTheRunChanges() {
        try {
            page.navigate("http://localhost:" + port + "/?v=1&s=graceful-shutdown&bench=1");
            waitUntilDone();
            assertThat(sent).as("the page's own start").hasSize(1).allMatch(m -> m.contains("\"type\":\"start\""));

            // The teacher pauses at event 40 of the same run: the follower seeks, sends nothing.
            for (int i = 0; i < 3; i++) {
                assertThat(apply("{ ...s.linkState(), t: 40 }")).isEqualTo("same-run");
            }
            PlaywrightAssertions.assertThat(page.getByTestId("position")).containsText("event 40 of");
            assertThat(sent).as("messages after applying the same run").hasSize(1);

            // The teacher sends SIGTERM at event 60 and pauses after it: the follower resumes from there.
            String withSigterm = "{ ...s.linkState(), interventions: [{ kind: 'cancel-context', target: 'shutdown',"
                    + " afterSeq: 60 }], t: 72, present: true }";
            assertThat(apply(withSigterm)).isEqualTo("new-run");
            waitUntilSent(2);
            waitUntilDone();
            assertThat(sent).as("one resume from the divergence").hasSize(2);
            assertThat(sent.get(1)).contains("\"type\":\"resume\"").contains("\"from\":61");
            PlaywrightAssertions.assertThat(page.getByTestId("position")).containsText("event 72 of");
            PlaywrightAssertions.assertThat(page.getByTestId("narration")).containsText("shutdown is cancelled");
            assertThat(page.evaluate("() => document.body.classList.contains('present')"))
                    .isEqualTo(true);
            page.waitForURL(url -> url.contains("i=cancel-context%3Ashutdown%4060") && url.contains("t=72"));
            assertThat(apply(withSigterm)).isEqualTo("same-run");
            assertThat(sent).hasSize(2);

            // Another seed is another run: it starts afresh.
            assertThat(apply("{ ...s.linkState(), seed: 7, interventions: [], t: 5 }"))
                    .isEqualTo("new-run");
            waitUntilSent(3);
            waitUntilDone();
            assertThat(sent).hasSize(3);
            assertThat(sent.get(2)).contains("\"type\":\"start\"").contains("\"seed\":7");
            PlaywrightAssertions.assertThat(page.getByTestId("position")).containsText("event 5 of");
        } catch (RuntimeException | AssertionError failure) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(ProjectPaths.screenshots().resolve("page-state-failure.tmp.png"))
                    .setFullPage(true));
            throw failure;
        }
        assertThat(consoleErrors).as("errors in the browser console").isEmpty();
    }

    /** Applies a link state built from the current one ({@code s} is the store) and answers what it did. */
    private Object apply(String state) {
        return page.evaluate("() => { const s = window.chanscopeBench.store; return s.applyState(" + state + "); }");
    }

    /**
     * Waits until the page has sent {@code n} start or resume messages: a new run's message goes out
     * after {@code applyState} returns, and until it does the status still says the previous run is done.
     */
    private void waitUntilSent(int n) {
        page.waitForCondition(() -> sent.size() >= n, new Page.WaitForConditionOptions().setTimeout(RUN_TIMEOUT_MS));
    }

    private void waitUntilDone() {
        PlaywrightAssertions.assertThat(page.getByTestId("status"))
                .hasAttribute(
                        "data-phase", "done", new LocatorAssertions.HasAttributeOptions().setTimeout(RUN_TIMEOUT_MS));
    }
}
