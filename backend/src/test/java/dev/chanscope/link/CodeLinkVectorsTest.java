package dev.chanscope.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.snippet.SnippetId;
import dev.chanscope.snippet.SnippetText;
import dev.chanscope.support.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server reads every link of frontend/src/app/code-link-vectors.json exactly as the file says —
 * state, problems in order and word for word, and the link written canonically — which is what the
 * browser's reader of program links is held to as well. The file is written from {@link
 * CodeLinkCases} by {@code ./mvnw -o -q -pl backend -Dtest=CodeLinkVectorsTest -Dvectors.write=true
 * test}, then read by a person before it is committed.
 */
class CodeLinkVectorsTest {

    static final Path FILE = ProjectPaths.repositoryRoot().resolve("frontend/src/app/code-link-vectors.json");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ProgramLinkCodec CODEC = new ProgramLinkCodec(LinkCodec.FALLBACK_SCENARIO);
    static final LinkCodec SCENARIOS =
            new LinkCodec(dev.chanscope.scenario.library.Library.catalog(), LinkCodec.FALLBACK_SCENARIO);

    /** What the server makes of a decoded link: its state, problems and canonical link. */
    static Map<String, Object> expected(ProgramLinkCodec.Decoded d) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (d.program() != null) {
            m.put("state", d.program().asMap());
            m.put("link", CODEC.encode(d.program()));
        } else {
            m.put("state", d.fallback().asMap());
            m.put("link", SCENARIOS.encode(d.fallback()));
        }
        m.put(
                "problems",
                d.problems().stream()
                        .map(p -> Map.of("param", p.param(), "message", p.message()))
                        .toList());
        return m;
    }

    static JsonNode tree(Object value) {
        return JSON.readTree(JSON.writeValueAsString(value));
    }

    static JsonNode vectors() throws Exception {
        return JSON.readTree(Files.readString(FILE));
    }

    static Stream<JsonNode> cases() throws Exception {
        return vectors().get("cases").valueStream();
    }

    static Stream<JsonNode> lookups() throws Exception {
        return vectors().get("lookups").valueStream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void theServerReadsEachProgramLinkAsTheVectorsSay(JsonNode c) {
        Map<String, Object> got = expected(CODEC.decode(c.get("query").asString()));
        String name = c.get("name").asString();
        assertThat(tree(got.get("state"))).as(name).isEqualTo(c.get("state"));
        assertThat(tree(got.get("problems"))).as(name).isEqualTo(c.get("problems"));
        assertThat(got.get("link")).as(name).isEqualTo(c.get("link").asString());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("lookups")
    void theServerLooksUpEachSnippetAsTheVectorsSay(JsonNode c) {
        Map<String, String> held = new LinkedHashMap<>();
        c.get("snippets")
                .properties()
                .forEach(e -> held.put(e.getKey(), e.getValue().asString()));
        Map<String, Object> got = expected(
                CODEC.lookUp(CODEC.decode(c.get("query").asString()), id -> Optional.ofNullable(held.get(id))));
        String name = c.get("name").asString();
        assertThat(tree(got.get("state"))).as(name).isEqualTo(c.get("state"));
        assertThat(tree(got.get("problems"))).as(name).isEqualTo(c.get("problems"));
        assertThat(got.get("link")).as(name).isEqualTo(c.get("link").asString());
    }

    /** The bounds the file states are the server's, and every case of {@link CodeLinkCases} is in it. */
    @Test
    void theVectorsBoundsAndCasesAreTheServers() throws Exception {
        JsonNode v = vectors();
        assertThat(v.get("bounds")).isEqualTo(tree(bounds()));
        assertThat(v.get("cases").valueStream().map(c -> c.get("name").asString()))
                .containsExactlyElementsOf(CodeLinkCases.queries().keySet());
    }

    static Map<String, Object> bounds() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("version", ProgramLinkCodec.VERSION);
        b.put("defaultGoVersion", ProgramLinkCodec.DEFAULT_GO_VERSION);
        b.put("codeMaxChars", ProgramLinkCodec.CODE.maxChars());
        b.put("codeMaxOutput", ProgramLinkCodec.CODE.maxOutput());
        b.put("codeMaxRatio", ProgramLinkCodec.CODE.maxRatio());
        b.put("inlineMaxChars", ProgramLinkCodec.INLINE_MAX_CHARS);
        b.put("snippetMaxBytes", SnippetText.MAX_BYTES);
        b.put("snippetIdLengths", SnippetId.LENGTHS);
        return b;
    }

    @Test
    @EnabledIfSystemProperty(named = "vectors.write", matches = "true")
    void writeTheVectors() throws Exception {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("fallback", LinkCodec.FALLBACK_SCENARIO);
        file.put("bounds", bounds());
        List<Object> cases = new ArrayList<>();
        CodeLinkCases.queries().forEach((name, query) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", name);
            c.put("query", query);
            c.putAll(expected(CODEC.decode(query)));
            cases.add(c);
        });
        file.put("cases", cases);
        List<Object> lookups = new ArrayList<>();
        CodeLinkCases.lookups().forEach((name, l) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", name);
            c.put("query", l.query());
            c.put("snippets", l.snippets());
            c.putAll(expected(CODEC.lookUp(
                    CODEC.decode(l.query()),
                    id -> Optional.ofNullable(l.snippets().get(id)))));
            lookups.add(c);
        });
        file.put("lookups", lookups);
        Files.writeString(
                FILE,
                JSON.rebuild()
                                .enable(SerializationFeature.INDENT_OUTPUT)
                                .build()
                                .writeValueAsString(file)
                        + "\n");
    }
}
