package dev.chanscope.testkit;

import dev.chanscope.client.SocketClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A room member as a page would be one (docs/protocol.md, "Rooms"): it opens {@code /ws/rooms/{code}}
 * on one of several server addresses, sends {@code join}, and records every frame. When the socket
 * drops for a reason worth retrying (server going away, Redis restarting, a reset) it reconnects — to
 * the next address, with a growing pause — and joins again as the same member, so it gets a fresh
 * {@code welcome} read from the store. Rooms that are gone (4404), refusals (1008, 4429) and its own
 * close end it. Its sockets are {@link SocketClient}'s, the project's one WebSocket client.
 *
 * <p>{@code await…} methods block until the history satisfies them or the timeout passes; they never
 * sleep and never consume history.
 */
public final class RoomClient implements AutoCloseable {

    public static final Set<Integer> FINAL_CLOSES = Set.of(1000, 1008, 1009, 4404, 4429);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ScheduledExecutorService RETRY = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "room-client-retry");
        t.setDaemon(true);
        return t;
    });

    /** One frame as it arrived: {@code at} is {@link System#nanoTime()}, {@code connection} counts from 1. */
    public record Frame(long at, int connection, JsonNode json) {
        public String type() {
            return json.path("type").asString("");
        }
    }

    /** What {@code POST /api/rooms} answered. */
    public record Created(String code, String teacherKey, String link) {}

    private final HttpClient http;
    private final List<URI> bases;
    private final String code;
    private final Map<String, Object> join;
    private final Consumer<Frame> onFrame;
    private final FrameLog log;
    private volatile SocketClient socket;
    private volatile Listener listener;

    private volatile boolean closed;
    private volatile boolean reconnect = true;
    private int base;
    private int connection;
    private long retryMillis = 25;
    private long retryUntil;

    private RoomClient(
            HttpClient http, List<URI> bases, String code, Map<String, Object> join, Consumer<Frame> onFrame) {
        this.http = http;
        this.bases = List.copyOf(bases);
        this.code = code;
        this.join = new java.util.concurrent.ConcurrentHashMap<>(join);
        this.onFrame = onFrame;
        this.log = new FrameLog("room " + code);
    }

    /** Creates a room over REST on {@code base} (e.g. {@code http://127.0.0.1:8080}). */
    public static Created create(HttpClient http, URI base, String link) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(base.resolve("/api/rooms"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("link", link))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST /api/rooms answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode b = JSON.readTree(r.body());
        return new Created(
                b.get("code").asString(),
                b.get("teacherKey").asString(),
                b.get("link").asString());
    }

    public static RoomClient teacher(
            HttpClient http, List<URI> bases, String code, String key, Consumer<Frame> onFrame) {
        return open(http, bases, code, Map.of("type", "join", "v", 1, "role", "teacher", "key", key), onFrame);
    }

    public static RoomClient student(HttpClient http, List<URI> bases, String code, Consumer<Frame> onFrame) {
        return open(http, bases, code, Map.of("type", "join", "v", 1, "role", "student"), onFrame);
    }

    /** Connects to the first address and sends {@code join}; frames then arrive on their own. */
    public static RoomClient open(
            HttpClient http, List<URI> bases, String code, Map<String, Object> join, Consumer<Frame> onFrame) {
        RoomClient c = new RoomClient(http, bases, code, join, onFrame == null ? f -> {} : onFrame);
        c.connect();
        return c;
    }

    public void send(Map<String, Object> message) {
        sendText(JSON.writeValueAsString(message));
    }

    /** Sends one text frame, after the previous one ({@link SocketClient} keeps them in order). */
    public void sendText(String text) {
        SocketClient s = socket;
        if (s == null) {
            throw new IllegalStateException("not connected");
        }
        s.sendText(text).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** The member id the server gave this student (from the latest {@code welcome}). */
    public String memberId() {
        Object m = join.get("member");
        return m == null ? null : m.toString();
    }

    /** Whether to reconnect when the socket drops (on by default). */
    public void reconnect(boolean on) {
        reconnect = on;
    }

    // ---- history ------------------------------------------------------------------------------------

    public List<Frame> frames() {
        return log.frames();
    }

    /** How many frames have arrived; pass it to {@link #awaitAfter} to wait for a newer one. */
    public int mark() {
        return log.size();
    }

    /** Close codes received so far, in order (1006 for a connection that broke without one). */
    public List<Integer> closes() {
        return log.closes();
    }

    public JsonNode await(String what, Duration timeout, Predicate<JsonNode> test) {
        return awaitAfter(0, what, timeout, test);
    }

    /** The first frame at or after index {@code from} that passes {@code test}. */
    public JsonNode awaitAfter(int from, String what, Duration timeout, Predicate<JsonNode> test) {
        return awaitFrame(from, what, timeout, f -> test.test(f.json())).json();
    }

    public Frame awaitFrame(int from, String what, Duration timeout, Predicate<Frame> test) {
        return log.await(from, what, timeout, test);
    }

    /** Waits until {@code count} close codes were received (the socket may reconnect after each). */
    public List<Integer> awaitCloses(int count, Duration timeout) {
        return log.awaitCloses(count, timeout);
    }

    public static Predicate<JsonNode> type(String type) {
        return j -> j.path("type").asString("").equals(type);
    }

    // ---- connection ---------------------------------------------------------------------------------

    private void connect() {
        URI uri = bases.get(base % bases.size()).resolve("/ws/rooms/" + code);
        int n = ++connection; // only the retry thread and the first connect touch it, one after the other
        SocketClient.to(URI.create(uri.toString().replaceFirst("^http", "ws")))
                .http(http)
                .connectTimeout(Duration.ofSeconds(5))
                .openAsync(listener = new Listener(n))
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        dropped(1006);
                    } else {
                        socket = ws;
                        ws.sendText(JSON.writeValueAsString(join));
                    }
                });
    }

    private void dropped(int status) {
        log.closed(status);
        socket = null;
        if (closed || !reconnect || FINAL_CLOSES.contains(status)) {
            return;
        }
        long now = System.nanoTime();
        if (retryUntil == 0) {
            retryUntil = now + TimeUnit.SECONDS.toNanos(60);
        }
        if (now > retryUntil) {
            return; // gave up; the test's await reports what happened
        }
        base++;
        long pause = retryMillis;
        retryMillis = Math.min(500, retryMillis * 2);
        RETRY.schedule(this::connect, pause, TimeUnit.MILLISECONDS);
    }

    private void received(int n, String text) {
        JsonNode json = JSON.readTree(text);
        Frame f = new Frame(System.nanoTime(), n, json);
        if (f.type().equals("welcome")) {
            retryMillis = 25;
            retryUntil = 0;
            JsonNode member = json.get("member");
            if (member != null) {
                join.put("member", member.asString());
            }
        }
        if (f.type().equals("member")) {
            join.put("detached", json.path("detached").asBoolean());
        }
        log.add(f);
        onFrame.accept(f);
        if (f.type().equals("error") && json.path("code").asString("").equals("store-unavailable") && !joinedOn(n)) {
            SocketClient s = socket;
            Listener l = listener;
            if (s != null && l != null && l.n == n) {
                s.abort(); // the join failed while Redis was away: try again shortly
                l.finish(1013);
            }
        }
    }

    private boolean joinedOn(int n) {
        return log.any(f -> f.connection() == n && f.type().equals("welcome"));
    }

    private final class Listener implements SocketClient.Listener {
        private final int n;
        private boolean done;

        Listener(int n) {
            this.n = n;
        }

        @Override
        public void onText(SocketClient ws, String whole) {
            received(n, whole);
        }

        @Override
        public void onClose(SocketClient ws, int status, String reason) {
            finish(status);
        }

        @Override
        public void onError(SocketClient ws, Throwable error) {
            finish(1006);
        }

        private synchronized void finish(int status) {
            if (!done) {
                done = true;
                dropped(status);
            }
        }
    }

    /** Closes the socket normally and stops reconnecting. */
    @Override
    public void close() {
        closed = true;
        SocketClient s = socket;
        if (s != null) {
            try {
                s.close(1000, "").get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // already gone
            }
            s.abort();
        }
    }

    /** For reports: the latest welcome, if any. */
    public Optional<JsonNode> welcome() {
        return frames().reversed().stream()
                .filter(f -> f.type().equals("welcome"))
                .map(Frame::json)
                .findFirst();
    }
}
