package dev.chanscope.stream.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.link.CompactText;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.support.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/links/resolve} for links that carry a program: the program's text (a snippet looked
 * up), its language version and settings as the Go-source run request; the fallback scenario's run
 * when the program cannot be had, with the problem that says why.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chanscope.warmup.enabled=false"})
class ProgramLinkResolveTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROGRAM =
            "package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n\t" + "println(<-ch)\n}\n";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void snippetsDir(DynamicPropertyRegistry r) {
        r.add("chanscope.snippets.dir", () -> dir.toString());
    }

    @LocalServerPort
    int port;

    private JsonNode resolve(String query) throws Exception {
        HttpResponse<String> r = Http.get(port, "/api/links/resolve" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void anInlineProgramResolvesToItsTextVersionAndSettings() throws Exception {
        String code = CompactText.encode(PROGRAM);
        JsonNode r = resolve("?v=3&code=" + code + "&goVersion=1.21&seed=42&procs=2&i=run-next:%232@5&t=9");
        assertThat(r.get("problems")).isEmpty();
        assertThat(r.get("run"))
                .isEqualTo(JSON.readTree(JSON.writeValueAsString(Map.of(
                        "source",
                        PROGRAM,
                        "goVersion",
                        "1.21",
                        "seed",
                        42,
                        "gomaxprocs",
                        2,
                        "interventions",
                        java.util.List.of(Map.of("kind", "run-next", "target", "#2", "afterSeq", 5))))));
        assertThat(r.get("playhead").asLong()).isEqualTo(9);
        assertThat(r.get("link").asString())
                .isEqualTo("?v=3&code=" + code + "&goVersion=1.21&seed=42&procs=2&i=run-next%3A%232%405&t=9");
        assertThat(r.get("state").get("source").asString()).isEqualTo(PROGRAM);
        assertThat(r.get("state").get("snippet").isNull()).isTrue();
    }

    @Test
    void aSnippetLinkResolvesToTheSavedProgram() throws Exception {
        HttpResponse<String> saved =
                Http.postJson(port, "/api/snippets", JSON.writeValueAsString(Map.of("source", PROGRAM)));
        String id = JSON.readTree(saved.body()).get("id").asString();
        JsonNode r = resolve("?p=" + id + "&seed=3");
        assertThat(r.get("problems")).isEmpty();
        assertThat(r.get("run").get("source").asString()).isEqualTo(PROGRAM);
        assertThat(r.get("state").get("snippet").asString()).isEqualTo(id);
        assertThat(r.get("link").asString()).isEqualTo("?v=3&p=" + id + "&goVersion=1.22&seed=3");

        JsonNode both = resolve("?p=" + id + "&code=" + CompactText.encode("package main\n"));
        assertThat(both.get("run").get("source").asString()).isEqualTo("package main\n");
        assertThat(both.get("problems").get(0).get("message").asString())
                .isEqualTo("the link has both code and p; using code");
    }

    /** The fallback run is a run request like any other: the server runs it as it stands. */
    @Test
    void aProgramThatCannotBeHadResolvesToTheFallbackScenarioAndSaysWhy() throws Exception {
        JsonNode missing = resolve("?p=AAAAAAAAAAAA&seed=4");
        assertThat(missing.get("run").get("scenario").asString()).isEqualTo("unbuffered-handoff");
        assertThat(missing.get("run").get("seed").asLong()).isEqualTo(4);
        assertThat(missing.get("link").asString()).isEqualTo("?v=1&s=unbuffered-handoff&seed=4");
        assertThat(missing.get("problems").get(0).get("param").asString()).isEqualTo("p");
        assertThat(missing.get("problems").get(0).get("message").asString())
                .isEqualTo("there is no snippet AAAAAAAAAAAA; showing unbuffered-handoff instead");
        HttpResponse<String> ran = Http.postJson(port, "/api/runs", JSON.writeValueAsString(missing.get("run")));
        assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);

        JsonNode broken = resolve("?code=" + URLEncoder.encode("not base64!", StandardCharsets.UTF_8));
        assertThat(broken.get("run").get("scenario").asString()).isEqualTo("unbuffered-handoff");
        assertThat(broken.get("problems").get(0).get("message").asString())
                .isEqualTo("code is not unpadded base64url text (A-Z a-z 0-9 - _); showing unbuffered-handoff instead");
    }

    /** The longest link a reader accepts — code and iz at their bounds — opens as a page and resolves. */
    @Test
    void theLongestReadableLinkOpensAndResolves() throws Exception {
        // One stored DEFLATE block (header 01 FB 17 04 E8) of 6,139 "a": exactly 8,192 characters.
        String code = "AfsXBOhh" + "YWFh".repeat(2046);
        assertThat(code).hasSize(8192);
        StringBuilder steps = new StringBuilder();
        long x = 1;
        for (int k = 0; k < RunRequestParser.MAX_INTERVENTIONS; k++) { // targets that compress little
            steps.append(k == 0 ? "" : ",").append("run-next:g");
            for (int part = 0; part < 4; part++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                steps.append(Long.toHexString((x >>> 32) | 0x8000_0000L)); // 8 hex digits
            }
            steps.append("@1");
        }
        String iz = CompactText.encodeReadable(steps.toString());
        assertThat(iz.length()).isGreaterThan(6000).isLessThanOrEqualTo(8192);
        String query = "?v=3&code=" + code + "&iz=" + iz + "&seed=42&procs=2&t=100";
        JsonNode r = resolve(query);
        assertThat(r.get("problems")).isEmpty();
        assertThat(r.get("run").get("source").asString()).hasSize(6139);
        HttpResponse<String> page = Http.get(port, "/" + query);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
    }

    @Test
    void aScenarioLinkIsStillAScenarioLink() throws Exception {
        JsonNode r = resolve("?s=worker-pool&workers=4&goVersion=1.21");
        assertThat(r.get("run").get("scenario").asString()).isEqualTo("worker-pool");
        assertThat(r.get("problems").get(0).get("message").asString())
                .isEqualTo("worker-pool has no parameter \"goVersion\"; ignored");
    }
}
