package dev.chanscope.stream.socket;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.ScenarioCatalog;
import dev.chanscope.scenario.ScenarioResolver;
import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.support.EventBatchHeader;
import dev.chanscope.system.ChanscopeProperties;
import dev.chanscope.system.ServerJson;
import dev.chanscope.wire.ByteReader;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any sequence of client messages, fed in process to the real socket handler: the client hears only
 * documented messages (docs/protocol.md) and error codes, every run's batches are contiguous from the
 * point it said, a finished run has sent every event, the session can always be driven to the end of
 * its run, and closing it frees its run slot — never an exception out of the handler.
 *
 * <p>Regression mode replays {@code ControlMessageFuzzTestInputs/<method>/}; fuzzing:
 * docs/RELIABILITY.md.
 */
class ControlMessageFuzzTest {

    static final Set<String> TYPES = Set.of("meta", "end", "error", "pong");
    static final Set<String> ERROR_CODES = Set.of(
            "malformed-json",
            "bad-message",
            "unknown-type",
            "unsupported-version",
            "invalid-request",
            "out-of-order",
            "bad-resume-point",
            "rate-limited");
    /** Policy violation (flooding), try again later (server full), going away (shutdown). */
    static final Set<Integer> CLOSE_CODES = Set.of(1008, 1013, 1001);

    static final ScenarioCatalog CATALOG = dev.chanscope.scenario.library.Library.catalog();
    /** Small runs, so that one input costs milliseconds; the bounds themselves are what is exercised. */
    static final RunLimits LIMITS = RunLimits.DEFAULT.withMaxEvents(20_000).withMaxSteps(200_000);

    /** The server's JSON, with its read limits. */
    static final JsonMapper JSON = ServerJson.mapper();

    static final ChanscopeProperties PROPERTIES = new ChanscopeProperties(null, null, null, null);
    static final RunAdmission ADMISSION = new RunAdmission(PROPERTIES, new SimpleMeterRegistry());
    static final RunSocketHandler HANDLER = new RunSocketHandler(
            JSON,
            new RunRequestParser(LIMITS, new ScenarioResolver(CATALOG)),
            ADMISSION,
            new OpenSockets(),
            PROPERTIES.websocket());

    private static long sessions;

    @FuzzTest(maxDuration = "5m")
    void anyMessageSequence(FuzzedDataProvider data) throws Exception {
        RecordingSession session = new RecordingSession("fuzz-" + sessions++);
        Client client = new Client(session);
        HANDLER.afterConnectionEstablished(session);
        int messages = data.consumeInt(1, 12);
        for (int i = 0; i < messages && session.isOpen(); i++) {
            WebSocketMessage<?> m = data.consumeInt(0, 15) == 0
                    ? new BinaryMessage(data.consumeBytes(32))
                    : new TextMessage(message(data));
            HANDLER.handleMessage(session, m);
            client.read();
        }
        // Never stuck: a run in progress always reaches its end once the client grants room for it.
        for (int grants = 0; session.isOpen() && client.running; grants++) {
            assertThat(grants).as("a run that never ends").isLessThan(5);
            HANDLER.handleMessage(session, new TextMessage("{\"type\":\"credit\",\"events\":1000000}"));
            client.read();
        }
        HANDLER.afterConnectionClosed(session, session.isOpen() ? CloseStatus.NORMAL : session.closeStatus());
        assertThat(ADMISSION.activeRuns()).as("run slots held after close").isZero();
        assertThat(ADMISSION.activeSessions())
                .as("sessions counted after close")
                .isZero();
    }

    /** What a client sees, checked message by message against the protocol. */
    static final class Client {
        final RecordingSession session;
        int seen;
        long nextSeq;
        boolean running;

        Client(RecordingSession session) {
            this.session = session;
        }

        void read() {
            for (; seen < session.sent.size(); seen++) {
                WebSocketMessage<?> m = session.sent.get(seen);
                if (m instanceof BinaryMessage b) {
                    batch(b.getPayload());
                } else {
                    control(JSON.readTree(((TextMessage) m).getPayload()));
                }
            }
            if (session.closeStatus() != null) {
                assertThat(CLOSE_CODES).contains(session.closeStatus().getCode());
            }
        }

        private void control(JsonNode m) {
            String type = m.path("type").asString();
            assertThat(TYPES).as("message %s", m).contains(type);
            switch (type) {
                case "meta" -> {
                    nextSeq = m.has("resumeFrom")
                            ? m.get("resumeFrom").asLong()
                            : m.has("divergedAt") ? m.get("divergedAt").asLong() : 0;
                    running = true;
                }
                case "end" -> {
                    assertThat(running).as("end without a run: %s", m).isTrue();
                    assertThat(nextSeq)
                            .as("events sent before end")
                            .isEqualTo(m.get("events").asLong());
                    running = false;
                }
                case "error" -> {
                    assertThat(ERROR_CODES)
                            .as("error %s", m)
                            .contains(m.get("code").asString());
                    assertThat(m.get("message").asString()).isNotBlank();
                    if (m.get("code").asString().equals("bad-resume-point")) {
                        running = false;
                    }
                }
                default -> {}
            }
        }

        private void batch(ByteBuffer payload) {
            byte[] bytes = new byte[payload.remaining()];
            payload.get(bytes);
            assertThat(running).as("a batch outside a run").isTrue();
            ByteReader r = new ByteReader(bytes);
            assertThat(r.readByte()).isEqualTo(EventBatchHeader.EVENT_BATCH);
            assertThat(r.readUvarint()).as("first seq of a batch").isEqualTo(nextSeq);
            nextSeq += r.readUvarint();
        }
    }

    // ---- messages -------------------------------------------------------------------------------------

    static String message(FuzzedDataProvider data) {
        if (data.consumeInt(0, 4) == 0) {
            return data.consumeString(300);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        String[] types = {"start", "resume", "credit", "intervene", "ping"};
        m.put("type", data.consumeInt(0, 9) == 0 ? data.consumeString(10) : data.pickValue(types));
        if (data.consumeInt(0, 5) == 0) {
            m.put("v", data.pickValue(new Object[] {1, 2, "1", 1.0, -1}));
        }
        if (data.consumeBoolean()) {
            m.put("run", run(data));
        }
        if (data.consumeBoolean()) {
            m.put("credit", number(data));
        }
        if (data.consumeBoolean()) {
            m.put("from", number(data));
        }
        if (data.consumeBoolean()) {
            m.put("events", number(data));
        }
        if (data.consumeBoolean()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put(
                    "kind",
                    data.pickValue(new String[] {"cancel-context", "close-channel", "run-next", "inject-panic", "x"}));
            i.put("target", data.pickValue(new String[] {"shutdown", "#1", "#2", "jobs", "main", ""}));
            i.put(data.consumeBoolean() ? "afterSeq" : "atTime", number(data));
            m.put("intervention", i);
        }
        return JSON.writeValueAsString(m);
    }

    private static Object number(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 4)) {
            case 0 -> data.consumeLong();
            case 1 -> data.consumeInt(-2, 40);
            case 2 -> data.consumeLong(0, 25_000);
            case 3 -> data.consumeDouble();
            default -> data.consumeString(8);
        };
    }

    private static Map<String, Object> run(FuzzedDataProvider data) {
        List<Scenario> all = CATALOG.all();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scenario", all.get(data.consumeInt(0, all.size() - 1)).id());
        if (data.consumeBoolean()) {
            r.put("seed", data.consumeLong());
        }
        if (data.consumeBoolean()) {
            r.put("gomaxprocs", data.consumeInt(0, 65));
        }
        return r;
    }
}
