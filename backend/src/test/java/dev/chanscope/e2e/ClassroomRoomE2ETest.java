package dev.chanscope.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.chanscope.support.BrowserPages;
import dev.chanscope.support.ProjectPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A lesson in three browsers: a teacher on a 1280×720 projector in presenter mode starts a room for a
 * paused run, one student opens the room's link on a phone, another types the code on a laptop. They
 * follow the teacher's seek, one explores on their own and comes back to the teacher's moment, both
 * answer a question and everyone sees the revealed histogram; a teacher who reloads keeps driving,
 * then compares the bug with its fix and both students see the pair at the teacher's clock step.
 * Each browser is its own context (its own storage), as three devices are. Saves the teacher's and a
 * student's screen under docs/screenshots/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClassroomRoomE2ETest {

    @RegisterExtension
    static final BrowserPages browser = new BrowserPages();

    @LocalServerPort
    private int port;

    @Test
    void aTeacherDrivesTwoStudentsWhoFollowExploreComeBackAndAnswer() {
        Page teacher = browser.open(1280, 720, false);
        Page phone = browser.open(390, 844, true);
        Page laptop = browser.open(1280, 800, false);
        Path screenshots = ProjectPaths.screenshots();
        try {
            teacher.navigate(base() + "/?s=worker-pool&seed=42&t=20&present=1");
            BrowserPages.waitUntilDone(teacher);
            teacher.getByTestId("room-button").click();
            teacher.getByTestId("room-start").click();
            // The code appears once the server has answered: wait for it, then read it.
            assertThat(teacher.getByTestId("room-projector-code"))
                    .hasText(java.util.regex.Pattern.compile("[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}"));
            String code = teacher.getByTestId("room-projector-code").textContent();
            assertThat(teacher.getByTestId("room-projector-url")).containsText("/r/" + code);
            assertThat(teacher.getByTestId("room-qr")).isVisible();
            teacher.waitForURL(url -> url.contains("/r/" + code));
            teacher.screenshot(
                    new Page.ScreenshotOptions().setPath(screenshots.resolve("room-projector-1280x720.png")));
            teacher.keyboard().press("Escape");
            assertThat(teacher.getByTestId("room-projector")).isHidden();
            assertThat(teacher.getByTestId("room-status")).containsText("You drive");

            // One student opens the link (as the QR code gives it), the other types the code loosely.
            phone.navigate(base() + "/r/" + code);
            laptop.navigate(base() + "/");
            laptop.getByTestId("room-button").click();
            laptop.getByTestId("room-code-input").fill("  " + code.toLowerCase().replace("-", " "));
            laptop.getByTestId("room-code-input").press("Enter");
            laptop.waitForURL(url -> url.endsWith("/r/" + code));
            for (Page student : List.of(phone, laptop)) {
                assertThat(student.getByTestId("room-status")).containsText("Following the teacher");
                assertThat(student.getByTestId("position")).containsText("event 20 of");
            }
            assertThat(teacher.getByTestId("room-presence")).hasText("2 students · 0 exploring on their own");

            // The teacher steps on: both follow.
            teacher.getByTestId("step-forward").click();
            teacher.getByTestId("step-forward").click();
            for (Page student : List.of(phone, laptop)) {
                assertThat(student.getByTestId("position")).containsText("event 22 of");
            }

            // The phone explores on its own: it stays where it goes while the class moves on.
            phone.getByTestId("room-detach").click();
            assertThat(phone.getByTestId("room-status")).containsText("Exploring on your own");
            assertThat(teacher.getByTestId("room-presence")).hasText("2 students · 1 exploring on their own");
            phone.getByTestId("step-back").click();
            assertThat(phone.getByTestId("position")).containsText("event 21 of");
            teacher.getByTestId("step-forward").click();
            assertThat(laptop.getByTestId("position")).containsText("event 23 of");
            assertThat(phone.getByTestId("position")).containsText("event 21 of");
            // Back to class: the teacher's moment as it is now.
            phone.getByTestId("room-detach").click();
            assertThat(phone.getByTestId("room-status")).containsText("Following the teacher");
            assertThat(phone.getByTestId("position")).containsText("event 23 of");
            assertThat(teacher.getByTestId("room-presence")).hasText("2 students · 0 exploring on their own");

            // Predict, then reveal: both answer "Yes", then the laptop changes its mind before the reveal.
            teacher.getByTestId("room-ask-deadlock").click();
            for (Page student : List.of(phone, laptop)) {
                student.getByTestId("room-option").getByText("Yes").click();
                assertThat(student.getByTestId("room-question-note")).containsText("Answer sent");
            }
            assertThat(teacher.getByTestId("room-question-note")).containsText("2 of 2 answered");
            laptop.getByTestId("room-option").getByText("No").click();
            assertThat(laptop.getByTestId("room-option").getByText("No")).hasAttribute("aria-pressed", "true");
            assertThat(histogramRow(teacher, "No")).hasAttribute("data-count", "1");
            teacher.getByTestId("room-reveal").click();
            for (Page screen : List.of(teacher, phone, laptop)) {
                assertThat(histogramRow(screen, "Yes")).hasAttribute("data-count", "1");
                assertThat(histogramRow(screen, "No")).hasAttribute("data-count", "1");
            }
            assertThat(histogramRow(phone, "Yes")).hasClass("mine");
            assertThat(histogramRow(laptop, "No")).hasClass("mine");
            teacher.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("room-teacher-1280x720.png")));
            phone.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("room-student-390x844.png")));
            // The narrowest phone: the room's bar and the histogram wrap inside the window.
            phone.setViewportSize(360, 740);
            assertThat(phone.evaluate("() => document.documentElement.scrollWidth"))
                    .isEqualTo(360);
            assertThat(phone.getByTestId("room-detach")).isInViewport();
            assertThat(histogramRow(phone, "No").locator(".count")).isInViewport();

            // A teacher who reloads keeps driving, with the revealed question, and plays on.
            teacher.reload();
            assertThat(teacher.getByTestId("room-status")).containsText("You drive");
            assertThat(histogramRow(teacher, "Yes")).hasAttribute("data-count", "1");
            assertThat(teacher.getByTestId("position")).containsText("event 23 of");
            teacher.getByTestId("room-play-on").click();
            for (Page student : List.of(phone, laptop)) {
                assertThat(student.getByTestId("play")).hasAttribute("aria-label", "Pause");
                assertThat(student.getByTestId("room-histogram")).isHidden();
            }
            assertThat(teacher.getByTestId("room-presence")).hasText("2 students · 0 exploring on their own");

            // The teacher compares the bug with its fix: both students see the pair at the teacher's step.
            teacher.getByTestId("present-toggle").click(); // the masthead's controls are outside presenter mode
            teacher.getByTestId("scenario").selectOption("global-deadlock");
            teacher.getByTestId("compare-fixed").click();
            BrowserPages.waitUntilBothDone(teacher);
            teacher.getByTestId("compare-scrub").fill("30");
            // The clock line is redrawn in the frame after the scrubber moves: wait for it, then read it.
            assertThat(teacher.getByTestId("compare-clock")).containsText("step 30 of");
            String clock = teacher.getByTestId("compare-clock").textContent();
            assertThat(teacher.getByTestId("room-pin")).hasText("Unpin comparison");
            for (Page student : List.of(phone, laptop)) {
                BrowserPages.waitUntilBothDone(student);
                assertThat(student.getByTestId("compare-right-title")).containsText("fix=true");
                assertThat(student.getByTestId("compare-left-title")).not().containsText("fix=");
                assertThat(student.getByTestId("compare-clock")).hasText(clock);
                assertThat(student.getByTestId("room-status")).containsText("Following the teacher");
            }
            teacher.getByTestId("compare-step-forward").click();
            for (Page student : List.of(phone, laptop)) {
                assertThat(student.getByTestId("compare-clock")).containsText("step 31 of");
            }
            phone.screenshot(
                    new Page.ScreenshotOptions().setPath(screenshots.resolve("room-student-compare-360x740.png")));

            // The phone explores: it leaves the pair on its own, and back in class it has the pair again.
            phone.getByTestId("room-detach").click();
            phone.getByTestId("compare-leave").click();
            assertThat(phone.getByTestId("compare")).isHidden();
            phone.getByTestId("room-detach").click();
            assertThat(phone.getByTestId("compare-clock")).containsText("step 31 of");
            assertThat(teacher.getByTestId("room-presence")).hasText("2 students · 0 exploring on their own");

            // Unpinning leaves compare mode for the class; pinning puts the run on screen beside itself.
            teacher.getByTestId("room-pin").click();
            for (Page student : List.of(phone, laptop)) {
                assertThat(student.getByTestId("compare")).isHidden();
                BrowserPages.waitUntilDone(student);
            }
            teacher.getByTestId("room-pin").click();
            for (Page student : List.of(phone, laptop)) {
                BrowserPages.waitUntilBothDone(student);
                // B is a copy of A: the fix is gone from both sides.
                assertThat(student.getByTestId("compare-right-title")).not().containsText("fix=");
                assertThat(student.getByTestId("compare-right-title"))
                        .hasText(teacher.getByTestId("compare-left-title").textContent());
            }

            // "Which goroutine" in compare mode is about run A at the clock's step, and says so: either
            // the question goes out with run A's goroutines or the teacher is told run A has too few.
            assertThat(teacher.getByTestId("room")).not().containsText("run A");
            teacher.getByTestId("room-ask-goroutine").click();
            assertThat(teacher.getByTestId("room")).containsText("run A");

            // A code nobody holds says so, and the page offers the playground.
            Page stray = browser.open(390, 844, true);
            stray.navigate(base() + "/r/" + (code.startsWith("Z") ? "Y" : "Z") + code.substring(1));
            assertThat(stray.getByTestId("room-status")).containsText("There is no room with this code");
        } catch (RuntimeException | AssertionError failure) {
            for (Map.Entry<String, Page> e :
                    Map.of("teacher", teacher, "phone", phone, "laptop", laptop).entrySet()) {
                e.getValue()
                        .screenshot(new Page.ScreenshotOptions()
                                .setPath(screenshots.resolve("room-" + e.getKey() + "-failure.tmp.png"))
                                .setFullPage(true));
            }
            throw failure;
        }
        assertThat(browser.errors()).as("errors in the browser consoles").isEmpty();
    }

    private static Locator histogramRow(Page page, String option) {
        return page.locator("[data-testid=room-histogram] li[data-option='" + option + "']");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
