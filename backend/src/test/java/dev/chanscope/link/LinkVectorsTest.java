package dev.chanscope.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.ScenarioCatalog;
import dev.chanscope.support.ProjectPaths;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server reads every link in frontend/src/app/link-vectors.json exactly as the browser does: the
 * same state, the same problems in the same order, word for word (link.test.ts checks the browser).
 */
class LinkVectorsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ScenarioCatalog CATALOG = dev.chanscope.scenario.library.Library.catalog();

    static JsonNode vectors() throws Exception {
        return JSON.readTree(
                Files.readString(ProjectPaths.repositoryRoot().resolve("frontend/src/app/link-vectors.json")));
    }

    /** As read from text, so that numbers compare by value rather than by Java type. */
    static JsonNode tree(Object value) {
        return JSON.readTree(JSON.writeValueAsString(value));
    }

    static Stream<JsonNode> cases() throws Exception {
        return vectors().get("cases").valueStream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void theServerReadsEachLinkAsTheBrowserDoes(JsonNode c) {
        LinkCodec.Decoded d = new LinkCodec(CATALOG, LinkCodec.FALLBACK_SCENARIO)
                .decode(c.get("query").asString());
        assertThat(tree(d.link().asMap())).as(c.get("name").asString()).isEqualTo(c.get("state"));
        List<Map<String, String>> problems = d.problems().stream()
                .map(p -> Map.of("param", p.param(), "message", p.message()))
                .toList();
        assertThat(tree(problems)).as(c.get("name").asString()).isEqualTo(c.get("problems"));
    }

    /** The vectors' catalog (what the browser test decodes against) is the server's real one. */
    @Test
    void theVectorsCatalogIsTheLibrarys() throws Exception {
        JsonNode vectors = vectors();
        assertThat(vectors.get("fallback").asString()).isEqualTo(LinkCodec.FALLBACK_SCENARIO);
        for (JsonNode s : vectors.get("catalog")) {
            List<ParamSpec> specs =
                    CATALOG.find(s.get("id").asString()).orElseThrow().params();
            List<Map<String, Object>> expected = specs.stream()
                    .map(p -> {
                        Map<String, Object> x = new LinkedHashMap<>();
                        x.put("name", p.name());
                        x.put("type", p.type().wireName());
                        x.put("default", p.defaultValue());
                        if (p.min() != null) {
                            x.put("min", p.min());
                        }
                        if (p.max() != null) {
                            x.put("max", p.max());
                        }
                        if (p.options() != null) {
                            x.put("options", p.options());
                        }
                        return x;
                    })
                    .toList();
            assertThat(s.get("params")).isEqualTo(tree(expected));
        }
    }
}
