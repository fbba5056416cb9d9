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
 * same output at the same event, and follows the teacher's steps through it. A student writing a
 * draft of their own when the teacher runs another program keeps it: the page says so and gives it back.
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
        assumeSourceRuns();
        Page teacher = browser.open(1280, 720, false);
        Page student = browser.open(390, 844, true);
        try {
            String code = runAndStartARoom(teacher, PROGRAM);
            assertThat(teacher.getByTestId("console")).hasText("hello from the front\n");

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
        assertThat(browser.errors()).as("errors in the browser consoles").isEmpty();
    }

    @Test
    void aStudentsDraftIsKeptWhenTheTeacherRunsAnotherProgram() throws Exception {
        assumeSourceRuns();
        Page teacher = browser.open(1280, 720, false);
        Page student = browser.open(1280, 800, false);
        String code = runAndStartARoom(teacher, PROGRAM);
        student.navigate(base() + "/r/" + code);
        assertThat(student.getByTestId("room-status")).containsText("Following the teacher");
        assertThat(student.getByTestId("source")).containsText("hello from the front");
        student.getByTestId("edit-program").click();
        assertThat(student.getByTestId("code-input")).containsText("hello from the front");
        String draft = PROGRAM.replace("hello from the front", "my own try");
        student.getByTestId("code-input").fill(draft);
        assertThat(student.getByTestId("code-input")).containsText("my own try");
        assertThat(student.getByTestId("draft-note")).isHidden();

        teacher.getByTestId("code-input").fill(PROGRAM.replace("hello from the front", "the next example"));
        teacher.getByTestId("run-program").click();
        assertThat(student.getByTestId("code-input")).containsText("the next example");
        assertThat(student.getByTestId("draft-note")).containsText("Your draft was replaced");

        student.getByTestId("restore-draft").click();
        assertThat(student.getByTestId("code-input")).containsText("my own try");
        assertThat(student.getByTestId("draft-note")).isHidden();
        assertThat(browser.errors()).as("errors in the browser consoles").isEmpty();
    }

    private void assumeSourceRuns() throws Exception {
        assumeTrue(
                Http.postJson(port, "/api/runs", "{\"source\":\"package main\\n\\nfunc main() {}\\n\"}")
                                .statusCode()
                        == 200,
                "this server does not run Go source");
    }

    /** The teacher types and runs {@code program}, then starts a room for it; returns the room's code. */
    private String runAndStartARoom(Page teacher, String program) {
        teacher.navigate(base() + "/?s=unbuffered-handoff");
        teacher.getByTestId("new-program").click();
        teacher.getByTestId("code-input").fill(program);
        teacher.getByTestId("run-program").click();
        assertThat(teacher).hasURL(Pattern.compile(".*[?&]code=[A-Za-z0-9_-]+.*"));
        BrowserPages.waitUntilDone(teacher);
        teacher.getByTestId("room-button").click();
        teacher.getByTestId("room-start").click();
        // The code appears once the server has answered: wait for it, then read it.
        assertThat(teacher.getByTestId("room-projector-code"))
                .hasText(Pattern.compile("[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}"));
        String code = teacher.getByTestId("room-projector-code").textContent();
        teacher.keyboard().press("Escape");
        assertThat(teacher.getByTestId("room-status")).containsText("You drive");
        return code;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
