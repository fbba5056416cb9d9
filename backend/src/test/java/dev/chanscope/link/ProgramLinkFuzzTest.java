package dev.chanscope.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The program-link reader takes any text: it answers a program within every bound, or the fallback
 * scenario's run, with problems that name a query parameter — never an exception — and the link it
 * writes for a program reads back as the same program with no problems.
 *
 * <p>Regression mode replays {@code ProgramLinkFuzzTestInputs/<method>/}; fuzzing:
 * docs/RELIABILITY.md.
 */
class ProgramLinkFuzzTest {

    static final ProgramLinkCodec CODEC = new ProgramLinkCodec(LinkCodec.FALLBACK_SCENARIO);

    @FuzzTest(maxDuration = "5m")
    void anyProgramQuery(byte[] input) {
        String query = new String(input, StandardCharsets.UTF_8);
        ProgramLinkCodec.Decoded d = CODEC.lookUp(CODEC.decode(query), id -> Optional.of("package main\n"));
        for (LinkProblem p : d.problems()) {
            assertThat(p.param()).as("problem for %s", query).isNotNull();
            assertThat(p.message()).isNotBlank();
        }
        if (d.program() == null) {
            assertThat(d.fallback().scenario()).isEqualTo(LinkCodec.FALLBACK_SCENARIO);
            LinkFuzzTest.PARSER.parse(d.fallback().runRequest(), "");
            return;
        }
        ProgramLink l = d.program();
        assertThat(l.source()).isNotEmpty().doesNotContain("\u0000");
        assertThat(l.source().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(65_536);
        assertThat(l.procs()).isBetween(1, LinkCodec.MAX_PROCS);
        assertThat(Math.abs(l.seed())).isLessThanOrEqualTo(LinkCodec.MAX_SAFE);
        assertThat(l.interventions()).hasSizeLessThanOrEqualTo(LinkCodec.MAX_INTERVENTIONS);
        assertThat(l.goVersion()).matches("1\\.(0|[1-9][0-9]?)");

        String canonical = CODEC.encode(l);
        ProgramLinkCodec.Decoded again = CODEC.lookUp(CODEC.decode(canonical), id -> Optional.of(l.source()));
        assertThat(again.problems()).as("%s rewritten as %s", query, canonical).isEmpty();
        assertThat(again.program()).isEqualTo(l);
        assertThat(CODEC.encode(again.program())).isEqualTo(canonical);
    }
}
