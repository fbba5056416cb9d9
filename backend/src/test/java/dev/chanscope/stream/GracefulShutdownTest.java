package dev.chanscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.ChanscopeApplication;
import dev.chanscope.support.WsTestClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping the server (what SIGTERM does, through the JVM's shutdown hook) tells every client with
 * close code 1001 and a reason, and completes within 5 seconds even with runs in progress.
 */
class GracefulShutdownTest {

    @Test
    void stoppingTheServerClosesEverySocketWith1001AndFinishesWithinFiveSeconds() {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ChanscopeApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        URI uri = URI.create("ws://localhost:" + port + "/ws/runs");
        try (WsTestClient busy = WsTestClient.connect(uri);
                WsTestClient idle = WsTestClient.connect(uri)) {
            busy.send(Map.of(
                    "type",
                    "start",
                    "run",
                    Map.of("scenario", "unbuffered-handoff", "params", Map.of("messages", 500)),
                    "credit",
                    3));
            busy.awaitText("meta", Duration.ofSeconds(20));
            idle.send(Map.of("type", "ping"));
            idle.awaitText("pong", Duration.ofSeconds(20));

            long started = System.nanoTime();
            app.close();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(Duration.ofSeconds(5));
            for (WsTestClient c : new WsTestClient[] {busy, idle}) {
                WsTestClient.Closure closure = c.awaitClose(Duration.ofSeconds(5));
                assertThat(closure.statusCode()).isEqualTo(1001);
                assertThat(closure.reason()).isEqualTo("server shutting down");
            }
        } finally {
            app.close();
        }
    }
}
