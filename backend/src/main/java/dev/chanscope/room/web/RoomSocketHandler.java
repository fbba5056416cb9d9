package dev.chanscope.room.web;

import dev.chanscope.room.ClientLimiter;
import dev.chanscope.room.Room;
import dev.chanscope.room.RoomError;
import dev.chanscope.room.RoomJson;
import dev.chanscope.room.RoomStoreUnavailable;
import dev.chanscope.room.Rooms;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code WS /ws/rooms/{code}} (docs/protocol.md, "Rooms"): a socket joins as teacher (with the key) or
 * student, then sends commands; every change reaches every socket of the room on every instance. Each
 * bad message is answered with an {@code error} frame and changes nothing; the socket stays open
 * unless the error says it closes.
 */
final class RoomSocketHandler extends AbstractWebSocketHandler {

    static final int TOO_MANY_REQUESTS = 4429;
    /** A blocked write to one follower gives up after this; the follower is then dropped. */
    static final long SEND_TIMEOUT_MILLIS = 10_000;

    static final String PROTOCOL = "1";
    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final Rooms rooms;
    private final LocalRooms local;
    private final RoomProperties limits;
    private final JsonMapper json;
    private final Executor executor;
    private final ClientLimiter joins;
    private final ClientLimiter failedLookups;
    private final SecureRandom random;
    private final RoomCommands commands;
    private final Map<String, Member> sockets = new ConcurrentHashMap<>();

