package dev.chanscope.snippet.web;

import static dev.chanscope.snippet.web.SnippetApiTest.body;
import static dev.chanscope.snippet.web.SnippetApiTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The store's total and the per-client rate, with small bounds: a full store refuses new snippets
 * (507) yet still opens and re-saves old ones; a client that saves too fast is told when to retry.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "chanscope.warmup.enabled=false",
            "chanscope.snippets.max-total-bytes=100B",
            "chanscope.snippets.creates-per-minute=2",
            "chanscope.snippets.create-burst=4",
        })
class SnippetLimitsTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void snippetsDir(DynamicPropertyRegistry r) {
        r.add("chanscope.snippets.dir", () -> dir.toString());
    }

    @LocalServerPort
    int port;

    @Test
    void aFullStoreRefusesNewSnippetsOpensOldOnesAndAFastClientIsToldWhenToRetry() throws Exception {
        String first = "package main\n\nfunc main() { println(1) }\n"; // 41 bytes
        String second = "package main\n\nfunc main() { println(2) }\n";
        String third = "package main\n\nfunc main() { println(3) }\n";
        try (HttpClient http = HttpClient.newHttpClient()) {
            String id = SnippetApiTest.JSON
                    .readTree(post(http, body(first)).body())
                    .get("id")
                    .asString();
            assertThat(post(http, body(second)).statusCode()).isEqualTo(201);

            JsonNode full = problem(post(http, body(third)), 507, "snippet-store-full");
            assertThat(full.get("detail").asString())
                    .isEqualTo("the snippet store is full: it holds 82 of its 100 bytes, and this snippet needs 41"
                            + " more; snippets already saved still open");

            HttpResponse<String> again = post(http, body(first));
            assertThat(again.statusCode())
                    .as("a snippet saved already is answered when full")
                    .isEqualTo(200);
            assertThat(SnippetApiTest.JSON.readTree(again.body()).get("id").asString())
                    .isEqualTo(id);

            HttpResponse<String> limited = post(http, body(first)); // the fifth save in the burst of four
            JsonNode p = problem(limited, 429, "rate-limited");
            assertThat(p.get("detail").asString())
                    .isEqualTo("too many snippets saved from this address: at most 2 a minute (bursts of 4)");
            assertThat(limited.headers().firstValue("retry-after")).contains("30");

            HttpResponse<String> read = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/snippets/" + id))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).as("reading is never rate-limited").isEqualTo(200);
        }
    }

    private HttpResponse<String> post(HttpClient http, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/snippets"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
