package dev.chanscope.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.ScenarioCatalog;
import dev.chanscope.scenario.ScenarioResolver;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The server's link reader takes any text: it answers with a state within every bound (one the run
 * parser accepts as it is) and problems that name a query parameter — never an exception — and the
 * link it writes for that state reads back as the same state with no problems. The compact form is
 * held to its caps on any bytes.
 *
 * <p>Regression mode replays {@code LinkFuzzTestInputs/<method>/}; fuzzing:
 * docs/RELIABILITY.md.
 */
class LinkFuzzTest {

    static final ScenarioCatalog CATALOG = dev.chanscope.scenario.library.Library.catalog();
    static final LinkCodec CODEC = new LinkCodec(CATALOG, LinkCodec.FALLBACK_SCENARIO);
    static final RunRequestParser PARSER = new RunRequestParser(RunLimits.DEFAULT, new ScenarioResolver(CATALOG));

    @FuzzTest(maxDuration = "5m")
    void anyQueryString(byte[] input) {
        String query = new String(input, StandardCharsets.UTF_8);
        LinkCodec.Decoded d = CODEC.decode(query);
        for (LinkProblem p : d.problems()) {
            assertThat(p.param()).as("problem for %s", query).isNotNull();
            assertThat(p.message()).isNotBlank();
        }
        ShareLink link = d.link();
        Scenario scenario = CATALOG.find(link.scenario()).orElseThrow();
        for (var e : link.params().entrySet()) {
            ParamSpec spec = scenario.params().stream()
                    .filter(s -> s.name().equals(e.getKey()))
                    .findFirst()
                    .orElseThrow();
            if (e.getValue() instanceof Long n) {
                assertThat(n).isBetween(spec.min(), spec.max());
            }
        }
        assertThat(link.procs()).isBetween(1, LinkCodec.MAX_PROCS);
        assertThat(Math.abs(link.seed())).isLessThanOrEqualTo(LinkCodec.MAX_SAFE);
        assertThat(link.interventions()).hasSizeLessThanOrEqualTo(LinkCodec.MAX_INTERVENTIONS);
        // Whatever a link holds is a valid run request: the parser's own bounds are never crossed.
        PARSER.parse(link.runRequest(), "");

        // Rewritten canonically (defaults left out), it reads back as the same run and moment, cleanly.
        String canonical = CODEC.encode(link);
        LinkCodec.Decoded again = CODEC.decode(canonical);
        assertThat(again.problems()).as("%s rewritten as %s", query, canonical).isEmpty();
        assertThat(CODEC.encode(again.link())).isEqualTo(canonical);
        assertThat(PARSER.parse(again.link().runRequest(), "").normalized())
                .isEqualTo(PARSER.parse(link.runRequest(), "").normalized());
        assertThat(again.link().t()).isEqualTo(link.t());
    }

    /** Any bytes as a compressed payload: a clear refusal, or text within the caps and nothing after it. */
    @FuzzTest(maxDuration = "5m")
    void anyCompressedPayload(byte[] deflated) throws CompactText.Invalid {
        String compact = Base64.getUrlEncoder().withoutPadding().encodeToString(deflated);
        String text;
        try {
            text = CompactText.decode(compact);
        } catch (CompactText.Invalid e) {
            assertThat(e.getMessage()).startsWith("iz ");
            return;
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isLessThanOrEqualTo(CompactText.MAX_OUTPUT);
        assertThat((long) bytes).isLessThanOrEqualTo((long) CompactText.MAX_RATIO * deflated.length);
        byte[] withTrailer = Arrays.copyOf(deflated, deflated.length + 1);
        if (Base64.getUrlEncoder().withoutPadding().encodeToString(withTrailer).length() > CompactText.MAX_CHARS) {
            return;
        }
        assertThatThrownBy(() -> CompactText.decode(
                        Base64.getUrlEncoder().withoutPadding().encodeToString(withTrailer)))
                .isInstanceOf(CompactText.Invalid.class)
                .hasMessageContaining("after the end of its DEFLATE stream");
        // What the encoders write is always readable: the compact form of this text, if they use it.
        String again = CompactText.encodeReadable(text);
        if (again != null) {
            assertThat(CompactText.decode(again)).isEqualTo(text);
        }
    }
}
