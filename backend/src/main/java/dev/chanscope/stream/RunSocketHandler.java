package dev.chanscope.stream;

import dev.chanscope.engine.Intervention;
import dev.chanscope.run.InvalidRequestException;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.system.ChanscopeProperties;
import dev.chanscope.system.JsonReadError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code WS /ws/runs} (docs/protocol.md): JSON control messages in, {@code meta}, binary event batches
 * and {@code end} out. Messages of one session arrive one at a time, so a session's run is only ever
 * advanced by one thread; each bad message is answered with an {@code error} and the socket stays open.
 */
final class RunSocketHandler extends AbstractWebSocketHandler implements SmartLifecycle {

    static final long DEFAULT_CREDIT = 65_536;
    static final long MAX_CREDIT = 1_000_000;
    /** Clients send no binary messages; one longer than this closes the socket (1009) rather than being read. */
    static final int MAX_BINARY_MESSAGE_BYTES = 1024;

    private static final Logger log = LoggerFactory.getLogger(RunSocketHandler.class);

    /** Request header of the startup warm-up's loopback sessions ({@link SocketWarmup}). */
    static final String WARMUP_HEADER = "X-Chanscope-Warmup";

    /** Close code for "the server is full, try again later" (RFC 6455 registry: Try Again Later). */
    static final CloseStatus TRY_AGAIN_LATER = new CloseStatus(1013, "server at capacity, try again later");

    private final JsonMapper json;
    private final RunRequestParser parser;
    private final RunAdmission admission;
    private final ChanscopeProperties.Websocket limits;
    private final long maxTextBytes;
    private final SecureRandom random = runIdSource();
    /** Random per process: a handshake carrying it in {@link #WARMUP_HEADER} is the startup warm-up's. */
    private final String warmupKey = newWarmupKey(random);

    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private volatile boolean running;

    RunSocketHandler(
            JsonMapper json, RunRequestParser parser, RunAdmission admission, ChanscopeProperties.Websocket limits) {
        this.json = json;
        this.parser = parser;
        this.admission = admission;
        this.limits = limits;
        this.maxTextBytes = limits.maxMessageSize().toBytes();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        if (admission.isDraining()) {
            session.close(CloseStatus.GOING_AWAY.withReason("server shutting down"));
            return;
        }
        boundBlockingWrites(session);
        WebSocketSession out = new ConcurrentWebSocketSessionDecorator(
                session, (int) limits.sendTimeLimit().toMillis(), (int)
                        Math.min(Integer.MAX_VALUE, limits.maxBufferedBytes().toBytes()));
        Connection c = isWarmup(session)
                ? Connection.warmup(out, admission, System.nanoTime())
                : new Connection(out, admission, limits.maxMessagesPerSecond(), limits.burst(), System.nanoTime());
        connections.put(session.getId(), c);
        c.account.sessionOpened();
    }

    /** The key {@link SocketWarmup} presents in {@link #WARMUP_HEADER}; it never leaves this process. */
    String warmupKey() {
        return warmupKey;
    }

    private boolean isWarmup(WebSocketSession session) {
        String presented = session.getHandshakeHeaders().getFirst(WARMUP_HEADER);
        return presented != null
                && MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.UTF_8), warmupKey.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A client that stops reading must not pin a server thread: the container's blocking write gives up
     * after the send time limit, the send fails, and the session is closed. (The session decorator also
     * bounds what is queued behind a stalled write.)
     */
    private void boundBlockingWrites(WebSocketSession session) {
        if (session instanceof NativeWebSocketSession n
                && n.getNativeSession() instanceof jakarta.websocket.Session s) {
            s.getUserProperties()
                    .put(
                            "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT",
                            limits.sendTimeLimit().toMillis());
        }
    }

