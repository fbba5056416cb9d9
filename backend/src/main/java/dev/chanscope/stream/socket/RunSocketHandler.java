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
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transport of {@code WS /ws/runs}: it opens a {@link RunProtocol} per session, assembles the
 * client's messages from the container's pieces within the size limit ({@link Inbound}), drops those
 * over the rate limit, and hands the rest to the protocol one at a time; out, the session is a {@link
 * SessionPeer} with bounded back-pressure. Draining and shutdown are {@link RunAdmission}'s and
 * {@link SocketShutdown}'s.
 */
public final class RunSocketHandler extends AbstractWebSocketHandler {

    /** Clients send no binary messages; one longer than this closes the socket (1009) rather than being read. */
    static final int MAX_BINARY_MESSAGE_BYTES = 1024;

    /** One client's socket: its conversation, its inbound assembly and its message rate. */
    private record Client(RunProtocol protocol, SessionPeer peer, Inbound inbound, RateLimit rate) {}

    private final JsonMapper json;
    private final RunRequestParser parser;
    private final RunAdmission admission;
    private final OpenSockets sockets;
    private final ChanscopeProperties.Websocket limits;
    private final long maxTextBytes;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();

    public RunSocketHandler(
            JsonMapper json,
            RunRequestParser parser,
            RunAdmission admission,
            OpenSockets sockets,
            ChanscopeProperties.Websocket limits) {
        this.json = json;
        this.parser = parser;
        this.admission = admission;
        this.sockets = sockets;
        this.limits = limits;
        this.maxTextBytes = limits.maxMessageSize().toBytes();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        if (admission.isDraining()) {
            session.close(status(Peer.Close.GOING_AWAY));
            return;
        }
        boolean warmup = admission.isWarmup(session.getHandshakeHeaders().getFirst(RunAdmission.WARMUP_HEADER));
        long now = System.nanoTime();
        SessionPeer peer = new SessionPeer(session, json, limits);
        Client c = new Client(
                new RunProtocol(peer, json, parser, admission.account(!warmup), !warmup),
                peer,
                new Inbound(),
                warmup ? RateLimit.unlimited(now) : new RateLimit(limits.maxMessagesPerSecond(), limits.burst(), now));
        clients.put(session.getId(), c);
        sockets.add(peer.session());
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
        Client c = clients.get(session.getId());
        if (c == null) {
            return;
        }
        String text;
        try {
            text = c.inbound().textPiece(piece.getPayload(), piece.isLast(), maxTextBytes);
        } catch (Inbound.TooBig e) {
            closeTooBig(c, "text", e);
            return;
        }
        if (text == null) {
            return;
        }
        if (!c.rate().allow(System.nanoTime())) {
            if (c.rate().droppedInARow() > limits.burst()) {
                c.peer().close(new Peer.Close(CloseStatus.POLICY_VIOLATION.getCode(), "message rate exceeded"));
            } else if (c.rate().droppedInARow() == 1) {
                c.protocol().rateLimited(limits.maxMessagesPerSecond());
            }
            return;
        }
        c.protocol().onText(text);
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage piece) throws IOException {
        Client c = clients.get(session.getId());
        if (c == null) {
            return;
        }
        try {
            if (c.inbound().binaryPiece(piece.getPayloadLength(), piece.isLast(), MAX_BINARY_MESSAGE_BYTES)) {
                c.protocol().onBinary();
            }
        } catch (Inbound.TooBig e) {
            closeTooBig(c, "binary", e);
        }
    }

    private static void closeTooBig(Client c, String kind, Inbound.TooBig e) throws IOException {
        c.peer()
                .close(new Peer.Close(
                        CloseStatus.TOO_BIG_TO_PROCESS.getCode(),
                        kind + " message larger than the limit of " + e.limit() + " bytes"));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sockets.remove(session);
        Client c = clients.remove(session.getId());
        if (c != null) {
            c.protocol().closed(String.valueOf(status));
        }
    }

    private static CloseStatus status(Peer.Close how) {
        return new CloseStatus(how.code(), how.reason());
    }
}
