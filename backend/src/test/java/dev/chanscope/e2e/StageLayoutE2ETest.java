package dev.chanscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.chanscope.support.Chromium;
import dev.chanscope.support.ProjectPaths;
import dev.chanscope.support.TestResources;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The stage and the Go source stay readable for every library scenario at its default parameters:
 * each one opened in a laptop window, in presenter mode on a projector-sized window, in embed
 * mode at an iframe's size and on a phone, at its start, middle, busiest moment and end. At each of
 * these frames {@code e2e/layout-check.js} measures the rendered page and lists what is clipped, overflowing,
 * overlapping or crossed (see that file); the test fails with every defect, its scenario, mode and
 * playhead, and keeps a screenshot of the first frame that had one (git ignores *.tmp.png). It also
 * keeps every scenario's busiest moment in the laptop window under {@code target/stage-layout/},
 * to be looked at as a learner would.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StageLayoutE2ETest {

    private static final double RUN_TIMEOUT_MS = 30_000;

    private record Mode(String name, int width, int height, String query) {}

    private static final List<Mode> MODES = List.of(
            new Mode("laptop", 1400, 900, ""),
            new Mode("presenter", 1920, 1080, "&present=1"),
            new Mode("embed", 800, 500, "&embed=1"),
            new Mode("phone", 390, 844, ""));

    private static Chromium chromium;

    @LocalServerPort
    private int port;

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

    @Test
    @SuppressWarnings("unchecked")
    void everyLibraryScenarioIsLaidOutWithoutClippingOverlapsOrCrossingsInEveryMode() {
        Browser browser = Chromium.assumeLaunched(chromium);
        String check = TestResources.read("e2e/layout-check.js");
        String playheads = TestResources.read("e2e/layout-playheads.js");
        List<String> defects = new ArrayList<>();
        List<String> browserErrors = new CopyOnWriteArrayList<>();
        Path failureShot = null;
        int frames = 0;
        List<String> scenarios = List.of();
        for (Mode mode : MODES) {
            try (BrowserContext context =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(mode.width(), mode.height()))) {
                Page page = context.newPage();
                page.setDefaultTimeout(RUN_TIMEOUT_MS);
                page.onPageError(error -> browserErrors.add(mode.name() + ": uncaught " + error));
                if (scenarios.isEmpty()) {
                    page.navigate(base() + "/?bench=1");
                    scenarios = (List<String>) page.evaluate(
                            "async () => (await (await fetch('/api/scenarios')).json()).map((s) => s.id)");
                    assertThat(scenarios).as("library scenarios").hasSizeGreaterThanOrEqualTo(23);
                }
                for (String scenario : scenarios) {
                    page.navigate(base() + "/?s=" + scenario + "&bench=1" + mode.query());
                    PlaywrightAssertions.assertThat(page.getByTestId("status"))
                            .containsText(
                                    "done:", new LocatorAssertions.ContainsTextOptions().setTimeout(RUN_TIMEOUT_MS));
                    Map<String, Object> points = (Map<String, Object>) page.evaluate(playheads);
                    for (Map.Entry<String, Object> point : points.entrySet()) {
                        int position = ((Number) point.getValue()).intValue();
                        page.evaluate("(p) => window.chanscopeBench.seek(p)", position);
                        List<String> found = (List<String>) page.evaluate(check);
                        frames++;
                        for (String defect : found) {
                            defects.add(scenario + " · " + mode.name() + " · " + point.getKey() + " (t=" + position
                                    + "): " + defect);
                        }
                        if (mode == MODES.getFirst() && point.getKey().equals("busiest")) {
                            page.screenshot(new Page.ScreenshotOptions()
                                    .setPath(Paths.get("target/stage-layout", scenario + ".png")));
                        }
                        if (!found.isEmpty() && failureShot == null) {
                            failureShot = ProjectPaths.screenshots()
                                    .resolve("layout-" + scenario + "-" + mode.name() + "-failure.tmp.png");
                            page.screenshot(new Page.ScreenshotOptions().setPath(failureShot));
                        }
                    }
                }
            }
        }
        assertThat(frames).as("frames checked").isEqualTo(scenarios.size() * MODES.size() * 4);
        assertThat(defects)
                .as("layout defects in %d frames (first one kept as %s)", frames, failureShot)
                .isEmpty();
        assertThat(browserErrors).as("errors in the browser").isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
