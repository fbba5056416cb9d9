package dev.chanscope.snippet.web;

import dev.chanscope.ChanscopeApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Whole application contexts on their own ports, started and stopped by a test as instances would be. */
final class SnippetApps {

    private SnippetApps() {}

    /** An instance with these settings (arguments, so they win over application.yml). */
    static ConfigurableApplicationContext start(String... settings) {
        List<String> args = new ArrayList<>(
                List.of("--server.port=0", "--chanscope.warmup.enabled=false", "--spring.main.banner-mode=off"));
        for (String s : settings) {
            args.add("--" + s);
        }
        return new SpringApplicationBuilder(ChanscopeApplication.class).run(args.toArray(String[]::new));
    }

    static URI base(ConfigurableApplicationContext app) {
        return URI.create("http://127.0.0.1:"
                + ((WebServerApplicationContext) app).getWebServer().getPort());
    }

    static HttpResponse<String> post(HttpClient http, ConfigurableApplicationContext app, String source)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(base(app).resolve("/api/snippets"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(SnippetApiTest.body(source)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(HttpClient http, ConfigurableApplicationContext app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base(app).resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
