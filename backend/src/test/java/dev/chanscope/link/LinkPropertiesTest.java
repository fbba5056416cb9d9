package dev.chanscope.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.scenario.RunCases;
import dev.chanscope.support.PropertyTest;
import dev.chanscope.support.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any link state the page can hold survives the trip through a link, readable or compact. Each property
 * checks {@value Seeds#FIXED} fixed cases ({@link LinkCases}); {@code -Pexplore} draws new ones.
 */
class LinkPropertiesTest {

    static final LinkCodec CODEC = new LinkCodec(RunCases.CATALOG, LinkCodec.FALLBACK_SCENARIO);

    @PropertyTest
    @MethodSource("links")
    void decodingAnEncodedLinkGivesBackItsState(LinkCases.LinkCase c) {
        ShareLink link = c.link();
        String text = CODEC.encode(link);
        LinkCodec.Decoded d = CODEC.decode(text);
        assertThat(d.problems()).as(text).isEmpty();
        assertThat(d.link()).as(text).isEqualTo(link);
        assertThat(text).startsWith(text.contains("iz=") ? "?v=2&" : "?v=1&");
    }

    @PropertyTest
    @MethodSource("texts")
    void compactTextRoundTrips(LinkCases.TextCase c) throws CompactText.Invalid {
        String text = c.text();
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

    static Stream<LinkCases.LinkCase> links() {
        return Seeds.cases(LinkCases::link);
    }

    static Stream<LinkCases.TextCase> texts() {
        return Seeds.cases(LinkCases::text);
    }
}
