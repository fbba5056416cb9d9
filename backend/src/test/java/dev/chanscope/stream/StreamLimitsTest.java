package dev.chanscope.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chanscope.stream.socket.Inbound;
import dev.chanscope.support.WsTestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service's bounds and security with small limits: every one ends one thing cleanly. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "chanscope.runs.max-concurrent=2",
            "chanscope.websocket.max-messages-per-second=1",
            "chanscope.websocket.burst=5",
        })
class StreamLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    private URI ws() {
        return URI.create("ws://localhost:" + port + "/ws/runs");
    }

    private static Map<String, Object> slowStart() {
        // Credit 1: the run cannot finish until the client grants more, so it holds its slot.
        return Map.of(
                "type",
                "start",
                "run",
                Map.of("scenario", "unbuffered-handoff", "params", Map.of("messages", 50)),
                "credit",
                1);
    }

    private HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void overCapacityNewRunsAreRefusedWithTryAgainLaterAndAdmittedOnceASlotFrees() throws Exception {
        try (WsTestClient a = WsTestClient.connect(ws());
                WsTestClient b = WsTestClient.connect(ws())) {
            a.send(slowStart());
            a.awaitText("meta", WAIT);
            b.send(slowStart());
            b.awaitText("meta", WAIT);

            try (WsTestClient c = WsTestClient.connect(ws())) {
                c.send(slowStart());
                WsTestClient.Closure closure = c.awaitClose(WAIT);
                assertThat(closure.statusCode()).isEqualTo(1013);
                assertThat(closure.reason()).contains("try again later");
            }
            HttpResponse<String> rest =
                    http(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/runs"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"unbuffered-handoff\"}")));
            assertThat(rest.statusCode()).isEqualTo(503);
            assertThat(rest.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(rest.body()).contains("try again");

            // A slot frees when a run ends (before its `end` is sent): then a new run is admitted.
            a.send(Map.of("type", "credit", "events", 1_000_000));
            a.awaitText("end", WAIT);
            try (WsTestClient d = WsTestClient.connect(ws())) {
                d.send(Map.of("type", "start", "run", Map.of("scenario", "unbuffered-handoff")));
                assertThat(d.awaitText("end", WAIT).get("outcome").asString()).isEqualTo("completed");
            }
        }
    }

    @Test
    void aClientSendingTooFastGetsRateLimitedThenDisconnected() {
        try (WsTestClient ws = WsTestClient.connect(ws())) {
            for (int i = 0; i < 60 && ws.closure().isEmpty(); i++) {
                ws.sendText("{\"type\":\"ping\"}");
            }
            WsTestClient.Closure closure = ws.awaitClose(WAIT);
            assertThat(closure.statusCode()).isEqualTo(1008);
            assertThat(ws.texts().stream().map(t -> t.get("type").asString())).contains("pong", "error");
            assertThat(ws.texts().stream()
                            .filter(t -> t.get("type").asString().equals("pong"))
                            .count())
                    .isLessThan(20);
        } catch (AssertionError | RuntimeException e) {
            // sendText may fail once the server closed the socket; the closure is what matters
            if (!(e.getMessage() != null && e.getMessage().contains("1008"))) {
                throw e;
            }
        }
    }

    @Test
    void anOversizedMessageClosesTheSocketWith1009() {
        try (WsTestClient ws = WsTestClient.connect(ws())) {
            ws.sendText("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(450 * 1024) + "\"}");
            assertThat(ws.awaitClose(WAIT).statusCode()).isEqualTo(1009);
        }
    }

    @Test
    void aMessageLongerThanTheContainersBufferIsReadWhole() {
        // ~360,000 bytes of UTF-8 in ~200,000 characters: many of the container's 4,096-character
        // pieces, with three-byte characters and surrogate pairs across piece boundaries (each string
        // stays under Jackson's string length limit).
        String mixed = "x€😀".repeat(20_000);
        String message = "{\"type\":\"ping\",\"a\":\"" + mixed + "\",\"b\":\"" + mixed + "\",\"c\":\""
                + "y".repeat(40_000) + "\"}";
        assertThat(Inbound.utf8Length(message)).isBetween(350_000L, 458_752L);
        try (WsTestClient ws = WsTestClient.connect(ws())) {
            ws.sendText(message);
            ws.awaitText("pong", WAIT);
            ws.send(Map.of("type", "ping"));
            ws.awaitText("pong", WAIT);
            assertThat(ws.closure()).isEmpty();
        }
    }

    @Test
    void theTextLimitCountsUtf8BytesNotCharacters() {
        // 160,000 characters, but 480,000 bytes of UTF-8: over the 448 KiB limit.
        try (WsTestClient ws = WsTestClient.connect(ws())) {
            ws.sendText("{\"type\":\"ping\",\"pad\":\"" + "€".repeat(160_000) + "\"}");
            WsTestClient.Closure closure = ws.awaitClose(WAIT);
            assertThat(closure.statusCode()).isEqualTo(1009);
            assertThat(closure.reason()).contains("458752 bytes");
        }
    }

    @Test
    void aShortBinaryMessageGetsAnErrorAndALongOneClosesWith1009() {
        try (WsTestClient ws = WsTestClient.connect(ws())) {
            ws.sendBinary(new byte[1024]);
            assertThat(ws.awaitText("error", WAIT).get("code").asString()).isEqualTo("bad-message");
            ws.send(Map.of("type", "ping"));
            ws.awaitText("pong", WAIT);
            ws.sendBinary(new byte[1025]);
            assertThat(ws.awaitClose(WAIT).statusCode()).isEqualTo(1009);
        }
    }

    @Test
    void deeplyNestedJsonIsRejectedAndTheSocketStaysUsable() {
        try (WsTestClient ws = WsTestClient.connect(ws())) {
            ws.sendText("{\"type\":\"start\",\"run\":" + "[".repeat(100) + "]".repeat(100) + "}");
            var error = ws.awaitText("error", WAIT);
            assertThat(error.get("code").asString()).isEqualTo("malformed-json");
            assertThat(error.get("message").asString()).contains("nested deeper than 64 levels, the most allowed");
            assertThat(error.at("/errors/0/column").asInt()).isEqualTo(86); // the bracket that opens level 65
            ws.send(Map.of("type", "ping"));
            ws.awaitText("pong", WAIT);
        }
    }

    @Test
    void malformedJsonSaysTheLineColumnAndPathWhereItBroke() {
        try (WsTestClient ws = WsTestClient.connect(ws())) {
            ws.sendText("{\"type\": \"start\",\n \"run\": {\"scenario\": }}");
            var error = ws.awaitText("error", WAIT);
            assertThat(error.get("code").asString()).isEqualTo("malformed-json");
            assertThat(error.get("path").asString()).isEqualTo("run.scenario");
            var where = error.get("errors").get(0);
            assertThat(where.get("path").asString()).isEqualTo("run.scenario");
            assertThat(where.get("line").asInt()).isEqualTo(2);
            assertThat(where.get("column").asInt()).isEqualTo(22);
            assertThat(error.get("message").asString())
                    .startsWith("the message is not valid JSON: line 2, column 22 (run.scenario): ");
        }
    }

    @Test
    void aForeignOriginIsRejectedAtTheHandshakeAndTheSameOriginIsAccepted() {
        assertThatThrownBy(() -> WsTestClient.connect(ws(), WAIT, Map.of("Origin", "https://evil.example")))
                .isInstanceOf(AssertionError.class)
                .rootCause()
                .hasMessageContaining("403");
        try (WsTestClient ok = WsTestClient.connect(ws(), WAIT, Map.of("Origin", "http://localhost:" + port))) {
            ok.send(Map.of("type", "ping"));
            ok.awaitText("pong", WAIT);
        }
    }

    @Test
    void pagesAndApiResponsesCarrySecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/api/scenarios"}) {
            HttpResponse<String> r = http(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
            var h = r.headers();
            assertThat(h.firstValue("Content-Security-Policy").orElse(""))
                    .contains("connect-src 'self'")
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'self'");
            assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(h.firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(h.firstValue("Strict-Transport-Security"))
                    .as("no HSTS over plain HTTP")
                    .isEmpty();
        }
    }
}
