package dev.chanscope.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chanscope.link.LinkCodec;
import dev.chanscope.link.ProgramLinkCodec;
import dev.chanscope.scenario.RunCases;
import org.junit.jupiter.api.Test;

/**
 * A room keeps a user's program as it keeps a scenario: canonically, checked by the program-link
 * rules, and a link a page would have to fix is refused with the parameter at fault.
 */
class RoomLinksTest {

    private static final String PROGRAM =
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() { ch <- 42 }()\n"
                    + "\tfmt.Println(<-ch)\n}\n";
    private static final String CODE = ProgramLinkCodec.inline(PROGRAM).orElseThrow();
    private static final RoomLinks LINKS = new RoomLinks(
            new LinkCodec(RunCases.CATALOG, LinkCodec.FALLBACK_SCENARIO),
            new ProgramLinkCodec(LinkCodec.FALLBACK_SCENARIO),
            80 * 1024);

    @Test
    void anInlineProgramIsKeptCanonicallyWithoutPageModes() {
        String sent = "http://localhost/?present=1&t=17&seed=9&goVersion=1.21&code=" + CODE + "&v=3&procs=1";

        assertThat(LINKS.canonical(sent, "link"))
                .isEqualTo("?v=3&code=" + CODE + "&goVersion=1.21&seed=9&procs=1&t=17");
    }

    @Test
    void aProgramLinkWithoutGoVersionSaysTheDefaultSoFollowersRunTheSameLanguage() {
        assertThat(LINKS.canonical("?code=" + CODE, "link"))
                .isEqualTo("?v=3&code=" + CODE + "&goVersion=" + ProgramLinkCodec.DEFAULT_GO_VERSION);
    }

    @Test
    void aSnippetIdIsKeptAsItIsForFollowersToFetch() {
        assertThat(LINKS.canonical("?p=tHDNOhkjpAGx&seed=4&v=3", "link"))
                .isEqualTo("?v=3&p=tHDNOhkjpAGx&goVersion=1.22&seed=4");
    }

    @Test
    void aProgramThatCannotBeReadIsRefusedNamingCode() {
        assertThatThrownBy(() -> LINKS.canonical("?v=3&code=!!not-deflate&goVersion=1.22", "link"))
                .isInstanceOfSatisfying(RoomError.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-link");
                    assertThat(e.path()).isEqualTo("link.code");
                    assertThat(e.getMessage()).startsWith("link.code: ");
                });
    }

    @Test
    void everyProblemOfAProgramLinkIsNamed() {
        assertThatThrownBy(() -> LINKS.canonical("?v=3&p=nope&goVersion=2.0&s=worker-pool", "link"))
                .isInstanceOfSatisfying(RoomError.class, e -> {
                    assertThat(e.problems())
                            .extracting(RoomError.Problem::path)
                            .containsExactly("link.p", "link.s", "link.goVersion");
                    assertThat(e.getMessage())
                            .startsWith("link.p: \"nope\" is not a snippet id")
                            .endsWith("(and 2 more)");
                });
    }

    @Test
    void anInlineProgramIsBoundedByTheRoomsLinkLength() {
        RoomLinks small = new RoomLinks(
                new LinkCodec(RunCases.CATALOG, LinkCodec.FALLBACK_SCENARIO),
                new ProgramLinkCodec(LinkCodec.FALLBACK_SCENARIO),
                64);

        assertThatThrownBy(() -> small.canonical("?v=3&code=" + CODE, "link"))
                .isInstanceOfSatisfying(
                        RoomError.class, e -> assertThat(e.path()).isEqualTo("link"));
    }

    @Test
    void scenarioLinksReadAsBefore() {
        assertThat(LINKS.canonical("?s=unbuffered-handoff&seed=3&embed=1", "link"))
                .isEqualTo("?v=1&s=unbuffered-handoff&seed=3");
    }
}
