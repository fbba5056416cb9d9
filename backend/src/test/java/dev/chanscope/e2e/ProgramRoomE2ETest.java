package dev.chanscope.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import dev.chanscope.support.BrowserPages;
import dev.chanscope.support.Http;
import dev.chanscope.support.ProjectPaths;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A lesson on a program the teacher typed: the teacher writes Go in the page, runs it and starts a
 * room; a student who opens the room's address sees the same program in their source panel and the
 * same output at the same event, and follows the teacher's steps through it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "chanscope.warmup.enabled=false")
class ProgramRoomE2ETest {

    private static final String PROGRAM = "package main\n\nimport \"fmt\"\n\nfunc main() {\n"
            + "\tdone := make(chan string)\n\tgo func() { done <- \"hello from the front\" }()\n"
            + "\tfmt.Println(<-done)\n}\n";

    @RegisterExtension
    static final BrowserPages browser = new BrowserPages();

    @LocalServerPort
    private int port;

    @Test
    void aStudentSeesTheTeachersProgramItsOutputAndItsPlayhead() throws Exception {
        assumeTrue(
                Http.postJson(port, "/api/runs", "{\"source\":\"package main\\n\\nfunc main() {}\\n\"}")
                                .statusCode()
                        == 200,
                "this server does not run Go source");
        Page teacher = browser.open(1280, 720, false);
        Page student = browser.open(390, 844, true);
        try {
            teacher.navigate(base() + "/?s=unbuffered-handoff");
            teacher.getByTestId("new-program").click();
            teacher.getByTestId("code-input").fill(PROGRAM);
            teacher.getByTestId("run-program").click();
            assertThat(teacher).hasURL(Pattern.compile(".*[?&]code=[A-Za-z0-9_-]+.*"));
            BrowserPages.waitUntilDone(teacher);
            assertThat(teacher.getByTestId("console")).hasText("hello from the front\n");

            teacher.getByTestId("room-button").click();
            teacher.getByTestId("room-start").click();
            // The code appears once the server has answered: wait for it, then read it.
            assertThat(teacher.getByTestId("room-projector-code"))
                    .hasText(java.util.regex.Pattern.compile("[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}"));
            String code = teacher.getByTestId("room-projector-code").textContent();
            teacher.keyboard().press("Escape");
            assertThat(teacher.getByTestId("room-status")).containsText("You drive");

            student.navigate(base() + "/r/" + code);
            assertThat(student.getByTestId("room-status")).containsText("Following the teacher");
            assertThat(student.getByTestId("source")).containsText("hello from the front");
            assertThat(student.getByTestId("source")).containsText("done := make(chan string)");
            BrowserPages.waitUntilDone(student);
            assertThat(student.getByTestId("position"))
                    .hasText(teacher.getByTestId("position").textContent());
            assertThat(student.getByTestId("console")).hasText("hello from the front\n");

            // The teacher steps back before the line was printed: the student's output goes with it.
            teacher.getByTestId("step-back").click();
            teacher.getByTestId("step-back").click();
            teacher.getByTestId("step-back").click();
            String position = BrowserPages.settledPosition(teacher);
            String output = teacher.getByTestId("console").textContent();
            assertThat(student.getByTestId("position")).hasText(position);
            assertThat(student.getByTestId("console")).hasText(output);
            student.screenshot(new Page.ScreenshotOptions()
                    .setPath(ProjectPaths.screenshots().resolve("room-program-student-390x844.png")));
        } catch (RuntimeException | AssertionError failure) {
            teacher.screenshot(new Page.ScreenshotOptions()
                    .setPath(ProjectPaths.screenshots().resolve("room-program-teacher-failure.tmp.png"))
                    .setFullPage(true));
            student.screenshot(new Page.ScreenshotOptions()
                    .setPath(ProjectPaths.screenshots().resolve("room-program-student-failure.tmp.png"))
                    .setFullPage(true));
            throw failure;
        }
        // Known, and the program editor's (not the room's): opening CodeMirror on the teacher's page
        // logs one refused inline style under the page's CSP, before any room exists.
        assertThat(browser.errors())
                .as("errors in the browser consoles")
                .allMatch(e -> e.startsWith("console.error: Applying inline style violates"));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
