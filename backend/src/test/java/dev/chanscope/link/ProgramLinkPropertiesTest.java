package dev.chanscope.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.scenario.RunCases;
import dev.chanscope.snippet.SnippetId;
import dev.chanscope.support.Example;
import dev.chanscope.support.JavaSource;
import dev.chanscope.support.PropertyTest;
import dev.chanscope.support.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any program link the page can hold — a program inline or by snippet, any language version and
 * settings — survives the trip through its link, and the link says {@code v=3} and its {@code
 * goVersion}. Each property checks {@value Seeds#FIXED} fixed cases; {@code -Pexplore} draws new ones.
 */
class ProgramLinkPropertiesTest {

    static final ProgramLinkCodec CODEC = new ProgramLinkCodec(LinkCodec.FALLBACK_SCENARIO);

    /** A program link's state (an inline program's {@code code} is computed from its text). */
    record ProgramCase(
            String source,
            boolean inline,
            String goVersion,
            long seed,
            int procs,
            List<ShareLink.Step> interventions,
            Long t,
            boolean present,
            boolean embed)
            implements Example {

        ProgramLink link() {
            return inline
                    ? new ProgramLink(
                            source,
                            CompactText.encode(source),
                            null,
                            goVersion,
                            seed,
                            procs,
                            interventions,
                            t,
                            present,
                            embed)
                    : new ProgramLink(
                            null,
                            null,
                            SnippetId.candidates(source).getFirst(),
                            goVersion,
                            seed,
                            procs,
                            interventions,
                            t,
                            present,
                            embed);
        }

        @Override
        public String java() {
            List<String> steps = interventions.stream()
                    .map(s -> "new dev.chanscope.link.ShareLink.Step(" + JavaSource.string(s.kind()) + ", "
                            + JavaSource.string(s.target()) + ", " + s.afterSeq() + "L)")
                    .toList();
            return "new ProgramLinkPropertiesTest.ProgramCase(" + JavaSource.string(source) + ", " + inline + ", "
                    + JavaSource.string(goVersion) + ", " + seed + "L, " + procs + ", " + JavaSource.list(steps) + ", "
                    + JavaSource.value(t) + ", " + present + ", " + embed + ")";
        }
    }

    static ProgramCase program(long caseSeed) {
        SplittableRandom random = new SplittableRandom(caseSeed);
        StringBuilder source = new StringBuilder("package main\n\nfunc main() {\n");
        int lines = random.nextInt(0, 80);
        for (int i = 0; i < lines; i++) {
            String text = LinkCases.text(random.nextLong()).text().replace('\u0000', ' ');
            int end = text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), 60));
            source.append('\t').append("// ").append(text, 0, end).append('\n');
        }
        source.append("}\n");
        String goVersion = random.nextInt(4) == 0 ? "1." + random.nextInt(0, 100) : "1.22";
        int count = random.nextInt(3) == 0 ? random.nextInt(1, 40) : 0;
        List<ShareLink.Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            steps.add(LinkCases.step(random));
        }
        // Inline only when it can be (random text compresses little): else the page would save a snippet.
        boolean inline =
                random.nextBoolean() && CompactText.encodeReadable(source.toString(), ProgramLinkCodec.CODE) != null;
        return new ProgramCase(
                source.toString(),
                inline,
                goVersion,
                RunCases.between(random, -LinkCodec.MAX_SAFE, LinkCodec.MAX_SAFE),
                RunCases.between(random, 1, LinkCodec.MAX_PROCS),
                steps,
                random.nextInt(10) < 3 ? null : RunCases.between(random, 0, LinkCodec.MAX_SAFE),
                random.nextBoolean(),
                random.nextBoolean());
    }

    @PropertyTest
    @MethodSource("programs")
    void decodingAnEncodedProgramLinkGivesBackItsState(ProgramCase c) {
        ProgramLink link = c.link();
        String text = CODEC.encode(link);
        ProgramLinkCodec.Decoded d = CODEC.decode(text);
        assertThat(d.problems()).as(text).isEmpty();
        assertThat(d.program()).as(text).isEqualTo(link);
        assertThat(text).startsWith("?v=3&").contains("&goVersion=" + c.goVersion());
        assertThat(ProgramLinkCodec.carriesProgram(text)).isTrue();
        if (c.inline()) {
            assertThat(d.program().source()).isEqualTo(c.source());
        }
    }

    static Stream<ProgramCase> programs() {
        return Seeds.cases(ProgramLinkPropertiesTest::program);
    }
}
