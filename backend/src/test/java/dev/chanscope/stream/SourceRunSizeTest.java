package dev.chanscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.lang.GoCompiler;
import dev.chanscope.support.Http;
import dev.chanscope.support.WsTestClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Programs up to {@link GoCompiler#MAX_SOURCE_BYTES} run whatever their JSON looks like, and one byte
 * more is refused with the program's size and the limit — not with a bound of JSON — on every way in:
 * {@code POST /api/runs}, the socket's {@code start}, {@code /compile} and {@code /fmt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourceRunSizeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOO_LARGE =
            "the program is 65537 bytes; Chanscope runs programs of at most 65536 bytes";

    @LocalServerPort
    int port;

    @Test
    void aSixtyKibProgramRunsOverRestAndOverTheSocket() throws Exception {
        LargeProgram p = LargeProgram.of(60 * 1024);
        assertThat(p.source().length()).isGreaterThan(16 * 1024); // over the old JSON string bound
        String run = JSON.writeValueAsString(Map.of("source", p.source(), "seed", 1));
        HttpResponse<String> r = Http.postJson(port, "/api/runs", run);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("stdout").asString()).isEqualTo(p.output());
        assertThat(body.get("exitCode").asInt()).isZero();

        try (WsTestClient ws = socket()) {
            ws.send(Map.of("type", "start", "v", 1, "run", Map.of("source", p.source(), "seed", 1)));
            assertThat(ws.awaitText("meta", WAIT).at("/run/source").asString()).isEqualTo(p.source());
            JsonNode end = ws.awaitText("end", WAIT);
            assertThat(end.get("exitCode").asInt()).isZero();
            assertThat(end.get("digest").asString())
                    .isEqualTo(body.get("digest").asString());
        }
    }

    /** The longest JSON a program can be: 64 KiB of ASCII with every character a six-character escape. */
    @Test
    void aFullSizeProgramWithEveryCharacterEscapedStillFits() throws Exception {
        LargeProgram p = LargeProgram.ascii(GoCompiler.MAX_SOURCE_BYTES);
        assertThat(p.source().getBytes(StandardCharsets.UTF_8)).hasSize(GoCompiler.MAX_SOURCE_BYTES);
        String run = "{\"source\": \"" + escapeEverything(p.source()) + "\", \"seed\": 1}";
        assertThat(run.length()).isGreaterThan(6 * GoCompiler.MAX_SOURCE_BYTES);

        HttpResponse<String> r = Http.postJson(port, "/api/runs", run);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("stdout").asString()).isEqualTo(p.output());

        try (WsTestClient ws = socket()) {
            ws.sendText("{\"type\": \"start\", \"v\": 1, \"run\": " + run + "}");
            assertThat(ws.awaitText("meta", WAIT).at("/run/source").asString()).isEqualTo(p.source());
            assertThat(ws.awaitText("end", WAIT).get("exitCode").asInt()).isZero();
        }
    }

    @Test
    void oneByteOverTheLimitGetsTheProgramsSizeOverRest() throws Exception {
        String source = LargeProgram.ascii(GoCompiler.MAX_SOURCE_BYTES + 1).source();
        // escaped as JSON allows, so the body is far over the old bounds and within the new one
        String run = "{\"source\": \"" + escapeEverything(source) + "\"}";
        HttpResponse<String> r = Http.postJson(port, "/api/runs", run);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode error = JSON.readTree(r.body()).get("errors").get(0);
        assertThat(error.get("path").asString()).isEqualTo("source");
        assertThat(error.get("message").asString()).isEqualTo(TOO_LARGE);
    }

    @Test
    void oneByteOverTheLimitGetsTheProgramsSizeOverTheSocket() {
        String source = LargeProgram.of(GoCompiler.MAX_SOURCE_BYTES + 1).source();
        try (WsTestClient ws = socket()) {
            ws.send(Map.of("type", "start", "v", 1, "run", Map.of("source", source)));
            JsonNode error = ws.awaitText("error", WAIT);
            assertThat(error.get("code").asString()).isEqualTo("invalid-request");
            assertThat(error.get("errors").get(0).get("path").asString()).isEqualTo("source");
            assertThat(error.get("errors").get(0).get("message").asString()).isEqualTo(TOO_LARGE);
            // the socket stays usable: the same program within the limit runs
            LargeProgram fits = LargeProgram.of(GoCompiler.MAX_SOURCE_BYTES);
            ws.send(Map.of("type", "start", "v", 1, "run", Map.of("source", fits.source())));
            assertThat(ws.awaitText("end", WAIT).get("exitCode").asInt()).isZero();
            assertThat(ws.closure()).isEmpty();
        }
    }

    @Test
    void thePlaygroundEndpointsNameTheSizeToo() throws Exception {
        LargeProgram fits = LargeProgram.of(GoCompiler.MAX_SOURCE_BYTES);
        JsonNode ran = JSON.readTree(Http.postForm(port, "/compile", Map.of("body", fits.source(), "version", "2"))
                .body());
        assertThat(ran.get("Errors").asString()).isEmpty();
        assertThat(ran.get("Events").get(0).get("Message").asString()).isEqualTo(fits.output());

        String over = LargeProgram.of(GoCompiler.MAX_SOURCE_BYTES + 1).source();
        JsonNode compiled = JSON.readTree(Http.postForm(port, "/compile", Map.of("body", over, "version", "2"))
                .body());
        assertThat(compiled.get("Errors").asString()).isEqualTo("prog.go: " + TOO_LARGE + "\n");
        assertThat(compiled.get("Events").isNull()).isTrue();
        JsonNode formatted =
                JSON.readTree(Http.postForm(port, "/fmt", Map.of("body", over)).body());
        assertThat(formatted.get("Body").asString()).isEmpty();
        assertThat(formatted.get("Error").asString()).isEqualTo("prog.go: " + TOO_LARGE + "\n");
    }

    /** A form over the container's 2 MB bound is refused whole, never read as an empty program. */
    @Test
    void aFormOverTheContainersBoundIsA413() throws Exception {
        String huge = "x".repeat(3 * 1024 * 1024);
        assertThat(Http.postForm(port, "/compile", Map.of("body", huge, "version", "2"))
                        .statusCode())
                .isEqualTo(413);
        assertThat(Http.postForm(port, "/fmt", Map.of("body", huge)).statusCode())
                .isEqualTo(413);
    }

    private WsTestClient socket() {
        return WsTestClient.connect(URI.create("ws://localhost:" + port + "/ws/runs"));
    }

    /** Every character as a JSON escape of six characters, the longest way JSON can write it. */
    static String escapeEverything(String s) {
        StringBuilder b = new StringBuilder(6 * s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(String.format("\\u%04x", (int) s.charAt(i)));
        }
        return b.toString();
    }
}
