package dev.chanscope.snippet.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.snippet.SnippetId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/snippets}, {@code GET /api/snippets/{id}} and {@code /p/{id}} over HTTP: saving
 * and opening, the 64 KiB limit, and a clear answer for every bad request or id — never a blank page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chanscope.warmup.enabled=false", "chanscope.snippets.create-burst=1000"})
class SnippetApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HELLO = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"héllo\")\n}\n";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void snippetsDir(DynamicPropertyRegistry r) {
        r.add("chanscope.snippets.dir", () -> dir.toString());
    }

    @LocalServerPort
    int port;

    HttpClient http;

    @BeforeEach
    void open() {
        http = HttpClient.newHttpClient();
    }

    @AfterEach
    void close() {
        http.close();
    }

    HttpResponse<String> post(String body) throws Exception {
        return post(body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    HttpResponse<String> post(byte[] body, String contentType) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/snippets"))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String body(String source) {
        return JSON.writeValueAsString(Map.of("source", source));
    }

    /** Expects a problem document with {@code status}, {@code type} .../{@code code}; returns it. */
    static JsonNode problem(HttpResponse<String> r, int status, String code) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("content-type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("type").asString()).isEqualTo("https://chanscope.dev/problems/" + code);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("tools.jackson");
        return p;
    }

    static String firstError(JsonNode problem) {
        JsonNode e = problem.get("errors").get(0);
        return e.get("path").asString() + ": " + e.get("message").asString();
    }

    @Test
    void aSavedProgramOpensByItsIdAndSavingItAgainGivesTheSameId() throws Exception {
        HttpResponse<String> created = post(body(HELLO));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode c = JSON.readTree(created.body());
        String id = c.get("id").asString();
        assertThat(id).isEqualTo(SnippetId.candidates(HELLO).getFirst());
        assertThat(c.get("link").asString()).isEqualTo("/p/" + id);
        assertThat(created.headers().firstValue("location")).contains("/api/snippets/" + id);

        HttpResponse<String> again = post(body(HELLO));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body())).isEqualTo(c);

        HttpResponse<String> read = get("/api/snippets/" + id, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()))
                .isEqualTo(JSON.readTree(JSON.writeValueAsString(Map.of("id", id, "source", HELLO))));
        assertThat(read.headers().firstValue("cache-control"))
                .hasValueSatisfying(v -> assertThat(v).contains("immutable").contains("public"));
        assertThat(read.headers().firstValue("etag")).contains("\"" + id + "\"");
    }

    @Test
    void theSnippetsAddressServesThePlaygroundPage() throws Exception {
        String id = JSON.readTree(post(body(HELLO)).body()).get("id").asString();
        for (String path : new String[] {"/p/" + id, "/p/" + id + "?seed=42&t=10"}) {
            HttpResponse<String> page = get(path, "text/html");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).contains("<html").contains("<script");
        }
    }

    @Test
    void aMalformedIdSaysWhatAnIdLooksLike() throws Exception {
        JsonNode p = problem(get("/api/snippets/abc%3Cb%3E", null), 400, "bad-snippet-id");
        assertThat(firstError(p))
                .startsWith("id: \"abc<b>\" is not a snippet id: a snippet id is 12 characters of A-Z, a-z, 0-9, -"
                        + " and _ (rarely 16, 24 or 32), like ");

        HttpResponse<String> page = get("/p/abc%3Cb%3E", "text/html,application/xhtml+xml");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("content-type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(page.body())
                .contains("<h1>Not a snippet link</h1>")
                .contains("&quot;abc&lt;b&gt;&quot; is not a snippet id")
                .contains("<a href=\"/\">")
                .doesNotContain("<b>");
        problem(get("/p/abc", "application/json"), 400, "bad-snippet-id");
    }

    @Test
    void anUnknownIdIsNotFoundAsDataAndAsAPage() throws Exception {
        JsonNode p = problem(get("/api/snippets/AAAAAAAAAAAA", null), 404, "snippet-not-found");
        assertThat(p.get("detail").asString())
                .isEqualTo("there is no snippet AAAAAAAAAAAA on this server (the link may be mistyped or cut short)");
        HttpResponse<String> page = get("/p/AAAAAAAAAAAA", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Snippet not found</h1>").contains("there is no snippet AAAAAAAAAAAA");
    }

    @Test
    void sixtyFourKibibytesIsTheMostASnippetHolds() throws Exception {
        String exactly = "// " + "é".repeat((65_536 - 3) / 2) + "\n"; // 3 + 65,532 + 1 bytes
        assertThat(exactly.getBytes(StandardCharsets.UTF_8)).hasSize(65_536);
        assertThat(post(body(exactly)).statusCode()).isEqualTo(201);

        JsonNode p = problem(post(body(exactly + "x")), 413, "snippet-too-large");
        assertThat(firstError(p))
                .isEqualTo("source: source is 65537 bytes of UTF-8; a snippet holds at most 65536 bytes (64 KiB)");
    }

    /** The longest JSON a 64 KiB source can be sent as (every byte escaped) is within the body's bound. */
    @Test
    void aSourceOfEscapedCharactersUpToTheLimitIsRead() throws Exception {
        String escaped = "\\u0001".repeat(65_536);
        HttpResponse<String> r = post("{\"source\": \"" + escaped + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);

        JsonNode p = problem(post("{\"source\": \"" + escaped + escaped + "\"}"), 413, "body-too-large");
        assertThat(p.get("title").asString()).isEqualTo("Request body too large");
        assertThat(firstError(p)).startsWith("$: the request body is over the limit of ");
    }

    @Test
    void textThatIsNotAProgramIsRefusedSayingWhere() throws Exception {
        assertThat(firstError(problem(post("{\"source\": \"package main\\n\\u0000\"}"), 400, "invalid-request")))
                .isEqualTo("source: source has a NUL character at line 2, column 1 (Go source cannot hold one)");
        assertThat(firstError(problem(post("{\"source\": \"x\\ud800\"}"), 400, "invalid-request")))
                .isEqualTo("source: source has an unpaired surrogate (U+D800) at line 1, column 2, which is not"
                        + " text (it has no UTF-8 form)");
        assertThat(firstError(problem(post("{\"source\": \"\"}"), 400, "invalid-request")))
                .isEqualTo("source: source is empty");
    }

    @Test
    void aBodyThatIsNotASnippetSaysWhatIsWrongAndWhere() throws Exception {
        assertThat(firstError(problem(post("{}"), 400, "invalid-request")))
                .isEqualTo("source: source is required: the program's text");
        assertThat(firstError(problem(post("{\"source\": 42}"), 400, "invalid-request")))
                .isEqualTo("source: source must be a string (the program's text), got a number");
        assertThat(firstError(problem(post("{\"source\": \"x\", \"title\": \"y\"}"), 400, "invalid-request")))
                .isEqualTo("title: unknown field \"title\"; a snippet body has only \"source\"");
        assertThat(firstError(problem(post("[\"x\"]"), 400, "invalid-request")))
                .isEqualTo("$: the body must be a JSON object: {\"source\": \"<Go text>\"}");
        assertThat(firstError(problem(post(""), 400, "missing-body")))
                .isEqualTo("$: the request needs a body: {\"source\": \"<Go text>\"}");

        JsonNode broken = problem(post("{\n  \"source\": \"package main\n\"}"), 400, "malformed-json");
        JsonNode where = broken.get("errors").get(0);
        assertThat(where.get("path").asString()).isEqualTo("source");
        assertThat(where.get("line").asInt()).isEqualTo(2);

        byte[] notUtf8 = "{\"source\": \"package main \u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode latin1 = problem(post(notUtf8, "application/json"), 400, "malformed-json");
        assertThat(latin1.get("errors").get(0).get("message").asString()).containsIgnoringCase("UTF-8");
        assertThat(latin1.get("errors").get(0).get("line").asInt()).isEqualTo(1);

        assertThat(post(body(HELLO).getBytes(StandardCharsets.UTF_8), "text/plain")
                        .statusCode())
                .isEqualTo(415);
    }
}
