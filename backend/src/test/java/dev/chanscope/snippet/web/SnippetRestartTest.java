package dev.chanscope.snippet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A snippet link outlives the server: saved by one application, it opens in the next one started on
 * the same data directory — as a snippet, as a page and as a share link.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SnippetRestartTest {

    @TempDir
    Path dir;

    @Test
    void aSnippetSavedBeforeARestartOpensAfterIt() throws Exception {
        String source = "package main\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\t<-ch\n}\n";
        String setting = "chanscope.snippets.dir=" + dir;
        String id;
        try (HttpClient http = HttpClient.newHttpClient()) {
            try (ConfigurableApplicationContext before = SnippetApps.start(setting)) {
                HttpResponse<String> saved = SnippetApps.post(http, before, source);
                assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
                id = SnippetApiTest.JSON.readTree(saved.body()).get("id").asString();
            }
            try (ConfigurableApplicationContext after = SnippetApps.start(setting)) {
                JsonNode read = SnippetApiTest.JSON.readTree(
                        SnippetApps.get(http, after, "/api/snippets/" + id).body());
                assertThat(read.get("source").asString()).isEqualTo(source);
                assertThat(SnippetApps.get(http, after, "/p/" + id).statusCode())
                        .isEqualTo(200);

                JsonNode link = SnippetApiTest.JSON.readTree(
                        SnippetApps.get(http, after, "/api/links/resolve?p=" + id + "&seed=7")
                                .body());
                assertThat(link.get("problems")).isEmpty();
                assertThat(link.get("run").get("source").asString()).isEqualTo(source);
                assertThat(link.get("link").asString()).isEqualTo("?v=3&p=" + id + "&goVersion=1.22&seed=7");

                HttpResponse<String> again = SnippetApps.post(http, after, source);
                assertThat(again.statusCode()).as("known after the restart").isEqualTo(200);
            }
        }
    }
}
