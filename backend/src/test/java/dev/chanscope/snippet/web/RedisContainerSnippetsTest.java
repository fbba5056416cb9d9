package dev.chanscope.snippet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Snippets across two instances with Redis from a container (the image docker-compose.yml uses)
 * instead of the local binary. Runs only where a Docker engine is reachable.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RedisContainerSnippetsTest {

    @Test
    void aSnippetSavedOnOneInstanceOpensOnAnotherOnContainerRedis() throws Exception {
        Assumptions.assumeTrue(
                DockerClientFactory.instance().isDockerAvailable(),
                "no Docker engine reachable: Testcontainers' Redis cannot start (RedisSnippetsAppTest covers the same with a local redis-server)");
        try (GenericContainer<?> redis =
                new GenericContainer<>(DockerImageName.parse("redis:7-alpine")).withExposedPorts(6379)) {
            redis.start();
            String[] settings = {
                "chanscope.snippets.store=redis",
                "spring.data.redis.host=" + redis.getHost(),
                "spring.data.redis.port=" + redis.getMappedPort(6379),
            };
            String source = "package main\n\nfunc main() { println(\"in a container\") }\n";
            try (ConfigurableApplicationContext a = SnippetApps.start(settings);
                    ConfigurableApplicationContext b = SnippetApps.start(settings);
                    HttpClient http = HttpClient.newHttpClient()) {
                HttpResponse<String> saved = SnippetApps.post(http, a, source);
                assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
                String id = SnippetApiTest.JSON.readTree(saved.body()).get("id").asString();
                HttpResponse<String> read = SnippetApps.get(http, b, "/api/snippets/" + id);
                assertThat(SnippetApiTest.JSON
                                .readTree(read.body())
                                .get("source")
                                .asString())
                        .isEqualTo(source);
            }
        }
    }
}
