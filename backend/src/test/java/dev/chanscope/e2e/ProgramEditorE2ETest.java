package dev.chanscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.chanscope.ChanscopeApplication;
import dev.chanscope.support.BrowserPages;
import dev.chanscope.support.Chromium;
import dev.chanscope.support.Http;
import dev.chanscope.support.ProjectPaths;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Writing, running and sharing a program in the page, in headless Chromium against real servers: the
 * editor's chunk is fetched only once it is wanted; "Edit" opens a scenario's Go source; a program
 * typed with the keyboard alone runs with Ctrl+Enter and its link, opened in a fresh browser context,
 * holds the same code and playhead; a program too long for a link is saved as a snippet whose page
 * still opens after the server restarts. The parts that need the server to run Go source (compile
 * errors at their line, output, the same digest) are skipped, saying so, on a server without it.
 */
class ProgramEditorE2ETest {

    private static final double TIMEOUT_MS = 30_000;
    private static final Path SCREENSHOTS = ProjectPaths.screenshots();

    private static Chromium chromium;

    @TempDir
    Path snippets;

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

    private ConfigurableApplicationContext start() {
        // Arguments, not default properties: application.yml's server.port would win over those.
        return new SpringApplicationBuilder(ChanscopeApplication.class)
                .run(
                        "--server.port=0",
                        "--chanscope.warmup.enabled=false",
                        "--chanscope.snippets.dir=" + snippets,
                        "--chanscope.snippets.creates-per-minute=600");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void theEditorLoadsOnlyWhenWantedAndEditOpensTheScenariosSource() throws Exception {
        Browser browser = Chromium.assumeLaunched(chromium);
        List<String> scripts = new CopyOnWriteArrayList<>();
        try (ConfigurableApplicationContext app = start();
                BrowserContext context =
                        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
            Page page = page(context);
            page.onRequest(r -> scripts.add(r.url()));
            page.navigate("http://localhost:" + port(app) + "/?s=unbuffered-handoff&t=6");
            PlaywrightAssertions.assertThat(page.getByTestId("position")).containsText("event 6 of");
            assertThat(scripts).as("requests of a page that only watches").noneMatch(u -> u.contains("codeEditor"));

            page.getByTestId("edit-program").click();
            PlaywrightAssertions.assertThat(page.getByTestId("code-input")).containsText("func main()");
            assertThat(scripts).anyMatch(u -> u.contains("codeEditor"));
            PlaywrightAssertions.assertThat(page.getByTestId("run-program")).isVisible();
            PlaywrightAssertions.assertThat(page.getByTestId("source")).isHidden();
            screenshot(page, "editor-scenario.png");
        }
    }

    @Test
    void aProgramTypedWithTheKeyboardRunsAndItsLinkReopensWithTheSameCodeAndPlayhead() throws Exception {
        Browser browser = Chromium.assumeLaunched(chromium);
        try (ConfigurableApplicationContext app = start();
                BrowserContext first = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
            String base = "http://localhost:" + port(app);
            Page page = page(first);
            page.navigate(base + "/?s=unbuffered-handoff");
            page.getByTestId("new-program").focus();
            page.keyboard().press("Enter");
            PlaywrightAssertions.assertThat(page.getByTestId("code-input")).containsText("results <- i * i");
            page.keyboard().press("Control+End");
            page.keyboard().type("\n// typed in the page\n");
            page.keyboard().press("Control+Enter");
            screenshot(page, "editor-program.png");
            PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*[?&]code=[A-Za-z0-9_-]+.*"));
            boolean runs = sourceRuns(base);
            if (runs) {
                waitUntilDone(page);
                PlaywrightAssertions.assertThat(page.getByTestId("console")).containsText("got");
                page.getByTestId("step-back").click();
                page.getByTestId("step-back").click();
                PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*[?&]t=\\d+.*"));
            }
            screenshot(page, "editor-program.png");
            String position = runs ? BrowserPages.settledPosition(page) : null;
            String link = page.url();
            String digest = runs ? page.getByTestId("status").getAttribute("title") : null;

            try (BrowserContext fresh =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
                Page other = page(fresh);
                other.navigate(link);
                PlaywrightAssertions.assertThat(other.getByTestId("code-input")).containsText("// typed in the page");
                PlaywrightAssertions.assertThat(other.getByTestId("code-input")).containsText("results <- i * i");
                assertThat(other.getByTestId("go-version").inputValue()).isEqualTo("1.22");
                if (runs) {
                    waitUntilDone(other);
                    assertThat(other.getByTestId("status").getAttribute("title"))
                            .isEqualTo(digest);
                    PlaywrightAssertions.assertThat(other.getByTestId("position"))
                            .hasText(position);
                }
            }
            assumeTrue(runs, "this server does not run Go source yet: the run, output and digest were not checked");
        }
    }

    @Test
    void aCompileErrorIsMarkedAtItsLineAndTheFixedProgramRunsWithOutput() throws Exception {
        Browser browser = Chromium.assumeLaunched(chromium);
        try (ConfigurableApplicationContext app = start();
                BrowserContext context =
                        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
            String base = "http://localhost:" + port(app);
            assumeTrue(sourceRuns(base), "this server does not run Go source yet");
            Page page = page(context);
            page.navigate(base + "/?s=unbuffered-handoff");
            page.getByTestId("new-program").click();
            page.getByTestId("code-input")
                    .fill("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(\"hello\")\n}\n");
            page.keyboard().press("Control+Enter");
            PlaywrightAssertions.assertThat(page.getByTestId("compile-errors")).containsText("6:2");
            PlaywrightAssertions.assertThat(page.locator(".cm-lint-marker-error"))
                    .hasCount(1);
            screenshot(page, "editor-compile-error.png");
            page.locator(".compile-error").first().click();
            assertThat(page.evaluate(
                            "() => document.activeElement?.shadowRoot?.activeElement?.closest('.cm-editor') != null"))
                    .isEqualTo(true);

            page.getByTestId("code-input")
                    .fill("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan string)\n"
                            + "\tgo func() { ch <- \"hello\" }()\n\tfmt.Println(<-ch)\n}\n");
            page.keyboard().press("Control+Enter");
            waitUntilDone(page);
            PlaywrightAssertions.assertThat(page.getByTestId("compile-errors")).isHidden();
            PlaywrightAssertions.assertThat(page.getByTestId("console")).containsText("hello");
            PlaywrightAssertions.assertThat(page.locator(".stage .goroutine").first())
                    .isVisible();
            screenshot(page, "editor-output.png");
            page.getByTestId("play").focus(); // out of the editor, where Home means the line's start
            page.keyboard().press("Home");
            PlaywrightAssertions.assertThat(page.getByTestId("console")).hasText("");
            page.keyboard().press("End");
            PlaywrightAssertions.assertThat(page.getByTestId("console")).hasText("hello\n");
        }
    }

    @Test
    void aLongProgramTravelsAsASnippetWhosePageSurvivesARestart() throws Exception {
        Browser browser = Chromium.assumeLaunched(chromium);
        StringBuilder text = new StringBuilder("package main\n\n// a program too long for a link\n");
        long x = 11;
        for (int line = 0; line < 120; line++) { // comments that compress little
            text.append("// ");
            for (int k = 0; k < 60; k++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                text.append((char) ('a' + (int) ((x >>> 33) % 26)));
            }
            text.append('\n');
        }
        text.append("func main() {}\n");
        String id;
        try (ConfigurableApplicationContext app = start();
                BrowserContext context = browser.newContext()) {
            Page page = page(context);
            page.navigate("http://localhost:" + port(app) + "/?s=unbuffered-handoff");
            page.getByTestId("new-program").click();
            page.getByTestId("code-input").fill(text.toString());
            page.getByTestId("run-program").click();
            PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*[?&]p=[A-Za-z0-9_-]{12}.*"));
            Matcher m = Pattern.compile("[?&]p=([A-Za-z0-9_-]{12})").matcher(page.url());
            assertThat(m.find()).isTrue();
            id = m.group(1);
        }
        try (ConfigurableApplicationContext restarted = start();
                BrowserContext context = browser.newContext()) {
            Page page = page(context);
            page.navigate("http://localhost:" + port(restarted) + "/p/" + id);
            PlaywrightAssertions.assertThat(page.getByTestId("code-input"))
                    .containsText("a program too long for a link");
            HttpResponse<String> missing = Http.get(port(restarted), "/api/snippets/AAAAAAAAAAAA");
            assertThat(missing.statusCode()).isEqualTo(404);
        }
    }

    private static Page page(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultTimeout(TIMEOUT_MS);
        return page;
    }

    /** Whether this server runs Go source (the language's resolver is present). */
    private static boolean sourceRuns(String base) throws Exception {
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        HttpResponse<String> r =
                Http.postJson(port, "/api/runs", "{\"source\":\"package main\\n\\nfunc main() {}\\n\"}");
        return r.statusCode() == 200;
    }

    private static void waitUntilDone(Page page) {
        PlaywrightAssertions.assertThat(page.getByTestId("status"))
                .hasAttribute("data-phase", "done", new LocatorAssertions.HasAttributeOptions().setTimeout(TIMEOUT_MS));
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }
}
