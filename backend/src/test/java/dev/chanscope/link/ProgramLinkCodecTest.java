package dev.chanscope.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.scenario.ParamValidator;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.snippet.SnippetId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Links that carry a program: inline ({@code code}) or by snippet ({@code p}), with {@code goVersion}
 * beside the run's settings; every problem named by its parameter, in a fixed order.
 */
class ProgramLinkCodecTest {

    static final ProgramLinkCodec CODEC = new ProgramLinkCodec(LinkCodec.FALLBACK_SCENARIO);
    static final String PROGRAM = """
            package main

            import "fmt"

            func main() {
            \tch := make(chan int)
            \tgo func() { ch <- 42 }()
            \tfmt.Println(<-ch)
            }
            """;

    static ProgramLink inline(String source, long seed, Long t) {
        String code = ProgramLinkCodec.inline(source).orElseThrow();
        return new ProgramLink(source, code, null, "1.22", seed, 4, List.of(), t, false, false);
    }

    static List<String> problems(ProgramLinkCodec.Decoded d) {
        return d.problems().stream().map(p -> p.param() + ": " + p.message()).toList();
    }

    @Test
    void anInlineProgramTravelsInTheLinkAndReadsBack() {
        ProgramLink link = new ProgramLink(
                PROGRAM,
                ProgramLinkCodec.inline(PROGRAM).orElseThrow(),
                null,
                "1.21",
                42,
                2,
                List.of(new ShareLink.Step("run-next", "#3", 17)),
                120L,
                true,
                false);
        String text = CODEC.encode(link);
        assertThat(text)
                .startsWith("?v=3&code=" + link.code() + "&goVersion=1.21&seed=42&procs=2&i=run-next%3A%233%4017")
                .endsWith("&t=120&present=1");
        ProgramLinkCodec.Decoded d = CODEC.decode(text);
        assertThat(d.problems()).isEmpty();
        assertThat(d.program()).isEqualTo(link);
        assertThat(d.program().runRequest())
                .isEqualTo(Map.of(
                        "source",
                        PROGRAM,
                        "goVersion",
                        "1.21",
                        "seed",
                        42L,
                        "gomaxprocs",
                        2,
                        "interventions",
                        List.of(Map.of("kind", "run-next", "target", "#3", "afterSeq", 17L))));
    }

    @Test
    void aSnippetLinkNamesItsIdAndItsTextIsLookedUp() {
        String id = SnippetId.candidates(PROGRAM).getFirst();
        ProgramLinkCodec.Decoded d = CODEC.decode("?v=3&p=" + id + "&seed=5");
        assertThat(d.problems()).isEmpty();
        assertThat(d.program().snippet()).isEqualTo(id);
        assertThat(d.program().source()).as("not looked up yet").isNull();
        assertThat(d.program().goVersion())
                .as("a link without one reads the default")
                .isEqualTo("1.22");
        assertThat(CODEC.encode(d.program()))
                .as("written with its goVersion, so no server default decides what it runs")
                .isEqualTo("?v=3&p=" + id + "&goVersion=1.22&seed=5");

        ProgramLinkCodec.Decoded found = CODEC.lookUp(d, x -> x.equals(id) ? Optional.of(PROGRAM) : Optional.empty());
        assertThat(found.program().source()).isEqualTo(PROGRAM);
        assertThat(found.program().snippet()).isEqualTo(id);
    }

    @Test
    void aSnippetThatDoesNotExistGivesWayToTheFallbackScenarioWithTheLinksSettings() {
        ProgramLinkCodec.Decoded d =
                CODEC.lookUp(CODEC.decode("?p=AAAAAAAAAAAA&seed=9&procs=3&t=4"), x -> Optional.empty());
        assertThat(d.program()).isNull();
        assertThat(d.fallback())
                .isEqualTo(new ShareLink("unbuffered-handoff", Map.of(), 9, 3, List.of(), 4L, false, false));
        assertThat(problems(d))
                .containsExactly("p: there is no snippet AAAAAAAAAAAA; showing unbuffered-handoff instead");
    }

    @Test
    void aProgramThatCannotBeReadGivesWayToTheFallbackScenario() {
        assertThat(problems(CODEC.decode("?code=abcde")))
                .containsExactly("code: code is not unpadded base64url text (A-Z a-z 0-9 - _); showing"
                        + " unbuffered-handoff instead");
        assertThat(problems(CODEC.decode("?code=" + CompactText.encode(""))))
                .containsExactly("code: code holds a program that is empty; showing unbuffered-handoff instead");
        assertThat(problems(CODEC.decode("?code=" + CompactText.encode("package main\n\u0000"))))
                .containsExactly("code: code holds a program that has a NUL character at line 2, column 1 (Go source"
                        + " cannot hold one); showing unbuffered-handoff instead");
        StringBuilder big = new StringBuilder("package main\n\nfunc main() {\n");
        for (int i = 0; i < 6000; i++) {
            big.append("\tx = x + ").append(i % 500).append('\n'); // 76 KB that deflates 45 times
        }
        String tooBig = CompactText.encode(big + "}\n");
        assertThat(problems(CODEC.decode("?code=" + tooBig)))
                .containsExactly("code: code inflates to more than 65536 bytes; showing unbuffered-handoff instead");
        assertThat(problems(CODEC.decode("?p=abc")))
                .containsExactly("p: \"abc\" is not a snippet id: " + SnippetId.shape()
                        + "; showing unbuffered-handoff instead");
        assertThat(CODEC.decode("?p=abc").fallback().scenario()).isEqualTo("unbuffered-handoff");
    }