    /**
     * Messages arrive in pieces of the container's buffer ({@link WebSocketConfig}): a buffer as large as
     * the inbound limit would cost every session that much memory, though control messages are short.
     */
    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage piece) throws IOException {
        Connection c = connections.get(session.getId());
        if (c == null) {
            return;
        }
        String text;
        try {
            text = c.textPiece(piece.getPayload(), piece.isLast(), maxTextBytes);
        } catch (Connection.TooBig e) {
            closeTooBig(c, "text", e);
            return;
        }
        if (text != null) {
            handleText(c, text);
        }
    }

    private void handleText(Connection c, String text) throws IOException {
        if (!c.allowMessage(System.nanoTime())) {
            if (c.droppedInARow() > limits.burst()) {
                c.out.close(CloseStatus.POLICY_VIOLATION.withReason("message rate exceeded"));
            } else if (c.droppedInARow() == 1) {
                send(
                        c,
                        Messages.error(
                                "rate-limited",
                                "too many messages: at most " + limits.maxMessagesPerSecond()
                                        + " per second; this one was dropped",
                                null));
            }
            return;
        }
        JsonNode msg;
        try {
            msg = json.readTree(text);
        } catch (JacksonException e) {
            send(c, Messages.malformed(JsonReadError.of(e, text)));
            return;
        }
        if (msg == null || !msg.isObject() || !msg.path("type").isString()) {
            send(c, Messages.error("bad-message", "a message must be a JSON object with a string \"type\"", "type"));
            return;
        }
        switch (msg.get("type").asString()) {
            case "start" -> start(c, msg);
            case "resume" -> resume(c, msg);
            case "credit" -> credit(c, msg);
            case "intervene" -> intervene(c, msg);
            case "ping" -> send(c, Messages.pong());
            default ->
                send(
                        c,
                        Messages.error(
                                "unknown-type",
                                "unknown message type \"" + clip(msg.get("type").asString())
                                        + "\" (allowed: start, resume, credit, intervene, ping)",
                                "type"));
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage piece) throws IOException {
        Connection c = connections.get(session.getId());
        if (c == null) {
            return;
        }
        try {
            if (c.binaryPiece(piece.getPayloadLength(), piece.isLast(), MAX_BINARY_MESSAGE_BYTES)) {
                send(c, Messages.error("bad-message", "clients send JSON text messages only", null));
            }
        } catch (Connection.TooBig e) {
            closeTooBig(c, "binary", e);
        }
    }

    private static void closeTooBig(Connection c, String kind, Connection.TooBig e) throws IOException {
        c.out.close(CloseStatus.TOO_BIG_TO_PROCESS.withReason(
                kind + " message larger than the limit of " + e.limit + " bytes"));
    }

    private void start(Connection c, JsonNode msg) throws IOException {
        if (!negotiate(c, msg)) {
            return;
        }
        Long credit = positive(c, msg, "credit", DEFAULT_CREDIT);
        PreparedRun prepared = credit == null ? null : parseRun(c, msg);
        if (prepared != null) {
            open(c, prepared, 0, credit, Map.of());
        }
    }

    /** After a reconnect: the same run request, and the first sequence number the client lacks. */
    private void resume(Connection c, JsonNode msg) throws IOException {
        if (!negotiate(c, msg)) {
            return;
        }
        JsonNode from = msg.get("from");
        if (from == null || !from.isIntegralNumber() || from.asLong() < 0) {
            send(
                    c,
                    Messages.error(
                            "invalid-request",
                            "from must be the sequence number of the first event the client lacks (an integer ≥ 0)",
                            "from"));
            return;
        }
        Long credit = positive(c, msg, "credit", DEFAULT_CREDIT);
        PreparedRun prepared = credit == null ? null : parseRun(c, msg);
        if (prepared != null) {
            open(c, prepared, from.asLong(), credit, Map.of("resumeFrom", from.asLong()));
        }
    }

    /**
     * An intervention at {@code afterSeq}: the run is simulated again with it, and since every event up
     * to that point is unchanged, streaming restarts right after it ({@code diverged}).
     */
    private void intervene(Connection c, JsonNode msg) throws IOException {
        RunStream current = c.stream;
        if (current == null) {
            send(c, Messages.error("out-of-order", "send start before intervene", "type"));
            return;
        }
        Intervention added;
        PreparedRun next;
        try {
            added = parser.parseIntervention(json.treeToValue(msg.path("intervention"), Object.class), "intervention");
            if (added.afterSeq() < 0) {
                throw InvalidRequestException.of(
                        "intervention.afterSeq",
                        "intervene needs afterSeq, the sequence number of the event at the playhead");
            }
            next = parser.withIntervention(current.prepared(), added, "intervention");
        } catch (InvalidRequestException e) {
            send(c, Messages.invalid(e.errors()));
            return;
        }
        long divergeAt = Math.min(added.afterSeq() + 1, current.nextSeq());
        current.cancel("replaced by an intervention");
        // The client drops what it holds from divergeAt on, which frees that much room beside its unspent credit.
        long credit = current.credit() + (current.nextSeq() - divergeAt);
        open(c, next, divergeAt, credit, Map.of("divergedAt", divergeAt));
    }

    /**
     * Reads the protocol version of a start or resume ({@code v}, 1 when absent) and, from version 2 on,
     * the id of the event schema the client already holds ({@code schemaId}); answers an error and
     * returns false when either is invalid.
     */
    private boolean negotiate(Connection c, JsonNode msg) throws IOException {
        JsonNode v = msg.get("v");
        if (v != null
                && !(v.isIntegralNumber()
                        && v.asLong() >= Messages.OLDEST_PROTOCOL_VERSION
                        && v.asLong() <= Messages.PROTOCOL_VERSION)) {
            send(
                    c,
                    Messages.error(
                            "unsupported-version",
                            "this server speaks protocol versions " + Messages.OLDEST_PROTOCOL_VERSION + " to "
                                    + Messages.PROTOCOL_VERSION + ", the message asked for " + clip(v.toString()),
                            "v"));
            return false;
        }
        JsonNode schemaId = msg.get("schemaId");
        if (schemaId != null && !schemaId.isString()) {
            send(
                    c,
                    Messages.error(
                            "invalid-request",
                            "schemaId must be the string a previous meta message gave as its schemaId",
                            "schemaId"));
            return false;
        }
        c.version = v == null ? Messages.OLDEST_PROTOCOL_VERSION : v.asInt();
        if (c.version < 2) {
            c.holdsSchema = false;
        } else if (schemaId != null) {
            c.holdsSchema = schemaId.asString().equals(Messages.SCHEMA_ID);
        }
        return true;
    }

    private PreparedRun parseRun(Connection c, JsonNode msg) throws IOException {
        try {
            return parser.parse(json.treeToValue(msg.path("run"), Object.class), "run");
        } catch (InvalidRequestException e) {
            send(c, Messages.invalid(e.errors()));
            return null;
        }
    }

    /** Starts streaming {@code prepared} from {@code startSeq}, replacing the connection's run. */
    private void open(Connection c, PreparedRun prepared, long startSeq, long credit, Map<String, Object> extra)
            throws IOException {
        if (c.stream != null) {
            c.stream.cancel("replaced");
            c.stream = null;
        }
        if (!c.admitted) {
            if (!c.account.tryAdmit()) {
                c.out.close(
                        admission.isDraining()
                                ? CloseStatus.GOING_AWAY.withReason("server shutting down")
                                : TRY_AGAIN_LATER);
                return;
            }
            c.admitted = true;
        }
        String runId = newRunId();
        RunStream stream = new RunStream(runId, prepared, startSeq, credit, new RunStream.Frames() {
            @Override
            public void batch(byte[] frame, int events) {
                c.account.eventsSent(events);
                sendQuietly(c, new BinaryMessage(frame));
            }

            @Override
            public void end(RunStream s) {
                releaseSlot(c);
                runLog(c)
                        .info(
                                "run {} ended: {} after {} events, seed={}",
                                s.runId(),
                                s.result().outcome().wireName(),
                                s.result().events(),
                                s.prepared().config().seed());
                sendQuietly(c, textMessage(Messages.end(s)));
            }

            @Override
            public void startPastEnd(RunStream s, long total) {
                releaseSlot(c);
                c.stream = null;
                sendQuietly(
                        c,
                        textMessage(Messages.error(
                                "bad-resume-point",
                                "the run has only " + total + " events; cannot resume from " + s.startSeq(),
                                "from")));
            }
        });
        c.stream = stream;
        runLog(c)
                .info(
                        "run {} {}: source={} seed={} gomaxprocs={} interventions={} from={}",
                        runId,
                        extra.isEmpty() ? "started" : extra.keySet().iterator().next(),
                        prepared.source().id(),
                        prepared.config().seed(),
                        prepared.config().gomaxprocs(),
                        prepared.config().interventions().size(),
                        startSeq);
        send(c, Messages.meta(stream, extra, c.version, !c.holdsSchema));
        c.holdsSchema = c.version >= 2; // from version 2 on, a client keeps the schema for its connection
        stream.pump();
    }

    private void credit(Connection c, JsonNode msg) throws IOException {
        if (c.stream == null) {
            send(c, Messages.error("out-of-order", "send start before credit", "type"));
            return;
        }
        Long events = positive(c, msg, "events", null);
        if (events != null) {
            c.stream.grant(events);
        }
    }

    /** Reads an optional positive integer field, answering an error (and returning null) if invalid. */
    private Long positive(Connection c, JsonNode msg, String field, Long def) throws IOException {
        JsonNode n = msg.get(field);
        if (n == null && def != null) {
            return def;
        }
        if (n == null || !n.isIntegralNumber() || n.asLong() < 1 || n.asLong() > MAX_CREDIT) {
            send(
                    c,
                    Messages.error(
                            "invalid-request", field + " must be an integer between 1 and " + MAX_CREDIT, field));
            return null;
        }
        return n.asLong();
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Connection c = connections.remove(session.getId());
        if (c == null) {
            return;
        }
        c.account.sessionClosed();
        RunStream s = c.stream;
        if (s != null && !s.isEnded()) {
            s.cancel("client disconnected");
            runLog(c)
                    .info(
                            "run {} abandoned: client disconnected ({}), seed={}",
                            s.runId(),
                            status,
                            s.prepared().config().seed());
        }
        releaseSlot(c);
    }

    /** Where a connection's run lines go: the log, except for the startup warm-up's own runs. */
    private static Logger runLog(Connection c) {
        return c.warmup ? NOPLogger.NOP_LOGGER : log;
    }

    /** Frees the connection's slot, once however many threads see the run end at the same time. */
    private void releaseSlot(Connection c) {
        synchronized (c) {
            if (!c.admitted) {
                return;
            }
            c.admitted = false;
        }
        c.account.release();
    }

    // ---- graceful shutdown: stop admitting, tell every client, before the web server stops ----------

    @Override
    public void start() {
        admission.admitAgain(); // a stopped context may be started again (Spring's test contexts are)
        running = true;
    }

    @Override
    public void stop() {
        admission.drain();
        for (Connection c : connections.values()) {
            try {
                c.out.close(CloseStatus.GOING_AWAY.withReason("server shutting down"));
            } catch (IOException | RuntimeException e) {
                log.debug("closing a session on shutdown failed: {}", e.toString());
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown, so clients hear 1001 rather than a reset. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    private void send(Connection c, Map<String, Object> message) throws IOException {
        c.out.sendMessage(textMessage(message));
    }

    /**
     * A control message as text. Strings that come from the client (names in a run request, the text of
     * a bad message quoted in an error) may hold lone UTF-16 surrogates: JSON allows them ({@code
     * "\ud800"}) but UTF-8 cannot encode them, and the container would fail the send and close the
     * socket with 1011. Each becomes U+FFFD instead.
     */
    private TextMessage textMessage(Map<String, Object> message) {
        return new TextMessage(wellFormed(json.writeValueAsString(message)));
    }

    static String wellFormed(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isSurrogate(ch)) {
                if (out != null) {
                    out.append(ch);
                }
                continue;
            }
            boolean pair =
                    Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (out == null && !pair) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (pair) {
                if (out != null) {
                    out.append(ch).append(s.charAt(i + 1));
                }
                i++;
            } else {
                out.append('\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }

    private void sendQuietly(Connection c, org.springframework.web.socket.WebSocketMessage<?> m) {
        try {
            c.out.sendMessage(m);
        } catch (IOException | RuntimeException e) {
            log.debug("send failed, closing: {}", e.toString());
            // The client is gone: end its run and free the slot now. The container reports the close
            // only once this thread is free, and this may be the thread pumping the run, which would
            // otherwise go on simulating (its sends now dropped) until the client's credit ran out.
            RunStream s = c.stream;
            if (s != null) {
                s.cancel("send failed");
            }
            releaseSlot(c);
            try {
                c.out.close(CloseStatus.SESSION_NOT_RELIABLE);
            } catch (IOException ignored) {
                // already closing
            }
        }
    }

    private String newRunId() {
        byte[] b = new byte[12];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String newWarmupKey(SecureRandom random) {
        byte[] key = new byte[16];
        random.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /**
     * Run ids come from a DRBG seeded by the operating system: as unpredictable as the platform default,
     * without a read of /dev/urandom under a process-wide lock for every run.
     */
    private static SecureRandom runIdSource() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    private static String clip(String s) {
        if (s.length() <= 40) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(39)) ? 39 : 40; // never split a surrogate pair
        return s.substring(0, cut) + "…";
    }
}