    RoomSocketHandler(
            Rooms rooms,
            LocalRooms local,
            RoomProperties limits,
            JsonMapper json,
            Executor executor,
            ClientLimiter joins,
            ClientLimiter failedLookups,
            SecureRandom random) {
        this.rooms = rooms;
        this.local = local;
        this.limits = limits;
        this.json = json;
        this.executor = executor;
        this.joins = joins;
        this.failedLookups = failedLookups;
        this.random = random;
        this.commands = new RoomCommands(rooms);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        if (session instanceof NativeWebSocketSession n
                && n.getNativeSession() instanceof jakarta.websocket.Session s) {
            // A client that stops reading must not hold a virtual thread in a blocking write for long.
            s.getUserProperties().put("org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT", SEND_TIMEOUT_MILLIS);
            // A close frame with a code other than 1000 gets the same time, not Tomcat's 50 ms, which a
            // thread kept from a CPU on a loaded machine can miss: the client then hears 1006.
            s.getUserProperties()
                    .put("org.apache.tomcat.websocket.ABNORMAL_SESSION_CLOSE_SEND_TIMEOUT", SEND_TIMEOUT_MILLIS);
        }
        String path = session.getUri() == null ? "" : session.getUri().getPath();
        String code = dev.chanscope.room.RoomCode.normalize(path.substring(path.lastIndexOf('/') + 1))
                .orElse(null);
        InetSocketAddress remote = session.getRemoteAddress();
        String client = remote == null ? "?" : remote.getAddress().getHostAddress();
        Outbox out = new Outbox(session, executor, 4L * limits.maxMessageSize().toBytes());
        Inbound in =
                new Inbound(limits.maxMessageSize().toBytes(), limits.studentMessagesPerSecond(), System.nanoTime());
        sockets.put(session.getId(), new Member(token(), code, client, out, in));
    }

    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage piece) {
        Member m = sockets.get(session.getId());
        if (m == null) {
            return;
        }
        String text;
        try {
            text = m.inbound.piece(piece.getPayload(), piece.isLast());
        } catch (Inbound.TooBig e) {
            m.out.closeNow(CloseStatus.TOO_BIG_TO_PROCESS.withReason(
                    "message larger than the limit of " + e.limit + " bytes"));
            return;
        }
        if (text == null) {
            return;
        }
        if (!m.inbound.allow(System.nanoTime())) {
            if (m.inbound.droppedInARow() > m.inbound.burst()) {
                m.out.closeAfter(CloseStatus.POLICY_VIOLATION.withReason("message rate exceeded"));
            } else if (m.inbound.droppedInARow() == 1) {
                int rate = m.isTeacher() ? limits.teacherMessagesPerSecond() : limits.studentMessagesPerSecond();
                error(
                        m,
                        new RoomError(
                                "rate-limited",
                                "too many messages: at most " + rate + " per second; this one was dropped",
                                null));
            }
            return;
        }
        try {
            handle(m, text);
        } catch (RoomError e) {
            error(m, e);
        } catch (RoomStoreUnavailable e) {
            error(
                    m,
                    new RoomError(
                            "store-unavailable", "the room store cannot be reached; nothing changed, try again", null));
        }
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, org.springframework.web.socket.BinaryMessage piece) {
        Member m = sockets.get(session.getId());
        if (m != null && piece.isLast()) {
            error(m, new RoomError("bad-message", "room sockets take JSON text messages only", null));
        }
    }

    private void handle(Member m, String text) {
        JsonNode msg;
        try {
            msg = json.readTree(text);
        } catch (JacksonException e) {
            throw new RoomError("malformed-json", "the message is not valid JSON: " + e.getOriginalMessage(), null);
        }
        if (msg == null || !msg.isObject() || !msg.path("type").isString()) {
            throw new RoomError("bad-message", "a message must be a JSON object with a string \"type\"", "type");
        }
        String type = msg.get("type").asString();
        if (type.equals("ping")) {
            m.reply(frame(RoomJson.frame("pong")));
            return;
        }
        if (type.equals("join")) {
            join(m, msg);
            return;
        }
        if (!m.joined) {
            throw new RoomError("out-of-order", "send join first", "type");
        }
        switch (type) {
            case "state", "ask", "reveal", "close-question", "close-room" -> commands.teacher(m, type, msg);
            case "answer", "detach", "attach" -> commands.student(m, type, msg);
            default ->
                throw new RoomError(
                        "unknown-type",
                        "unknown message type \"" + clip(type) + "\" (allowed: join, ping, "
                                + (m.isTeacher()
                                        ? "state, ask, reveal, close-question, close-room"
                                        : "answer, detach, attach")
                                + ")",
                        "type");
        }
    }

    private void join(Member m, JsonNode msg) {
        if (m.joined) {
            throw new RoomError("out-of-order", "this socket has already joined the room", "type");
        }
        JsonNode v = msg.get("v");
        if (v != null && !(v.isIntegralNumber() && v.asLong() == 1)) {
            throw new RoomError("unsupported-version", "this server speaks room protocol version 1", "v");
        }
        String role = Fields.string(msg, "role", true);
        if (!role.equals("teacher") && !role.equals("student")) {
            throw RoomError.invalid("role", "must be teacher or student");
        }
        String key = role.equals("teacher") ? Fields.string(msg, "key", true) : null;
        String memberId = role.equals("student") ? Fields.string(msg, "member", false) : null;
        if (memberId != null && !MEMBER_ID.matcher(memberId).matches()) {
            throw RoomError.invalid("member", "must be the member id a previous welcome gave (22 characters)");
        }
        Boolean detached = Fields.bool(msg, "detached");
        if (!failedLookups.has(m.client)) {
            refuse(
                    m,
                    new RoomError(
                            "rate-limited", "too many failed lookups from this address; try again in a minute", null));
            return;
        }
        if (!joins.tryTake(m.client)) {
            refuse(m, new RoomError("rate-limited", "too many joins from this address; try again in a minute", null));
            return;
        }
        Room room = m.code == null ? null : rooms.store().find(m.code).orElse(null);
        if (room == null) {
            failedLookups.tryTake(m.client);
            m.reply(frame(RoomJson.error(RoomError.notFound(m.code == null ? "with that code" : m.code))));
            m.out.closeAfter(new CloseStatus(LocalRooms.ROOM_GONE, "no such room"));
            return;
        }
        if (key != null && !rooms.isTeacher(room, key)) {
            failedLookups.tryTake(m.client);
            throw new RoomError("forbidden", "the teacher key does not match this room", "key");
        }
        if (key == null && rooms.store().presence(m.code).members() >= limits.maxMembers()) {
            refuse(
                    m,
                    new RoomError(
                            "room-full", "the room has its maximum of " + limits.maxMembers() + " members", null));
            return;
        }
        m.role = key != null ? Member.Role.TEACHER : Member.Role.STUDENT;
        m.memberId = key != null ? null : memberId != null ? memberId : token();
        m.detached = Boolean.TRUE.equals(detached) && key == null;
        if (m.isTeacher()) {
            m.inbound.rate(limits.teacherMessagesPerSecond(), System.nanoTime());
        }
        m.joined = true;
        local.add(m); // from here on, every announcement of the room reaches this socket
        try {
            room = rooms.room(m.code); // the snapshot, read after subscribing
            if (!m.isTeacher()) {
                rooms.seat(m.code, m.memberId, m.socketId, m.detached);
            }
            m.welcome(room.rev(), frame(welcome(m, room)));
        } catch (RuntimeException e) {
            m.joined = false;
            local.remove(m);
            throw e;
        }
        local.recountPresence(m.code);
    }

    private Map<String, Object> welcome(Member m, Room room) {
        Map<String, Object> w = RoomJson.frame("welcome");
        w.put("v", 1);
        w.put("role", m.isTeacher() ? "teacher" : "student");
        if (!m.isTeacher()) {
            w.put("member", m.memberId);
            w.put("detached", m.detached);
        }
        w.put("room", rooms.view(room));
        if (m.isTeacher() && room.question() != null) {
            w.put("answers", RoomJson.answersFrame(rooms.store().tally(room.code(), room.question())));
        }
        w.put("now", System.currentTimeMillis());
        return w;
    }

    /** An error that ends the socket: the frame, then close (4429 for rate limits, 1008 otherwise). */
    private void refuse(Member m, RoomError e) {
        m.reply(frame(RoomJson.error(e)));
        int status = e.code().equals("rate-limited") ? TOO_MANY_REQUESTS : CloseStatus.POLICY_VIOLATION.getCode();
        m.out.closeAfter(new CloseStatus(status, e.code()));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Member m = sockets.remove(session.getId());
        if (m == null || !m.joined) {
            return;
        }
        local.remove(m);
        if (!m.isTeacher()) {
            try {
                rooms.unseat(m.code, m.memberId, m.socketId);
            } catch (RuntimeException e) {
                // The store is unreachable; the seat goes with this instance's presence lease.
            }
        }
    }

    /** Closes every room socket here, e.g. when the shared store was lost, so clients re-fetch on reconnect. */
    void closeAll(CloseStatus status) {
        for (Member m : sockets.values()) {
            m.out.closeNow(status);
        }
    }

    private void error(Member m, RoomError e) {
        m.reply(frame(RoomJson.error(e)));
    }

    private TextMessage frame(Map<String, Object> f) {
        return Outbox.text(rooms.write(f));
    }

    private String token() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