    @Test
    void codeWinsOverPAndAScenarioIsNotUsed() {
        ProgramLink link = inline(PROGRAM, 1, null);
        ProgramLinkCodec.Decoded d =
                CODEC.decode("?s=worker-pool&p=AAAAAAAAAAAA&code=" + link.code() + "&workers=4&goVersion=1.21");
        assertThat(d.program())
                .isEqualTo(new ProgramLink(PROGRAM, link.code(), null, "1.21", 1, 4, List.of(), null, false, false));
        assertThat(problems(d))
                .containsExactly(
                        "p: the link has both code and p; using code",
                        "s: the link carries a program, so its scenario \"worker-pool\" is not used",
                        "workers: a program link has no parameter \"workers\"; ignored");
    }

    @Test
    void everyOtherProblemIsNamedByItsParameterInOrder() {
        ProgramLink link = inline(PROGRAM, 1, null);
        ProgramLinkCodec.Decoded d = CODEC.decode(
                "?v=4&code=" + link.code() + "&bogus=1&goVersion=go1.21&seed=x&procs=65&t=-1&i=explode:main@1&bench=1");
        assertThat(problems(d))
                .containsExactly(
                        "v: link version 4 is not known; reading it as version 3",
                        "goVersion: goVersion must be a Go language version like 1.22, got \"go1.21\"; using 1.22",
                        "bogus: a program link has no parameter \"bogus\"; ignored",
                        "seed: seed must be a whole number, got \"x\"; using 1",
                        "procs: procs must be between 1 and 64, got 65; using 64",
                        "t: t must be between 0 and 9007199254740991, got -1; using 0",
                        "i: \"explode:main@1\" is not an intervention like cancel-context:shutdown@120; ignored");
        assertThat(d.program().procs()).isEqualTo(64);
        assertThat(d.program().goVersion()).isEqualTo("1.22");
    }

    @Test
    void onlyGoLanguageVersionsAreRead() {
        for (String ok : List.of("1.0", "1.9", "1.19", "1.21", "1.22", "1.23", "1.99")) {
            assertThat(CODEC.decode("?p=AAAAAAAAAAAA&goVersion=" + ok).problems())
                    .as(ok)
                    .isEmpty();
        }
        for (String bad : List.of("", "1", "1.", "1.022", "1.100", "2.0", "1.22.3", "go1.22", "1.2x", "１.22")) {
            assertThat(CODEC.decode("?p=AAAAAAAAAAAA&goVersion=" + bad).problems())
                    .as(bad)
                    .extracting(LinkProblem::param)
                    .containsExactly("goVersion");
        }
    }

    @Test
    void aLinkCarriesAProgramWhenItHasCodeOrP() {
        assertThat(ProgramLinkCodec.carriesProgram("?v=3&code=abc")).isTrue();
        assertThat(ProgramLinkCodec.carriesProgram("p=AAAAAAAAAAAA")).isTrue();
        assertThat(ProgramLinkCodec.carriesProgram("?%63ode=x"))
                .as("names are form-decoded")
                .isTrue();
        assertThat(ProgramLinkCodec.carriesProgram("?s=worker-pool&goVersion=1.21"))
                .isFalse();
        assertThat(ProgramLinkCodec.carriesProgram("")).isFalse();
    }

    /** "Edit" on any scenario, then share: the library's Go programs all travel inside their links. */
    @Test
    void everyLibraryProgramGoesInline() {
        for (Scenario s : dev.chanscope.scenario.library.Library.catalog().all()) {
            String source = s.goSource(ParamValidator.validate(s, Map.of(), "params"));
            assertThat(ProgramLinkCodec.inline(source)).as(s.id()).isPresent();
        }
    }

    /** The threshold: a program goes inline while its compact form fits; then it is a snippet. */
    @Test
    void programsGoInlineUpToTheThresholdAndLongerOnesAreSnippets() {
        assertThat(ProgramLinkCodec.inline(PROGRAM))
                .hasValueSatisfying(c -> assertThat(c.length()).isLessThan(200));
        StringBuilder longer = new StringBuilder("package main\n\nfunc main() {\n");
        long state = 1;
        while (ProgramLinkCodec.inline(longer + "}\n").isPresent()) {
            state = state * 6364136223846793005L + 1442695040888963407L; // text that compresses like code
            longer.append("\tprintln(").append(Long.toHexString(state >>> 20)).append(")\n");
        }
        String over = longer + "}\n";
        assertThat(CompactText.encode(over).length()).isGreaterThan(ProgramLinkCodec.INLINE_MAX_CHARS);
        assertThat(over.length()).as("about 4 KiB of Go goes inline").isGreaterThan(3000);
        assertThat(ProgramLinkCodec.inline("x".repeat(20_000)))
                .as("text that expands past the ratio cap is never written inline")
                .isEmpty();
    }
}
