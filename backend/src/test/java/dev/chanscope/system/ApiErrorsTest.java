package dev.chanscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.support.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors answer RFC 9457 problem details, never an HTML error page or a stack trace, and say where:
 * unknown API paths, bodies that are not JSON (line, column, path), bodies over the size limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsTest {

    @LocalServerPort
    int port;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HttpResponse<String> get(String path) throws Exception {
        return Http.get(port, path);
    }

    /** Posts {@code body} to {@code /api/runs}; expects a problem document with {@code status}. */
    private JsonNode problem(String body, int status) throws Exception {
        HttpResponse<String> r = Http.postJson(port, "/api/runs", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("tools.jackson");
        return JSON.readTree(r.body());
    }

    @Test
    void aMalformedBodySaysTheLineColumnAndPathWhereItBroke() throws Exception {
        JsonNode p =
                problem("{\n  \"scenario\": \"worker-pool\",\n  \"params\": {\"workers\": 4,, \"jobs\": 3}\n}", 400);
        assertThat(p.get("title").asString()).isEqualTo("Malformed JSON");
        JsonNode error = p.get("errors").get(0);
        assertThat(error.get("path").asString()).isEqualTo("params");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("column").asInt()).isEqualTo(27);
        assertThat(error.get("message").asString()).contains("','");
        assertThat(p.get("detail").asString())
                .startsWith("the request body is not valid JSON: line 3, column 27 (params): ");
    }

    @Test
    void aBrokenValueIsNamedByItsFieldPath() throws Exception {
        assertThat(where(problem("{\"scenario\": \"worker-pool\", \"seed\": tru}", 400)))
                .isEqualTo("seed at 1:37");
        assertThat(where(problem("{\"interventions\": [{\"kind\": \"cancel-context\"}, {\"kind\": nope}]}", 400)))
                .isEqualTo("interventions[1].kind at 1:57");
        assertThat(where(problem("{\"scenario\":", 400))).isEqualTo("scenario at 1:13");
        assertThat(where(problem("[1, 2", 400))).isEqualTo("[1] at 1:6");
    }

    @Test
    void anOversizedBodyIsA413ThatNamesTheLimit() throws Exception {
        String big = "{\"scenario\": \"" + "x".repeat(460_000) + "\"}";
        JsonNode p = problem(big, 413);
        assertThat(p.get("title").asString()).isEqualTo("Request body too large");
        assertThat(p.get("detail").asString())
                .isEqualTo("the request body is over the limit of 458752 bytes (448 KiB)");
        assertThat(p.get("errors").get(0).get("path").asString()).isEqualTo("$");
    }

    @Test
    void tooDeepANestingNamesItsLimitAndWhere() throws Exception {
        JsonNode p = problem("{\"params\": " + "[".repeat(70) + "]".repeat(70) + "}", 400);
        JsonNode error = p.get("errors").get(0);
        assertThat(error.get("message").asString()).isEqualTo("nested deeper than 64 levels, the most allowed");
        assertThat(error.get("path").asString()).isEqualTo("params" + "[0]".repeat(63));
        assertThat(error.get("line").asInt()).isEqualTo(1);
        assertThat(error.get("column").asInt()).isEqualTo(75); // the bracket that opens level 65
    }

    @Test
    void tooLongAStringNamesItsLimitAndWhere() throws Exception {
        JsonNode p = problem(
                "{\"scenario\": \"worker-pool\",\n \"params\": {\"jobs\": \"" + "é".repeat(140_000) + "\"}}", 400);
        assertThat(where(p)).isEqualTo("params.jobs at 2:21");
        assertThat(p.get("errors").get(0).get("message").asString())
                .isEqualTo("a string longer than 131072 characters, the most allowed");
    }

    @Test
    void aMissingBodyIsAProblemToo() throws Exception {
        JsonNode p = problem("", 400);
        assertThat(p.get("errors").get(0).get("message").asString())
                .isEqualTo("the request needs a body: a JSON object");
    }

    private static String where(JsonNode problem) {
        JsonNode e = problem.get("errors").get(0);
        return e.get("path").asString() + " at " + e.get("line").asInt() + ":"
                + e.get("column").asInt();
    }

    @Test
    void anUnknownApiPathIsA404ProblemDocument() throws Exception {
        HttpResponse<String> r = get("/api/no-such-thing");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("content-type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(r.body())
                .contains("\"status\":404")
                .doesNotContain("Exception")
                .doesNotContain("<html");
    }

    @Test
    void thePlaygroundPageIsServedAtTheRoot() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Chanscope");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> r = get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }
}
