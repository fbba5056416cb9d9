package dev.chanscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.support.AppProcess;
import dev.chanscope.support.Http;
import dev.chanscope.support.ResumingClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SIGTERM mid-run, with the app in a process of its own: every client is told 1001 "server shutting
 * down", the process exits promptly, a new server process starts on the same port, and every client
 * resumes from the first event it lacks and ends with the whole run — nothing lost, nothing duplicated,
 * the digest equal to a fresh REST run on the new server.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ServerRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void clientsResumeOnANewServerProcessAfterSigtermWithNothingLostOrDuplicated() throws Exception {
        int port = AppProcess.freePort();
        URI runs = URI.create("ws://127.0.0.1:" + port + "/ws/runs");
        Path logs = Path.of("target", "restart-test");
        List<ResumingClient> clients = new ArrayList<>();
        try (HttpClient http = HttpClient.newHttpClient()) {
            try (AppProcess first = AppProcess.start(port, logs.resolve("first.log"), WAIT)) {
                List<CompletableFuture<Void>> paused = new ArrayList<>();
                List<ResumingClient.Attempt> attempts = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    String run = switch (i % 3) {
                        case 0 ->
                            "{\"scenario\":\"unbuffered-handoff\",\"params\":{\"messages\":2000},\"seed\":" + i + "}";
                        case 1 -> "{\"scenario\":\"worker-pool\",\"params\":{\"jobs\":300},\"seed\":" + i + "}";
                        // Every run is far longer than a hold point plus the credit a client re-grants
                        // on its way there (~4,500 events), so none can finish before the signal.
                        default ->
                            "{\"scenario\":\"unbuffered-handoff\",\"params\":{\"messages\":1500},\"seed\":" + i + "}";
                    };
                    ResumingClient c = new ResumingClient(http, ResumingClient.runRequest(run), 4096);
                    // Each client holds part of its run when the signal comes, mid-stream.
                    paused.add(c.holdAt(20 + 37L * i));
                    attempts.add(c.connect(runs, WAIT));
                    clients.add(c);
                }
                CompletableFuture.allOf(paused.toArray(CompletableFuture[]::new))
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(clients).noneMatch(c -> c.finished().isDone());

                long signalled = System.nanoTime();
                int exit = first.terminate(Duration.ofSeconds(20));
                Duration took = Duration.ofNanos(System.nanoTime() - signalled);
                assertThat(took).as("SIGTERM to exit").isLessThan(Duration.ofSeconds(10));
                assertThat(exit)
                        .as("exit code after SIGTERM (143 = 128 + SIGTERM)")
                        .isIn(0, 143);
                for (ResumingClient.Attempt a : attempts) {
                    ResumingClient.Closure closure = a.closed().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                    assertThat(closure.statusCode()).isEqualTo(1001);
                    assertThat(closure.reason()).isEqualTo("server shutting down");
                }
            }

            try (AppProcess second = AppProcess.start(port, logs.resolve("second.log"), WAIT)) {
                for (ResumingClient c : clients) {
                    c.release();
                    c.connect(runs, WAIT);
                }
                for (ResumingClient c : clients) {
                    JsonNode end = c.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                    assertThat(c.problems())
                            .as("gaps, duplicates, mismatches of " + c.run())
                            .isEmpty();
                    HttpResponse<String> rest =
                            Http.postJson(second.port(), "/api/runs", c.run().toString());
                    assertThat(rest.statusCode()).isEqualTo(200);
                    String digest = JSON.readTree(rest.body()).get("digest").asString();
                    assertThat(end.get("digest").asString()).isEqualTo(digest);
                    assertThat(c.clientDigest()).isEqualTo(digest);
                }
            }
        }
    }
}
