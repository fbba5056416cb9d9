package dev.chanscope.snippet.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.testkit.RedisServer;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code chanscope.snippets.store=redis} on a real {@code redis-server}: a program saved through one
 * instance opens through another (as behind a load balancer), and while Redis is away saving and
 * opening answer 503 at once, then work again when it is back.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RedisSnippetsAppTest {

    @Test
    void aSnippetSavedOnOneInstanceOpensOnAnotherAndRedisDownIsA503() throws Exception {
        Assumptions.assumeTrue(
                RedisServer.binary().isPresent(),
                "redis-server is not on PATH (Debian package redis-server; .ci/run installs it): this test needs a real one");
        Path dir = Path.of("target", "redis", "snippets-app");
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        String source = "package main\n\nfunc main() { println(\"across instances\") }\n";
        try (RedisServer redis = RedisServer.start(dir, true);
                HttpClient http = HttpClient.newHttpClient()) {
            String[] settings = {
                "chanscope.snippets.store=redis",
                "spring.data.redis.host=127.0.0.1",
                "spring.data.redis.port=" + redis.port(),
                "chanscope.snippets.dir=" + dir.resolve("unused-file-store"),
            };
            try (ConfigurableApplicationContext a = SnippetApps.start(settings);
                    ConfigurableApplicationContext b = SnippetApps.start(settings)) {
                HttpResponse<String> saved = SnippetApps.post(http, a, source);
                assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
                String id = SnippetApiTest.JSON.readTree(saved.body()).get("id").asString();

                JsonNode read = SnippetApiTest.JSON.readTree(
                        SnippetApps.get(http, b, "/api/snippets/" + id).body());
                assertThat(read.get("source").asString()).isEqualTo(source);
                assertThat(SnippetApps.post(http, b, source).statusCode()).isEqualTo(200);
                assertThat(dir.resolve("unused-file-store")).doesNotExist();

                redis.kill();
                SnippetApiTest.problem(SnippetApps.get(http, b, "/api/snippets/" + id), 503, "store-unavailable");
                HttpResponse<String> refused = SnippetApps.post(http, a, source + "// new\n");
                SnippetApiTest.problem(refused, 503, "store-unavailable");
                assertThat(refused.headers().firstValue("retry-after")).contains("5");

                redis.restart();
                awaitAnswer(http, b, "/api/snippets/" + id);
                assertThat(SnippetApiTest.JSON
                                .readTree(SnippetApps.get(http, b, "/api/snippets/" + id)
                                        .body())
                                .get("source")
                                .asString())
                        .as("kept by the append-only file")
                        .isEqualTo(source);
            }
        }
    }

    /** Lettuce reconnects in the background: bounded wait until the instance answers 200 again. */
    private static void awaitAnswer(HttpClient http, ConfigurableApplicationContext app, String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (SnippetApps.get(http, app, path).statusCode() != 200) {
            assertThat(System.nanoTime()).as("answering again within a minute").isLessThan(deadline);
            Thread.sleep(100); // polling for reconnection, bounded by the deadline
        }
    }
}
