package dev.chanscope.stream.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Engine;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.support.Http;
import dev.chanscope.wire.StreamDigest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/runs} and the catalog, against the running app. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunRestTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    RunRequestParser parser;

    private HttpResponse<String> post(String path, String body) throws Exception {
        return Http.postJson(port, path, body);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return Http.get(port, path);
    }

    @Test
    void aRunOverRestCarriesTheSameDigestAsTheLiveStream() throws Exception {
        Map<String, Object> run = Map.of("scenario", "unbuffered-handoff", "params", Map.of("messages", 4), "seed", 3);
        HttpResponse<String> r = post("/api/runs", JSON.writeValueAsString(run));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        PreparedRun prepared = parser.parse(run, "");
        StreamDigest digest = new StreamDigest();
        Engine.run(prepared.program(), prepared.config(), digest);
        assertThat(body.get("digest").asString()).isEqualTo(digest.hex());
        assertThat(body.get("outcome").asString()).isEqualTo("completed");
        assertThat(body.get("events").size())
                .isEqualTo(body.at("/stats/events").asInt())
                .isEqualTo((int) digest.events());
        JsonNode first = body.get("events").get(0);
        assertThat(first.get("type").asString()).isEqualTo("go-create");
        assertThat(first.get("name").asString()).isEqualTo("main");
        assertThat(body.get("diagnostics").isArray()).isTrue();
    }

    @Test
    void aRunExportsAsAChromeTraceWithGoroutinesAsThreadsAndItemsAsFlows() throws Exception {
        HttpResponse<String> r = post("/api/runs?format=chrome-trace", "{\"scenario\":\"unbuffered-handoff\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode events = JSON.readTree(r.body()).get("traceEvents");
        assertThat(events.valueStream()
                        .filter(e -> e.path("name").asString("").equals("thread_name"))
                        .map(e -> e.at("/args/name").asString()))
                .contains("main (g1)", "sender (g2)");
        long starts = events.valueStream()
                .filter(e -> e.get("ph").asString().equals("s"))
                .count();
        long finishes = events.valueStream()
                .filter(e -> e.get("ph").asString().equals("f"))
                .count();
        assertThat(starts).isEqualTo(5).isEqualTo(finishes);
        assertThat(events.valueStream()
                        .filter(e -> e.get("ph").asString().equals("B"))
                        .count())
                .isPositive();
    }

    @Test
    void badRequestsAreProblemDocumentsWithEveryErrorAndItsPath() throws Exception {
        HttpResponse<String> malformed = post("/api/runs", "{\"scenario\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at dev.");

        HttpResponse<String> invalid = post("/api/runs", "{\"scenario\":\"nope\",\"seed\":\"x\",\"gomaxprocs\":0}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(invalid.body());
        assertThat(problem.get("errors").valueStream().map(e -> e.get("path").asString()))
                .containsExactlyInAnyOrder("scenario", "seed", "gomaxprocs");

        HttpResponse<String> format = post("/api/runs?format=svg", "{\"scenario\":\"unbuffered-handoff\"}");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).contains("chrome-trace");
    }

    @Test
    void theCatalogListsScenariosWithTheirParamsAndServesTheGoSourceForGivenValues() throws Exception {
        JsonNode list = JSON.readTree(get("/api/scenarios").body());
        JsonNode handoff = list.valueStream()
                .filter(s -> s.get("id").asString().equals("unbuffered-handoff"))
                .findFirst()
                .orElseThrow();
        assertThat(handoff.get("params").get(0).get("name").asString()).isEqualTo("messages");
        assertThat(handoff.get("params").get(0).get("max").asLong()).isEqualTo(1_000_000);

        JsonNode detail = JSON.readTree(get("/api/scenarios/unbuffered-handoff?messages=7&receiverDelay=3ms")
                .body());
        assertThat(detail.get("goSource").asString())
                .contains("const messages = 7")
                .contains("const receiverDelay = 3 * time.Millisecond");
        assertThat(detail.at("/notes/watch").asString()).isNotBlank();

        HttpResponse<String> bad = get("/api/scenarios/unbuffered-handoff?messages=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("params.messages").contains("between 1 and 10000");
        assertThat(get("/api/scenarios/nope").statusCode()).isEqualTo(404);
    }
}
