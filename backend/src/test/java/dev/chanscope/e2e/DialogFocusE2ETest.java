package dev.chanscope.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.chanscope.support.BrowserPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page's modal dialogs with the keyboard alone, in headless Chromium: each one takes the focus
 * when it opens, Tab and Shift+Tab go round its own controls and never reach the page behind it, and
 * Escape gives the focus back to where it was — the help (opened by "?" from the playback), the
 * "Room" dialog, and the projector's card a teacher's new room opens with.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DialogFocusE2ETest {

    /** More presses than any of the dialogs has controls, so the focus must wrap round. */
    private static final int PRESSES = 8;

    @RegisterExtension
    static final BrowserPages browser = new BrowserPages();

    @LocalServerPort
    private int port;

    @Test
    void tabStaysInsideEachDialogAndEscapeGivesTheFocusBack() {
        Page page = browser.open(1280, 800, false);
        page.navigate("http://localhost:" + port + "/?s=unbuffered-handoff");
        BrowserPages.waitUntilDone(page);

        page.getByTestId("play").focus();
        page.keyboard().press("?");
        PlaywrightAssertions.assertThat(page.getByTestId("help-close")).isFocused();
        tabAroundInside(page, "help");
        page.keyboard().press("Escape");
        PlaywrightAssertions.assertThat(page.getByTestId("help")).isHidden();
        PlaywrightAssertions.assertThat(page.getByTestId("play")).isFocused();

        page.getByTestId("room-button").focus();
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByTestId("room-start")).isFocused();
        tabAroundInside(page, "room-dialog");
        page.keyboard().press("Escape");
        PlaywrightAssertions.assertThat(page.getByTestId("room-button")).isFocused();

        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.getByTestId("room-start")).isFocused();
        page.keyboard().press("Enter"); // starts a room: the projector's card opens with the focus
        PlaywrightAssertions.assertThat(page.getByTestId("room-projector-close"))
                .isFocused();
        tabAroundInside(page, "room-projector");
        page.keyboard().press("Escape");
        PlaywrightAssertions.assertThat(page.getByTestId("room-projector")).isHidden();
        PlaywrightAssertions.assertThat(page.getByTestId("room-button")).isFocused();

        assertThat(browser.errors()).as("errors in the browser").isEmpty();
    }

    /** Presses Tab, then Shift+Tab, {@link #PRESSES} times each; after every press the focus is inside the dialog. */
    private static void tabAroundInside(Page page, String dialog) {
        var focusedInside = page.locator("[data-testid=" + dialog + "] :focus");
        for (String key : new String[] {"Tab", "Shift+Tab"}) {
            for (int i = 0; i < PRESSES; i++) {
                page.keyboard().press(key);
                PlaywrightAssertions.assertThat(focusedInside).hasCount(1);
            }
        }
    }
}
