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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
 * still opens after the server restarts; Format rewrites the program as gofmt does, or marks the
 * syntax error and leaves the text alone; no page logs an error (a style the CSP refused, say). The
 * parts that need the server to run Go source (compile errors at their line, output, the same digest)
 * are skipped, saying so, on a server without it.
 */
class ProgramEditorE2ETest {

    private static final double TIMEOUT_MS = 30_000;
    private static final Path SCREENSHOTS = ProjectPaths.screenshots();

    private static Chromium chromium;

    @TempDir
    Path snippets;

    /** What the pages of the test threw or logged as errors (a style refused by the CSP, say). */
    private final List<String> errors = new CopyOnWriteArrayList<>();

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

    @AfterEach
    void nothingWentWrongInTheBrowser() {
        assertThat(errors).as("errors in the browser console").isEmpty();
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
            BrowserPages.assertPlotLabelsFit(page); // a rate of 10⁹ items/s among them
            screenshot(page, "editor-output.png");
            page.getByTestId("play").focus(); // out of the editor, where Home means the line's start
            page.keyboard().press("Home");
            PlaywrightAssertions.assertThat(page.getByTestId("console")).hasText("");
            page.keyboard().press("End");
            PlaywrightAssertions.assertThat(page.getByTestId("console")).hasText("hello\n");
        }
    }

    /** A program as someone in a hurry types it: no blank lines, no spaces, braces hugging, two statements on a line. */
    private static final String UNFORMATTED = """
            package main
            import "fmt"
            import "sync"
            type counter struct{
            mu sync.Mutex
            n int // items added
            total   int64 // their sum
            }
            func (c *counter) add(v int){
                c.mu.Lock()
              defer c.mu.Unlock()
            c.n+=1;c.total += int64(v)
            }



            func main(){
            var wg sync.WaitGroup
            c:=&counter{}
            for i:=0;i<4;i++{
            wg.Add(1)
            go func(v int){defer wg.Done();c.add(v*v)}(i)
            }
            wg.Wait()
            fmt.Println(c.n,c.total)
            }
            """;

    /** {@link #UNFORMATTED} as Go 1.19's {@code gofmt} prints it (recorded from the real gofmt). */
    private static final String GOFMT = """
            package main

            import "fmt"
            import "sync"

            type counter struct {
            \tmu    sync.Mutex
            \tn     int   // items added
            \ttotal int64 // their sum
            }

            func (c *counter) add(v int) {
            \tc.mu.Lock()
            \tdefer c.mu.Unlock()
            \tc.n += 1
            \tc.total += int64(v)
            }

            func main() {
            \tvar wg sync.WaitGroup
            \tc := &counter{}
            \tfor i := 0; i < 4; i++ {
            \t\twg.Add(1)
            \t\tgo func(v int) { defer wg.Done(); c.add(v * v) }(i)
            \t}
            \twg.Wait()
            \tfmt.Println(c.n, c.total)
            }
            """;

    /**
     * Badly formatted and not Go: gofmt says {@code 6:17: missing ',' in argument list}; the page words it
     * as the Go compiler does ({@code syntax error: unexpected literal "world" …}), at the same place.
     */
    private static final String SYNTAX_ERROR = """
            package main
            import "fmt"
            func main(){
            msg:="hello"
            for i:=0;i<2;i++{
            fmt.Println(msg "world")
            }
            }
            """;

    @Test
    void formatRewritesTheProgramAsGofmtDoesAndASyntaxErrorIsMarkedWithTheTextLeftAsItWas() throws Exception {
        Browser browser = Chromium.assumeLaunched(chromium);
        try (ConfigurableApplicationContext app = start();
                BrowserContext context =
                        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
            String base = "http://localhost:" + port(app);
            boolean runs = sourceRuns(base);
            Page page = page(context);
            page.navigate(base + "/?s=unbuffered-handoff");
            page.getByTestId("new-program").click();
            PlaywrightAssertions.assertThat(page.getByTestId("code-input")).containsText("func main()");
            page.getByTestId("code-input").fill(UNFORMATTED);
            assertEditorText(page, UNFORMATTED);
            if (runs) { // unformatted Go is still Go: it runs as typed
                page.keyboard().press("Control+Enter");
                waitUntilDone(page);
                PlaywrightAssertions.assertThat(page.getByTestId("console")).hasText("4 14\n");
            }

            page.getByTestId("format-program").click();
            assertEditorText(page, GOFMT);

            page.getByTestId("code-input").fill(UNFORMATTED);
            assertEditorText(page, UNFORMATTED);
            page.keyboard().press("Shift+Alt+F"); // the editor has the focus after typing
            assertEditorText(page, GOFMT);

            page.getByTestId("code-input").fill(SYNTAX_ERROR);
            page.getByTestId("format-program").click();
            PlaywrightAssertions.assertThat(page.getByTestId("compile-errors"))
                    .containsText("6:17  syntax error: unexpected literal \"world\" in argument list");
            PlaywrightAssertions.assertThat(page.getByTestId("code-input")
                            .locator(".cm-line")
                            .nth(5)
                            .locator(".cm-lintRange-error"))
                    .hasCount(1);
            PlaywrightAssertions.assertThat(page.locator(".cm-lint-marker-error"))
                    .hasCount(1);
            assertEditorText(page, SYNTAX_ERROR);
            assertThat(errors).as("errors in the browser console").isEmpty();
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

    private Page page(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultTimeout(TIMEOUT_MS);
        page.onPageError(error -> errors.add("uncaught: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add("console.error: " + message.text());
            }
        });
        return page;
    }

    /**
     * Waits until the editor holds exactly {@code text}: its lines, tabs and spaces included (each line
     * matched whole by a pattern of its literal characters: patterns see the text as it is, strings
     * with their whitespace collapsed). Escaped by hand, as the browser's RegExp knows no {@code \Q…\E}.
     */
    private static void assertEditorText(Page page, String text) {
        Pattern[] lines = Arrays.stream(text.split("\n", -1))
                .map(line -> Pattern.compile("^" + line.replaceAll("[\\\\^$.|?*+()\\[\\]{}/]", "\\\\$0") + "$"))
                .toArray(Pattern[]::new);
        PlaywrightAssertions.assertThat(page.getByTestId("code-input").locator(".cm-line"))
                .hasText(lines);
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
