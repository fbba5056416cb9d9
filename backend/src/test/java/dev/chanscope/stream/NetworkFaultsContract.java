package dev.chanscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.support.Http;
import dev.chanscope.support.ResumingClient;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs streamed over a bad network still arrive whole: every event exactly once, in order, with the
 * digest of a fresh REST run of the same request. Each test sets faults on the server-to-client path
 * ({@link #network()}), streams through it with {@link ResumingClient}, and after a cut resumes over a
 * clean path. Afterwards the server holds no session and no run slot.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class NetworkFaultsContract {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** ~18,000 events, ~130 KB on the wire: several batches whatever the credit. */
    private static final String RUN =
            "{\"scenario\":\"unbuffered-handoff\",\"params\":{\"messages\":3000,\"receiverDelay\":0},\"seed\":11}";

    @LocalServerPort
    int port;

    @Autowired
    RunAdmission admission;

    private final HttpClient http = HttpClient.newHttpClient();

    abstract NetworkFaults network();

    @AfterEach
    void nothingLeftOnTheServer() throws InterruptedException {
        network().clear();
        http.shutdownNow();
        eventually("every session closed", () -> admission.activeSessions() == 0);
        eventually("every run slot released", () -> admission.activeRuns() == 0);
    }

    @Test
    void aRunOverALatentLinkArrivesWhole() throws Exception {
        network().latency(Duration.ofMillis(25));
        streamToEnd(RUN, 4096);
    }

    @Test
    void aRunSlicedIntoTinySegmentsArrivesWhole() throws Exception {
        network().slicer(8);
        streamToEnd(RUN, 4096);
    }

    @Test
    void aRunOverANarrowLinkArrivesWhole() throws Exception {
        network().bandwidth(256);
        streamToEnd(RUN, 4096);
    }

    @Test
    void connectionsCutMidStreamAreResumedWithNoLostOrDuplicatedEvent() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        ResumingClient client = new ResumingClient(http, ResumingClient.runRequest(RUN), 2048);
        int cuts = 0;
        for (int i = 0; i < 4; i++) {
            // meta is ~6 KiB; the cut lands somewhere in the batches after it, almost surely mid-frame
            network().cutAfterBytes(8_000 + random.nextInt(24_000));
            ResumingClient.Attempt a = client.connect(network().runsUri(), WAIT);
            a.closed().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            network().clear();
            if (client.finished().isDone()) {
                break;
            }
            cuts++;
        }
        long before = client.nextSeq();
        client.connect(network().runsUri(), WAIT);
        checkAgainstRest(client);
        assertThat(cuts).as("connections cut before the run ended").isGreaterThanOrEqualTo(2);
        assertThat(before).as("events held before the last resume").isPositive();
    }

    @Test
    void aConnectionResetByThePeerIsResumedWithNoLostOrDuplicatedEvent() throws Exception {
        network().bandwidth(32); // slow enough that the reset lands mid-run
        network().resetPeerAfter(Duration.ofMillis(700));
        ResumingClient client = new ResumingClient(http, ResumingClient.runRequest(RUN), 2048);
        ResumingClient.Attempt a = client.connect(network().runsUri(), WAIT);
        ResumingClient.Closure closure = a.closed().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(client.finished()).as("the run ended before the reset").isNotDone();
        assertThat(closure.statusCode())
                .as("closed by the reset, not a close frame")
                .isEqualTo(-1);
        network().clear();
        client.connect(network().runsUri(), WAIT);
        checkAgainstRest(client);
    }

    private void streamToEnd(String run, long window) throws Exception {
        ResumingClient client = new ResumingClient(http, ResumingClient.runRequest(run), window);
        client.connect(network().runsUri(), WAIT);
        checkAgainstRest(client);
    }

    private void checkAgainstRest(ResumingClient client) throws Exception {
        JsonNode end = client.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(client.problems()).as("gaps, duplicates, mismatches").isEmpty();
        HttpResponse<String> rest =
                Http.postJson(port, "/api/runs", client.run().toString());
        assertThat(rest.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(rest.body());
        assertThat(end.get("digest").asString())
                .as("streamed digest vs a fresh REST run")
                .isEqualTo(body.get("digest").asString());
        assertThat(client.clientDigest()).isEqualTo(body.get("digest").asString());
        assertThat(end.get("events").asLong()).isEqualTo(body.get("events").size());
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(5); // polling a server-side counter, not synchronising on timing
        }
    }
}
