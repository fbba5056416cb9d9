package dev.chanscope.support;

import dev.chanscope.client.SocketClient;
import dev.chanscope.wire.ByteReader;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client of {@code /ws/runs} that follows one run to its end across any number of connections, the
 * way the playground does after a dropped connection: each new connection sends {@code resume} with the
 * first sequence number it lacks. It checks, as the events arrive, that every batch starts exactly where
 * the previous one ended (no gap, no duplicate), hashes the events' bytes (batch headers excluded) into
 * its own SHA-256, and at {@code end} compares that with the server's digest and event count.
 *
 * <p>Credit works like the playground's: a window of {@code window} events, topped up by half a window
 * whenever half of it is used. A client can also pause at an event and intervene there (it stops
 * granting, waits until everything granted has arrived, so the server has sent exactly what the client
 * holds, then sends {@code intervene} with {@code afterSeq} = its last event).
 *
 * <p>All state is guarded by {@code this}; a connection that is no longer the current one is ignored.
 * The file is longer than most on purpose: the run's progress, its connections, pausing, intervening
 * and the checks are one state machine under that one lock, and reading it whole is how to trust it.
 * The socket itself is {@link SocketClient}'s.
 */
public final class ResumingClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final long window;
    private final MessageDigest sha;
    private final List<String> problems = new ArrayList<>();
    private JsonNode run;
    private long nextSeq;
    private JsonNode end;
    private String clientDigest;
    private Attempt current;
    private long interveneAt = -1;
    private JsonNode pendingIntervention;
    private int interventionsApplied;
    private long holdAt = -1;
    private CompletableFuture<Void> held = new CompletableFuture<>();
    private final CompletableFuture<JsonNode> finished = new CompletableFuture<>();

    /**
     * @param run the run request (as in {@code start.run})
     * @param window credit window in events
     */
    public ResumingClient(HttpClient http, JsonNode run, long window) {
        this.http = http;
        this.run = run;
        this.window = window;
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses {@code json} as a run request. */
    public static JsonNode runRequest(String json) {
        return JSON.readTree(json);
    }

    /**
     * Pauses once at least {@code atSeq} events are held and intervenes there with {@code intervention}
     * ({@code {kind, target}}; {@code afterSeq} is filled in).
     */
    public synchronized ResumingClient interveneAt(long atSeq, JsonNode intervention) {
        this.interveneAt = atSeq;
        this.pendingIntervention = intervention;
        return this;
    }

    /**
     * Stops granting credit once at least {@code atSeq} events are held; the returned future completes
     * when everything granted has arrived (the server then has nothing in flight for this client), or
     * when the run ended first. Cleared by {@link #release()}.
     */
    public synchronized CompletableFuture<Void> holdAt(long atSeq) {
        holdAt = atSeq;
        held = new CompletableFuture<>();
        if (end != null) {
            held.complete(null);
        }
        return held;
    }

    /** Grants credit again after {@link #holdAt}; takes effect on the next connection. */
    public synchronized void release() {
        holdAt = -1;
    }

    /**
     * Opens a new connection (the previous one, if any, is abandoned) and asks for the run from the first
     * event this client lacks. Waits at most {@code timeout} for the handshake.
     */
    public Attempt connect(URI uri, Duration timeout) throws InterruptedException, TimeoutException {
        Attempt a = new Attempt();
        synchronized (this) {
            if (current != null) {
                current.abort();
            }
            current = a;
        }
        try {
            a.socket = SocketClient.to(uri)
                    .http(http)
                    .connectTimeout(timeout)
                    .binaryPieces()
                    .openAsync(a)
                    .get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            a.closed.complete(new Closure(-1, "handshake failed", e.getCause()));
            return a;
        }
        synchronized (this) {
            ObjectNode msg = JSON.createObjectNode();
            msg.put("type", nextSeq == 0 ? "start" : "resume");
            msg.put("v", 1);
            msg.set("run", run);
            if (nextSeq > 0) {
                msg.put("from", nextSeq);
            }
            // When pausing (to intervene or to be dropped) ahead, grant just enough to get there, so the
            // pause happens even in a run shorter than one window.
            long credit = window;
            if (pendingIntervention != null && interveneAt > nextSeq) {
                credit = Math.min(credit, interveneAt - nextSeq);
            }
            if (holdAt > nextSeq) {
                credit = Math.min(credit, holdAt - nextSeq);
            }
            msg.put("credit", credit);
            a.granted = credit;
            a.sentAt = System.nanoTime();
            a.send(msg);
        }
        return a;
    }

    /** Closes the current connection normally, as the playground does once a run has ended. */
    public void close() {
        Attempt a;
        synchronized (this) {
            a = current;
        }
        if (a != null && a.socket != null) {
            a.closeNormally();
        }
    }

    /** Sequence number of the first event this client lacks. */
    public synchronized long nextSeq() {
        return nextSeq;
    }

    /** The run request as the server last understood it (with interventions once one was applied). */
    public synchronized JsonNode run() {
        return run;
    }

    /** Completes with the {@code end} message once the whole run arrived and was checked. */
    public CompletableFuture<JsonNode> finished() {
        return finished;
    }

    /** The SHA-256 of every event received, once {@code end} arrived. */
    public synchronized String clientDigest() {
        return clientDigest;
    }

    /** What went wrong: gaps, duplicates, digest or count mismatches, error messages. Empty is good. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    public synchronized int interventionsApplied() {
        return interventionsApplied;
    }

    private synchronized void onBatch(Attempt a, byte[] frame) {
        if (a != current || end != null) {
            return;
        }
        ByteReader r = new ByteReader(frame);
        int kind = r.readByte();
        long first = r.readUvarint();
        long count = r.readUvarint();
        r.readUvarint(); // base time
        if (kind != EventBatchHeader.EVENT_BATCH) {
            problems.add("frame kind " + kind + " at seq " + nextSeq);
            return;
        }
        if (first != nextSeq) {
            problems.add(
                    (first > nextSeq ? "gap" : "duplicate") + ": batch starts at " + first + ", expected " + nextSeq);
            a.abort();
            return;
        }
        sha.update(frame, r.position(), frame.length - r.position());
        nextSeq += count;
        a.received += count;
        a.batches++;
        if (a.firstBatchAt == 0) {
            a.firstBatchAt = System.nanoTime();
        }
        a.firstBatch.complete(null);
        a.batchSeen();
        if (pendingIntervention != null && nextSeq >= interveneAt) {
            if (a.received == a.granted) { // the server has sent exactly what this client holds
                ObjectNode intervention = ((ObjectNode) pendingIntervention.deepCopy()).put("afterSeq", nextSeq - 1);
                ObjectNode msg = JSON.createObjectNode().put("type", "intervene");
                msg.set("intervention", intervention);
                pendingIntervention = null;
                a.interveningAt = nextSeq;
                a.send(msg);
            }
            return; // paused: no more credit until the intervention's meta arrives
        }
        if (holdAt >= 0 && nextSeq >= holdAt) {
            if (a.received == a.granted) {
                held.complete(null);
            }
            return;
        }
        if (a.interveningAt < 0 && a.granted - a.received <= window / 2) {
            a.granted += window / 2;
            a.send(JSON.createObjectNode().put("type", "credit").put("events", window / 2));
        }
    }

    private synchronized void onControl(Attempt a, String raw) {
        if (a != current) {
            return;
        }
        JsonNode msg = JSON.readTree(raw);
        switch (msg.path("type").asString("")) {
            case "meta" -> {
                if (msg.has("divergedAt")) {
                    long at = msg.get("divergedAt").asLong();
                    if (at != a.interveningAt) {
                        problems.add("diverged at " + at + ", expected " + a.interveningAt);
                    }
                    interventionsApplied++;
                    a.interveningAt = -1;
                    a.granted = a.received + window;
                    a.send(JSON.createObjectNode().put("type", "credit").put("events", window));
                } else if (msg.has("resumeFrom") && msg.get("resumeFrom").asLong() != nextSeq) {
                    problems.add("resumed from " + msg.get("resumeFrom") + ", asked for " + nextSeq);
                }
                run = msg.get("run");
            }
            case "end" -> {
                if (clientDigest == null) { // resuming a finished run from its end gets a second `end`
                    clientDigest = HexFormat.of().formatHex(sha.digest());
                }
                end = msg;
                if (msg.path("events").asLong() != nextSeq) {
                    problems.add("end says " + msg.path("events") + " events, received " + nextSeq);
                }
                if (!clientDigest.equals(msg.path("digest").asString())) {
                    problems.add(
                            "end digest " + msg.path("digest") + " differs from the received events' " + clientDigest);
                }
                finished.complete(msg);
                held.complete(null);
            }
            case "error" -> problems.add("error: " + raw);
            default -> {}
        }
    }

    /** How a connection ended: a close frame, or an error (status -1). */
    public record Closure(int statusCode, String reason, Throwable error) {}

    /** One connection of this client. */
    public final class Attempt implements SocketClient.Listener {
        private SocketClient socket;
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
        private long granted;
        private long received;
        private long interveningAt = -1;
        private int batches;
        private long sentAt;
        private long firstBatchAt;
        private int abortAfterBatches = -1;
        private boolean abortMidFrame;
        private boolean abortedMidFrame;
        private final CompletableFuture<Void> firstBatch = new CompletableFuture<>();
        private final CompletableFuture<Closure> closed = new CompletableFuture<>();

        /**
         * Aborts this connection (no close frame, like a vanished client) after {@code n} batches, or at
         * the first partial frame before that when {@code midFrame}.
         */
        public Attempt abortAfter(int n, boolean midFrame) {
            synchronized (ResumingClient.this) {
                abortAfterBatches = n;
                abortMidFrame = midFrame;
            }
            return this;
        }

        private void batchSeen() {
            if (abortAfterBatches >= 0 && batches >= abortAfterBatches) {
                abort();
            }
        }

        /** Completes when the first batch of this connection arrived. */
        public CompletableFuture<Void> firstBatch() {
            return firstBatch;
        }

        /** Completes when this connection is closed, by either side or by an error. */
        public CompletableFuture<Closure> closed() {
            return closed;
        }

        /** Nanoseconds from sending start/resume to the first batch, or -1 if none arrived. */
        public long nanosToFirstBatch() {
            synchronized (ResumingClient.this) {
                return firstBatchAt == 0 ? -1 : firstBatchAt - sentAt;
            }
        }

        public boolean abortedMidFrame() {
            synchronized (ResumingClient.this) {
                return abortedMidFrame;
            }
        }

        /** Grants {@code events} more, whatever the window (for example to provoke a large batch). */
        public void grant(long events) {
            synchronized (ResumingClient.this) {
                granted += events;
                send(JSON.createObjectNode().put("type", "credit").put("events", events));
            }
        }

        /** Drops the connection without a close frame. */
        public void abort() {
            SocketClient s = socket;
            if (s != null) {
                s.abort();
            }
            closed.complete(new Closure(-1, "aborted by the client", null));
        }

        /** Sends a normal close (1000) and stops listening. */
        public void closeNormally() {
            socket.close(1000, "bye");
        }

        private void send(JsonNode msg) { // under the owner's lock; SocketClient sends them in order
            socket.sendText(JSON.writeValueAsString(msg));
        }

        @Override
        public void onBinaryPiece(SocketClient webSocket, ByteBuffer data, boolean last) {
            byte[] chunk = new byte[data.remaining()];
            data.get(chunk);
            partial.writeBytes(chunk);
            if (!last) {
                boolean cut;
                synchronized (ResumingClient.this) {
                    cut = abortMidFrame && abortAfterBatches >= 0 && this == current;
                    abortedMidFrame |= cut;
                }
                if (cut) {
                    abort();
                }
            } else {
                byte[] frame = partial.toByteArray();
                partial.reset();
                onBatch(this, frame);
            }
        }

        @Override
        public void onText(SocketClient webSocket, String raw) {
            onControl(this, raw);
        }

        @Override
        public void onClose(SocketClient webSocket, int statusCode, String reason) {
            closed.complete(new Closure(statusCode, reason, null));
        }

        @Override
        public void onError(SocketClient webSocket, Throwable error) {
            closed.complete(new Closure(-1, String.valueOf(error), error));
        }
    }
}
