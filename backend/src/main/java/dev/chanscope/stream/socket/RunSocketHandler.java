package dev.chanscope.stream.socket;

import dev.chanscope.run.RunRequestParser;
import dev.chanscope.stream.Peer;
import dev.chanscope.stream.RunProtocol;
import dev.chanscope.stream.admission.RateLimit;
import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.system.ChanscopeProperties;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transport of {@code WS /ws/runs}: it opens a {@link RunProtocol} per session (at most {@code
 * max-sessions} at once), assembles the client's messages from the container's pieces within the
 * size limit ({@link Inbound}), drops those over the rate limit, and hands the rest to the protocol
 * through the client's {@link Mailbox}, one at a time; out, the session is a {@link SessionPeer} that
 * never waits for the network. A message is handled on the container's thread that brought it unless
 * the client's mailbox is busy; a pump paused on a full queue goes on in the {@code pumps} pool once
 * the queue drains. {@link #tick} applies the time bounds: idle sessions, clients that stopped reading.
 */
public final class RunSocketHandler extends AbstractWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(RunSocketHandler.class);

    /** Clients send no binary messages; one longer than this closes the socket (1009) rather than being read. */
    static final int MAX_BINARY_MESSAGE_BYTES = 1024;

    /** Told to a client refused because {@code max-sessions} sockets are open. */
    static final Peer.Close SESSIONS_FULL = new Peer.Close(1013, "too many open sessions, try again later");

    private static final Executor HERE = Runnable::run;

    /** How the handler is set up besides the limits: its clock, where pumps resume, how sessions write. */
    record Setup(LongSupplier clock, Executor pumps, Function<WebSocketSession, Wire> wires) {

        /** The container's sessions, written with its asynchronous send, their bounds timed by {@code clock}. */
        static Setup container(LongSupplier clock, Executor pumps, ChanscopeProperties.Websocket limits) {
            return new Setup(
                    clock, pumps, s -> Wire.of(s, limits.sendTimeLimit().toMillis()));
        }
    }

    private final JsonMapper json;
    private final RunRequestParser parser;
    private final RunAdmission admission;
    private final OpenSockets sockets;
    private final ChanscopeProperties.Websocket limits;
    private final long maxTextBytes;
    private final Setup setup;
    private final long idleNanos;
    private final Map<String, RunSession> clients = new ConcurrentHashMap<>();
    /** Sessions holding a place under {@code max-sessions}; taken before a client is made. */
    private final AtomicInteger open = new AtomicInteger();

    /** Every client's writes go through the container's asynchronous send; paused pumps resume on {@code pumps}. */
    public RunSocketHandler(
            JsonMapper json,
            RunRequestParser parser,
            RunAdmission admission,
            OpenSockets sockets,
            ChanscopeProperties.Websocket limits,
            Executor pumps) {
        this(json, parser, admission, sockets, limits, Setup.container(System::nanoTime, pumps, limits));
    }

    RunSocketHandler(
            JsonMapper json,
            RunRequestParser parser,
            RunAdmission admission,
            OpenSockets sockets,
            ChanscopeProperties.Websocket limits,
            Setup setup) {
        this.json = json;
        this.parser = parser;
        this.admission = admission;
        this.sockets = sockets;
        this.limits = limits;
        this.maxTextBytes = limits.maxMessageSize().toBytes();
        this.setup = setup;
        this.idleNanos = limits.idleWithoutRun().toNanos();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        if (admission.isDraining()) {
            setup.wires().apply(session).close(status(Peer.Close.GOING_AWAY), false);
            return;
        }
        if (!takeSessionPlace()) {
            setup.wires().apply(session).close(status(SESSIONS_FULL), false);
            return;
        }
        boolean warmup = admission.isWarmup(session.getHandshakeHeaders().getFirst(RunAdmission.WARMUP_HEADER));
        long now = setup.clock().getAsLong();
        RunSession c = new RunSession(
                warmup ? RateLimit.unlimited(now) : new RateLimit(limits.maxMessagesPerSecond(), limits.burst(), now),
                now);
        SessionPeer peer = new SessionPeer(
                session, setup.wires().apply(session), json, limits, setup.clock(), new SendQueue.Listener() {
                    @Override
                    public void drained() {
                        c.mailbox.execute(c.protocol::writable, setup.pumps());
                    }

                    @Override
                    public void failed(Throwable cause) {
                        log.debug("send failed, closing: {}", cause.toString());
                        let(c, "send failed", Peer.Close.NOT_RELIABLE);
                    }
                });
        c.attach(peer, new RunProtocol(peer, json, parser, admission.account(!warmup), !warmup));
        clients.put(session.getId(), c);
        sockets.add(session);
    }

    private boolean takeSessionPlace() {
        while (true) {
            int n = open.get();
            if (n >= limits.maxSessions()) {
                return false;
            }
            if (open.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Open sessions, as counted against {@code max-sessions}. */
    int openSessions() {
        return open.get();
    }

    /**
     * Called every few milliseconds with the time ({@link WebSocketConfig} schedules it; tests call it
     * with a time of their own). A client that stopped reading (its queue full, no write completing for
     * {@code stall-timeout}) loses its run and slot at once and its socket is closed; a session that
     * has held no run and sent no message for {@code idle-without-run} is closed. A session holding a
     * run is never idle, however slowly its client grants credit.
     */
    void tick(long now) {
        for (RunSession c : clients.values()) {
            if (c.peer.stalled(now)) {
                long since = c.peer.stalledSince();
                boolean heldRun = c.protocol.holdsRun();
                let(c, "not reading", Peer.Close.NOT_READING);
                if (heldRun) {
                    admission.stallReleased(now - since);
                }
            } else if (c.protocol.holdsRun()) {
                c.lastActive = now;
            } else if (now - c.lastActive >= idleNanos) {
                c.lastActive = now; // one close, not one per tick while the container closes it
                c.peer.close(new Peer.Close(
                        CloseStatus.NORMAL.getCode(),
                        "idle: no run for " + limits.idleWithoutRun().toSeconds() + " s"));
            }
        }
    }

    /** Lets a client go now, from any thread: its run ends, its slot is freed, its socket closed. */
    private static void let(RunSession c, String why, Peer.Close how) {
        c.protocol.closed(why);
        c.peer.abort(how);
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
    protected void handleTextMessage(WebSocketSession session, TextMessage piece) {
        RunSession c = clients.get(session.getId());
        if (c == null) {
            return;
        }
        String text;
        try {
            text = c.inbound.textPiece(piece.getPayload(), piece.isLast(), maxTextBytes);
        } catch (Inbound.TooBig e) {
            closeTooBig(c, "text", e);
            return;
        }
        if (text == null) {
            return;
        }
        long now = setup.clock().getAsLong();
        c.lastActive = now;
        c.messagesIn++;
        if (!c.rate.allow(now)) {
            if (c.rate.droppedInARow() > limits.burst()) {
                c.peer.close(new Peer.Close(CloseStatus.POLICY_VIOLATION.getCode(), "message rate exceeded"));
            } else if (c.rate.droppedInARow() == 1) {
                run(c, () -> c.protocol.rateLimited(limits.maxMessagesPerSecond()));
            }
            return;
        }
        run(c, () -> c.protocol.onText(text));
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage piece) {
        RunSession c = clients.get(session.getId());
        if (c == null) {
            return;
        }
        try {
            if (c.inbound.binaryPiece(piece.getPayloadLength(), piece.isLast(), MAX_BINARY_MESSAGE_BYTES)) {
                run(c, c.protocol::onBinary);
            }
        } catch (Inbound.TooBig e) {
            closeTooBig(c, "binary", e);
        }
    }

    private interface Task {
        void run() throws IOException;
    }

    /** Hands a message to the client's protocol in order; a send that cannot be queued lets the client go. */
    private static void run(RunSession c, Task task) {
        c.mailbox.execute(
                () -> {
                    try {
                        task.run();
                    } catch (IOException e) {
                        log.debug("send failed, closing: {}", e.toString());
                        let(c, "send failed", Peer.Close.NOT_RELIABLE);
                    }
                },
                HERE);
    }

    private static void closeTooBig(RunSession c, String kind, Inbound.TooBig e) {
        c.peer.close(new Peer.Close(
                CloseStatus.TOO_BIG_TO_PROCESS.getCode(),
                kind + " message larger than the limit of " + e.limit() + " bytes"));
    }

    /**
     * The container failed to read or write, or to write a close frame the server asked for (Tomcat
     * then drops the connection and reports the close it meant to send, so the client hears 1006 while
     * this side saw a clean close). A client that vanished is routine (debug); a close frame the
     * server could not write is not: it is counted ({@code chanscope.sockets.close-frames-lost}) and
     * its session described (info), since the client's side says only that its input ended.
     */
    @Override
    public void handleTransportError(WebSocketSession session, Throwable error) {
        RunSession c = clients.get(session.getId());
        if (c != null && c.peer.closeAsked()) {
            admission.closeFrameLost();
            log.info("socket {}: {} while closing ({})", session.getId(), error, describe(c));
        } else {
            log.debug("socket {}: {} ({})", session.getId(), error, describe(c));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sockets.remove(session);
        RunSession c = clients.remove(session.getId());
        if (status.getCode() == CloseStatus.NO_CLOSE_FRAME.getCode()
                || status.getCode() == CloseStatus.SERVER_ERROR.getCode()) {
            log.debug("socket {}: closed abnormally, {} ({})", session.getId(), status, describe(c));
        }
        if (c != null) {
            open.decrementAndGet();
            c.protocol.closed(String.valueOf(status));
        }
    }

    private String describe(RunSession c) {
        if (c == null) {
            return "no client: refused on opening or gone";
        }
        return (setup.clock().getAsLong() - c.openedAt) / 1_000_000 + " ms after opening, " + c.messagesIn
                + " messages read, " + c.peer.describe() + (c.protocol.holdsRun() ? ", holding a run" : "");
    }

    private static CloseStatus status(Peer.Close how) {
        return new CloseStatus(how.code(), how.reason());
    }
}
