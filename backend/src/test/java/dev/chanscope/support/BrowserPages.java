package dev.chanscope.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Pages of the playground in the system's Chromium, for a browser test class: register it with
 * {@code @RegisterExtension static final BrowserPages browser = new BrowserPages();}. Chromium is
 * launched once for the class; each {@link #open} gives a page in a fresh context of the size asked
 * (its own storage, as another device's: a test may open several)
 * for, closed after the test, and records what the page throws or logs as an error. Without Chromium,
 * {@code open} skips the test, saying why.
 */
public final class BrowserPages implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    /** How long a run may take to stream in, and any one wait on the page. */
    public static final double RUN_TIMEOUT_MS = 30_000;

    private Chromium chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    @Override
    public void beforeAll(ExtensionContext extension) {
        chromium = Chromium.launchIfInstalled();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        errors.clear();
    }

    /** A page in a window of {@code width} × {@code height}; {@code phone} also emulates touch and a mobile viewport. */
    public Page open(int width, int height, boolean phone) {
        Browser browser = Chromium.assumeLaunched(chromium);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setIsMobile(phone)
                .setHasTouch(phone));
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(RUN_TIMEOUT_MS);
        page.onPageError(error -> errors.add("uncaught: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add("console.error: " + message.text());
            }
        });
        return page;
    }

    /** What the pages of this test threw or logged as errors. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Waits until the page's run has streamed in completely. */
    public static void waitUntilDone(Page page) {
        PlaywrightAssertions.assertThat(page.getByTestId("status"))
                .hasAttribute(
                        "data-phase", "done", new LocatorAssertions.HasAttributeOptions().setTimeout(RUN_TIMEOUT_MS));
    }

    /**
     * The playhead's position once the page has settled there: paused, and the address bar's link
     * (rewritten 200 ms after the last change) already carrying that position as {@code t}. Read right
     * after a click, the position may still be the frame before it.
     */
    public static String settledPosition(Page page) {
        PlaywrightAssertions.assertThat(page.getByTestId("play"))
                .hasAttribute(
                        "aria-label", "Play", new LocatorAssertions.HasAttributeOptions().setTimeout(RUN_TIMEOUT_MS));
        String[] shown = new String[1];
        page.waitForCondition(
                () -> {
                    shown[0] = page.getByTestId("position").textContent();
                    java.util.regex.Matcher m =
                            java.util.regex.Pattern.compile("^event (\\d+) of").matcher(shown[0]);
                    return m.find() && page.url().matches(".*[?&]t=" + m.group(1) + "(&.*)?$");
                },
                new Page.WaitForConditionOptions().setTimeout(RUN_TIMEOUT_MS));
        return shown[0];
    }

    /**
     * Waits until every plot shown has drawn its y-axis labels, none of them cut off at the plot's left
     * edge (e2e/plot-labels.js); fails naming the plots that never got there.
     */
    public static void assertPlotLabelsFit(Page page) {
        String script = TestResources.read("e2e/plot-labels.js");
        List<?>[] problems = {List.of()};
        try {
            page.waitForCondition(
                    () -> (problems[0] = (List<?>) page.evaluate(script)).isEmpty(),
                    new Page.WaitForConditionOptions().setTimeout(RUN_TIMEOUT_MS));
        } catch (TimeoutError e) {
            throw new AssertionError("plots whose y-axis labels do not fit: " + problems[0], e);
        }
    }

    /** Waits until both runs of compare mode have streamed to their ends. */
    public static void waitUntilBothDone(Page page) {
        for (String side : new String[] {"compare-left-status", "compare-right-status"}) {
            PlaywrightAssertions.assertThat(page.getByTestId(side))
                    .hasAttribute(
                            "data-phase",
                            "done",
                            new LocatorAssertions.HasAttributeOptions().setTimeout(RUN_TIMEOUT_MS));
        }
    }
}
