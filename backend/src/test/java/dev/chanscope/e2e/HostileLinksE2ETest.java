package dev.chanscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.chanscope.support.Chromium;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No user-controlled text is ever inserted as HTML: links whose scenario id, parameter names and
 * values, seed, interventions and playhead are hostile strings open in headless Chromium, and then no
 * script ran (no dialog, no {@code window.__pwned}), no element was made from the link (no {@code img},
 * no foreign {@code script}, no {@code on…} attribute anywhere), nothing was refused by the CSP (so no
 * injection even reached the DOM), and the page says in words what was wrong with the link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileLinksE2ETest {

    private static final String IMG = "<img src=x onerror=window.__pwned=1>";
    private static final String SCRIPT = "\"><script>window.__pwned=1</script>";
    private static final String SVG = "<svg/onload=window.__pwned=1>";
    private static final String JS_URL = "javascript:window.__pwned=1//";

    private static Chromium chromium;

    @LocalServerPort
    int port;

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

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The link's query, and a piece of text the page must show about it. */
    static Stream<Arguments> hostileLinks() {
        return Stream.of(
                Arguments.of("s=" + q(IMG), "there is no scenario \"" + IMG + "\""),
                Arguments.of("s=" + q(JS_URL), "there is no scenario \"" + JS_URL + "\""),
                Arguments.of("s=worker-pool&" + q(SCRIPT) + "=1", "has no parameter \"" + SCRIPT + "\""),
                Arguments.of("s=worker-pool&workers=" + q(SVG), SVG),
                Arguments.of("s=worker-pool&work=" + q(IMG), IMG),
                Arguments.of("s=unbuffered-handoff&seed=" + q(SCRIPT), "seed must be a whole number"),
                Arguments.of("s=unbuffered-handoff&procs=" + q(IMG) + "&t=" + q(SVG), "procs must be a whole number"),
                Arguments.of("v=" + q(IMG) + "&s=pipeline", "link version " + IMG),
                Arguments.of("s=graceful-shutdown&i=" + q(JS_URL + "@5"), "is not an intervention"),
                Arguments.of("s=graceful-shutdown&i=" + q("cancel-context:" + IMG + "@5") + "&t=12", IMG));
    }

    @ParameterizedTest(name = "[{index}] /?{0}")
    @MethodSource("hostileLinks")
    void aHostileLinkRendersOnlyAsText(String query, String shown) {
        Browser browser = Chromium.assumeLaunched(chromium);
        List<String> incidents = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.onDialog(d -> {
                incidents.add("dialog: " + d.message());
                d.dismiss();
            });
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
                    incidents.add("CSP: " + m.text());
                }
            });
            page.onPageError(e -> incidents.add("uncaught: " + e));

            page.navigate("http://localhost:" + port + "/?" + query);
            PlaywrightAssertions.assertThat(page.getByTestId("status"))
                    .containsText("done:", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

            assertThat(page.evaluate("() => window.__pwned === undefined"))
                    .as("no injected script ran")
                    .isEqualTo(true);
            assertThat(page.locator("img").count()).as("img elements").isZero();
            assertThat(page.evaluate("() => [...document.scripts].filter(s => !s.src.includes('/assets/')).length"))
                    .as("scripts not served from /assets")
                    .isEqualTo(0);
            assertThat(page.evaluate("() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
                            + ".filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value)).length"))
                    .as("on… attributes or javascript: URLs anywhere in the document")
                    .isEqualTo(0);
            assertThat(page.locator("body").innerText())
                    .as("the page says what was wrong, as text")
                    .contains(shown);
            assertThat(incidents).as("dialogs, CSP refusals, uncaught errors").isEmpty();
        }
    }
}
