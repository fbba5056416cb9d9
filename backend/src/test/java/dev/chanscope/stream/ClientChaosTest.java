package dev.chanscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.support.Http;
import dev.chanscope.support.ResumingClient;
import dev.chanscope.support.WsTestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Misbehaving clients against the running app, with real JDK WebSocket clients: reconnect storms in
 * which every client drops at once (half of them in the middle of a batch) and all resume at once;
 * clients that send garbage; a client that floods. Every well-behaved client still receives its run
 * whole — each event once, in order, with the digest of a fresh REST run — and the server ends up
 * holding no session and no run slot.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientChaosTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ERROR_CODES = Set.of(
            "malformed-json",
            "bad-message",
            "unknown-type",
            "unsupported-version",
            "invalid-request",
            "out-of-order",
            "bad-resume-point");

    @LocalServerPort
    int port;

    @Autowired
    RunAdmission admission;

    private final HttpClient http = HttpClient.newHttpClient();

    private URI runsUri() {
        return URI.create("ws://127.0.0.1:" + port + "/ws/runs");
    }

    @AfterEach
    void nothingLeftOnTheServer() throws InterruptedException {
        http.shutdownNow();
        eventually("every session closed", () -> admission.activeSessions() == 0);
        eventually("every run slot released", () -> admission.activeRuns() == 0);
    }

    private static JsonNode run(SplittableRandom random, int i) {
        String[] kinds = {
            "{\"scenario\":\"unbuffered-handoff\",\"params\":{\"messages\":3000},\"seed\":%d}",
            "{\"scenario\":\"worker-pool\",\"params\":{\"jobs\":200},\"seed\":%d}",
            "{\"scenario\":\"pipeline\",\"seed\":%d}",
            "{\"scenario\":\"graceful-shutdown\",\"seed\":%d}"
        };
        return ResumingClient.runRequest(kinds[i % kinds.length].formatted(random.nextInt(1000)));
    }

    @Test
    void aReconnectStormLosesAndDuplicatesNothing() throws Exception {
        int clients = 48;
        int storms = 4;
        SplittableRandom random = new SplittableRandom(42);
        List<ResumingClient> all = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            all.add(new ResumingClient(http, run(random, i), 1024));
        }
        ExecutorService connecting = Executors.newVirtualThreadPerTaskExecutor();
        try {
            long midFrameCuts = 0;
            for (int storm = 0; storm <= storms; storm++) {
                boolean last = storm == storms;
                List<CompletableFuture<Void>> held = new ArrayList<>();
                List<Future<ResumingClient.Attempt>> attempts = new ArrayList<>();
                List<ResumingClient> owners = new ArrayList<>();
                for (ResumingClient c : all) {
                    if (c.finished().isDone()) {
                        continue;
                    }
                    owners.add(c);
                    c.release();
                    if (!last) {
                        held.add(c.holdAt(c.nextSeq() + 1 + random.nextInt(400)));
                    }
                    // Everyone (re)connects at once, each from the first event it lacks.
                    attempts.add(connecting.submit(() -> c.connect(runsUri(), WAIT)));
                }
                List<ResumingClient.Attempt> open = new ArrayList<>();
                for (Future<ResumingClient.Attempt> f : attempts) {
                    open.add(f.get(WAIT.toSeconds(), TimeUnit.SECONDS));
                }
                if (last) {
                    break;
                }
                CompletableFuture.allOf(held.toArray(CompletableFuture[]::new)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                // Everyone drops at once: half of them mid-batch (after asking for more and
                // receiving the start of it), the rest between batches.
                for (int i = 0; i < open.size(); i++) {
                    if (i % 2 == 0 && !owners.get(i).finished().isDone()) {
                        open.get(i).abortAfter(0, true).grant(4096);
                    } else {
                        open.get(i).abort();
                    }
                }
                midFrameCuts += open.stream()
                        .filter(ResumingClient.Attempt::abortedMidFrame)
                        .count();
            }
            for (ResumingClient c : all) {
                c.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            for (ResumingClient c : all) {
                checkAgainstRest(c);
            }
            // The JDK client usually hands over a batch whole, so few drops land mid-frame here;
            // RelayNetworkFaultsTest cuts mid-frame on purpose.
            System.out.printf(
                    "reconnect storm: %d clients, %d storms, %d events received in total, %d cut mid-frame%n",
                    clients,
                    storms,
                    all.stream().mapToLong(ResumingClient::nextSeq).sum(),
                    midFrameCuts);
        } finally {
            connecting.shutdownNow();
        }
    }

    @Test
    void garbageIsAnsweredWithAnErrorEachAndTheSocketStaysUsable() {
        SplittableRandom random = new SplittableRandom(99);
        int sent = 0;
        try (WsTestClient ws = WsTestClient.connect(runsUri())) {
            for (int i = 0; i < 80; i++) { // within the burst of 100, so none is rate-limited
                if (random.nextInt(8) == 0) {
                    byte[] bytes = new byte[1 + random.nextInt(900)];
                    random.nextBytes(bytes);
                    ws.sendBinary(bytes);
                } else {
                    ws.sendText(garbageText(random));
                }
                sent++;
            }
            ws.send(java.util.Map.of("type", "ping"));
            ws.awaitText("pong", WAIT);
            List<JsonNode> errors = ws.texts().stream()
                    .filter(t -> t.path("type").asString("").equals("error"))
                    .toList();
            assertThat(errors).as("one error per garbage message").hasSize(sent);
            assertThat(errors)
                    .allSatisfy(
                            e -> assertThat(ERROR_CODES).contains(e.get("code").asString()));
            assertThat(errors)
                    .allSatisfy(e -> assertThat(e.get("message").asString()).isNotBlank());

            ws.send(java.util.Map.of("type", "start", "run", java.util.Map.of("scenario", "pipeline")));
            assertThat(ws.awaitText("end", WAIT).get("outcome").asString()).isEqualTo("completed");
        }
    }

    /**
     * Regression: text from the client that holds a lone UTF-16 surrogate (legal in JSON as {@code
     * \ud800}, or left by clipping an emoji in half) was quoted back as is; UTF-8 cannot encode it, so
     * the container failed the send and closed the socket with 1011.
     */
    @Test
    void loneSurrogatesInAClientsTextAreAnsweredAndTheSocketStaysOpen() {
        try (WsTestClient ws = WsTestClient.connect(runsUri())) {
            ws.sendText("{\"type\": \uD83D\uDE00}"); // Jackson quotes only the high surrogate
            ws.sendText("{\"type\":\"" + "x".repeat(39) + "\uD83D\uDE00\"}"); // clipped at 40 chars
            ws.sendText("{\"type\":\"start\",\"run\":{\"scenario\":\"unbuffered-handoff\",\"interventions\":"
                    + "[{\"kind\":\"close-channel\",\"target\":\"\\ud800\",\"afterSeq\":3}]}}");
            JsonNode end = ws.awaitText("end", WAIT);
            assertThat(end.get("outcome").asString()).isEqualTo("completed");
            List<JsonNode> texts = ws.texts();
            assertThat(texts.get(0).get("code").asString()).isEqualTo("malformed-json");
            assertThat(texts.get(1).get("code").asString()).isEqualTo("unknown-type");
            assertThat(texts.get(1).get("message").asString()).contains("x".repeat(39) + "…");
            assertThat(texts.get(2).at("/run/interventions/0/target").asString())
                    .isEqualTo("\uFFFD");
            assertThat(ws.closure()).isEmpty();
        }
    }

    /** A text message no valid client sends; each yields exactly one error. */
    private static String garbageText(SplittableRandom random) {
        return switch (random.nextInt(9)) {
            case 0 -> randomText(random, 1 + random.nextInt(300)); // not JSON (or JSON that is not an object)
            case 1 -> "{\"type\":\"start\",\"run\":{\"scenario\":\"pipeline\"".substring(0, 5 + random.nextInt(30));
            case 2 -> "[" + random.nextInt() + "," + random.nextLong() + "]";
            case 3 -> "{\"type\":" + random.nextInt() + "}";
            case 4 ->
                "{\"type\":\""
                        + randomText(random, 1 + random.nextInt(80))
                                .replace("\"", "")
                                .replace("\\", "") + "x\"}";
            case 5 ->
                "{\"type\":\"start\",\"run\":{\"scenario\":\"pipeline\",\"params\":{\"stages\":"
                        + (1_000_000 + random.nextInt(1000)) + "}}}";
            case 6 ->
                "{\"type\":\"start\",\"run\":{\"scenario\":\"pipeline\",\"seed\":\"" + random.nextInt()
                        + "\"},\"credit\":-" + random.nextInt(100) + "}";
            case 7 -> "{\"type\":\"credit\",\"events\":" + random.nextInt(100) + "}"; // before any start
            default ->
                "{\"type\":\"resume\",\"v\":1,\"run\":{\"scenario\":\"pipeline\"},\"from\":-"
                        + (1 + random.nextInt(100)) + "}";
        };
    }

    private static String randomText(SplittableRandom random, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int cp = random.nextInt(4) == 0 ? 0x20 + random.nextInt(0x5f) : random.nextInt(0x2FFFF);
            if (Character.isDefined(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                sb.appendCodePoint(cp);
            }
        }
        String s = sb.toString();
        return s.startsWith("{") ? "x" + s : s; // never an object, so never a valid message
    }

    @Test
    void aFloodingClientIsCutOffWhileItsNeighboursStreamOn() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        List<ResumingClient> neighbours = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ResumingClient c = new ResumingClient(http, run(random, i), 2048);
            c.connect(runsUri(), WAIT);
            neighbours.add(c);
        }
        WsTestClient flood = WsTestClient.connect(runsUri());
        try {
            for (int i = 0; i < 5_000 && flood.closure().isEmpty(); i++) {
                flood.sendText("{\"type\":\"ping\"}");
            }
        } catch (AssertionError sendFailedAfterTheServerClosed) {
            // the server may close between our check and the send; the closure below is what counts
        }
        WsTestClient.Closure closure = flood.awaitClose(WAIT);
        flood.close();
        assertThat(closure.statusCode()).isEqualTo(1008);
        assertThat(closure.reason()).contains("message rate exceeded");
        for (ResumingClient c : neighbours) {
            c.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            checkAgainstRest(c);
        }
    }

    private void checkAgainstRest(ResumingClient client) throws Exception {
        JsonNode end = client.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(client.problems())
                .as("gaps, duplicates, mismatches of " + client.run())
                .isEmpty();
        HttpResponse<String> rest =
                Http.postJson(port, "/api/runs", client.run().toString());
        assertThat(rest.statusCode()).isEqualTo(200);
        String digest = JSON.readTree(rest.body()).get("digest").asString();
        assertThat(end.get("digest").asString())
                .as("streamed digest of %s vs a fresh REST run", client.run())
                .isEqualTo(digest);
        assertThat(client.clientDigest()).isEqualTo(digest);
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
