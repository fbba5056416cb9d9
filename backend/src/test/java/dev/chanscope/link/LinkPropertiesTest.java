package dev.chanscope.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.RunArbitraries;
import dev.chanscope.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any link state the page can hold survives the trip through a link, readable or compact. */
class LinkPropertiesTest {

    static final LinkCodec CODEC = new LinkCodec(RunArbitraries.CATALOG, LinkCodec.FALLBACK_SCENARIO);

    @Property
    void decodingAnEncodedLinkGivesBackItsState(@ForAll("links") ShareLink link) {
        String text = CODEC.encode(link);
        LinkCodec.Decoded d = CODEC.decode(text);
        assertThat(d.problems()).as(text).isEmpty();
        assertThat(d.link()).as(text).isEqualTo(link);
        assertThat(text).startsWith(text.contains("iz=") ? "?v=2&" : "?v=1&");
    }

    @Property
    void compactTextRoundTrips(@ForAll("texts") String text) throws CompactText.Invalid {
        String compact = CompactText.encode(text);
        assertThat(compact.length()).isLessThanOrEqualTo(CompactText.MAX_CHARS);
        try {
            assertThat(CompactText.decode(compact)).isEqualTo(text);
        } catch (CompactText.Invalid refused) {
            // the one refusal allowed: a text so repetitive that it expands past the ratio cap
            long deflated = Base64.getUrlDecoder().decode(compact).length;
            assertThat((long) text.getBytes(StandardCharsets.UTF_8).length)
                    .as(refused.getMessage())
                    .isGreaterThan(CompactText.MAX_RATIO * deflated);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .all()
                .ofMaxLength(1500) // 4 UTF-8 bytes a character at most: the payload always fits iz's caps
                .filter(s -> s.codePoints().noneMatch(c -> Character.isSurrogate((char) c) && c < 0x10000));
    }

    @Provide
    Arbitrary<ShareLink> links() {
        return Arbitraries.of(RunArbitraries.CATALOG.all())
                .flatMap(s -> Combinators.combine(
                                nonDefaultParams(s),
                                Arbitraries.longs().between(-LinkCodec.MAX_SAFE, LinkCodec.MAX_SAFE),
                                Arbitraries.integers().between(1, LinkCodec.MAX_PROCS),
                                steps().list().ofMaxSize(LinkCodec.MAX_INTERVENTIONS),
                                Arbitraries.longs()
                                        .between(0, LinkCodec.MAX_SAFE)
                                        .injectNull(0.3),
                                Arbitraries.of(true, false),
                                Arbitraries.of(true, false))
                        .as((params, seed, procs, steps, t, present, embed) ->
                                new ShareLink(s.id(), params, seed, procs, steps, t, present, embed)));
    }

    /** A link lists only the values that differ from the defaults. */
    static Arbitrary<Map<String, Object>> nonDefaultParams(Scenario s) {
        return RunArbitraries.params(s).map(m -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (ParamSpec spec : s.params()) {
                Object v = m.get(spec.name());
                if (v != null && !v.equals(spec.defaultValue())) {
                    out.put(spec.name(), v);
                }
            }
            return out;
        });
    }

    static Arbitrary<ShareLink.Step> steps() {
        Arbitrary<String> names = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .withChars('#', '-', '_', ' ', '@', ':', '.', 'é', '€', '+', '%', '&', '=')
                .ofMinLength(1)
                .ofMaxLength(LinkCodec.MAX_TARGET - 1)
                .map(n -> "g" + n);
        Arbitrary<String> targets = Arbitraries.oneOf(
                Arbitraries.of("shutdown", "jobs", "main", "worker 2"),
                Arbitraries.integers().between(0, 50).map(i -> "#" + i),
                names);
        return Combinators.combine(
                        Arbitraries.of(LinkCodec.KINDS),
                        targets,
                        Arbitraries.longs().between(0, LinkCodec.MAX_SAFE))
                .as(ShareLink.Step::new);
    }
}
