package dev.chanscope.stream.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.link.CompactText;
import dev.chanscope.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/links/resolve}: a script turns a share link into the run it stands for. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LinkResolveTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private JsonNode resolve(String query) throws Exception {
        HttpResponse<String> r = Http.get(port, "/api/links/resolve" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void aCompactLinkResolvesToARunThatRestRunsAsTheSameDigestAsTheReadableLink() throws Exception {
        List<String> steps = new ArrayList<>();
        for (int k = 0; k < 120; k++) {
            steps.add("run-next:#" + (1 + k % 3) + "@" + (10 + 2 * k));
        }
        String plain = String.join(",", steps);
        JsonNode compact = resolve("?v=2&s=worker-pool&workers=4&seed=42&iz=" + CompactText.encode(plain) + "&t=200");
        assertThat(compact.get("problems")).isEmpty();
        assertThat(compact.get("playhead").asLong()).isEqualTo(200);
        JsonNode run = compact.get("run");
        assertThat(run.get("scenario").asString()).isEqualTo("worker-pool");
        assertThat(run.get("params").get("workers").asInt()).isEqualTo(4);
        assertThat(run.get("params").get("jobs").asInt())
                .as("defaults filled in")
                .isEqualTo(9);
        assertThat(run.get("seed").asLong()).isEqualTo(42);
        assertThat(run.get("interventions")).hasSize(120);
        assertThat(run.get("interventions").get(119).get("afterSeq").asLong()).isEqualTo(248);
        assertThat(compact.get("link").asString())
                .as("written compactly again")
                .contains("iz=")
                .startsWith("?v=2&");

        JsonNode readable = resolve("?s=worker-pool&workers=4&seed=42&i=" + plain.replace("#", "%23") + "&t=200");
        assertThat(readable.get("run")).isEqualTo(run);

        HttpResponse<String> ran = Http.postJson(port, "/api/runs", JSON.writeValueAsString(run));
        assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);
        assertThat(JSON.readTree(ran.body()).get("run")).isEqualTo(run);
    }

    @Test
    void aBrokenLinkStillResolvesToTheNearestValidRunAndSaysWhatWasWrong() throws Exception {
        String bomb = CompactText.encode("a".repeat(100_000));
        JsonNode r = resolve("?s=worker-pool&workers=99999&procs=abc&iz=" + bomb + "&bogus=1");
        assertThat(r.get("run").get("params").get("workers").asInt()).isEqualTo(2000);
        assertThat(r.get("run").get("gomaxprocs").asInt()).isEqualTo(4);
        assertThat(r.get("run").get("interventions")).isEmpty();
        assertThat(r.get("playhead").isNull()).isTrue();
        assertThat(r.get("problems").valueStream().map(p -> p.get("param").asString()))
                .containsExactly("workers", "bogus", "procs", "iz");
        assertThat(r.get("problems").get(3).get("message").asString())
                .isEqualTo("iz inflates to more than 100 times its " + bombBytes(bomb)
                        + " compressed bytes; no interventions used");
    }

    @Test
    void aLinkWithAnUnknownScenarioStillReportsEveryOtherProblemWithItsParameter() throws Exception {
        JsonNode r = resolve("?s=no-such-scenario&workers=4&bogus=1&seed=x&procs=65&i=explode:main@1&t=-3");
        assertThat(r.get("run").get("scenario").asString()).isEqualTo("unbuffered-handoff");
        assertThat(r.get("problems")
                        .valueStream()
                        .map(p -> p.get("param").asString() + ": "
                                + p.get("message").asString()))
                .containsExactly(
                        "s: there is no scenario \"no-such-scenario\"; showing unbuffered-handoff instead",
                        "workers: the link's scenario \"no-such-scenario\" is unknown, so its parameter \"workers\" is ignored",
                        "bogus: the link's scenario \"no-such-scenario\" is unknown, so its parameter \"bogus\" is ignored",
                        "seed: " + problem("?seed=x", "seed"),
                        "procs: " + problem("?procs=65", "procs"),
                        "t: " + problem("?t=-3", "t"),
                        "i: " + problem("?i=explode:main@1", "i"));
    }

    /** The message a problem with {@code param} gets in a link with a known scenario. */
    private String problem(String query, String param) throws Exception {
        return resolve(query)
                .get("problems")
                .valueStream()
                .filter(p -> p.get("param").asString().equals(param))
                .findFirst()
                .orElseThrow()
                .get("message")
                .asString();
    }

    @Test
    void anEmptyQueryResolvesToTheDefaultRun() throws Exception {
        JsonNode r = resolve("");
        assertThat(r.get("run").get("scenario").asString()).isEqualTo("unbuffered-handoff");
        assertThat(r.get("link").asString()).isEqualTo("?v=1&s=unbuffered-handoff");
        assertThat(r.get("problems")).isEmpty();
    }

    private static int bombBytes(String compact) {
        return java.util.Base64.getUrlDecoder().decode(compact).length;
    }
}
