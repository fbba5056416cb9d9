package dev.chanscope.warmup;

import dev.chanscope.client.SocketClient;
import dev.chanscope.stream.Messages;
import dev.chanscope.stream.admission.RunAdmission;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams runs to this server over its own loopback sockets before it reports ready, so that the JIT
 * compiler has seen the whole start path (handshake, frame parsing, dispatch, the handler, the
 * writes) and not just the engine: a freshly started server otherwise answers its first few hundred
 * starts several times slower than a warm one. Each session presents the server's per-process key
 * ({@link RunAdmission#WARMUP_HEADER}), so these runs hold admission slots like any other but are
 * neither rate-limited, counted in the metrics, nor logged. It speaks through {@link SocketClient},
 * the client the tests and the benchmarks use.
 *
 * <p>A few sessions run at once (never more than the server admits runs at once); each makes {@link #RUNS_PER_CONNECTION} starts one after the other,
 * cycling through the given runs (each the {@code run} object of a {@code start}: a scenario at its
 * default params, or a Go program) with seeds 1, 2, 3 …, then reconnects. It stops at {@code runs}
 * runs, at the deadline, or at the first failure, and says which.
 */
public final class SocketWarmup {

    static final int SESSIONS = 4;
    static final int RUNS_PER_CONNECTION = 50;
    private static final long REPLY_SECONDS = 10;

    /** What a warm-up did: runs streamed to their end, connections opened, and why it stopped. */
    public record Outcome(int runs, int connections, String stoppedBy) {}

    private final URI uri;
    private final String key;
    private final List<Map<String, Object>> runs;
    private final JsonMapper json;

    /**
     * @param runs what to start, in turn: each the {@code run} object of a {@code start} message
     *     without its seed (for example {@code {"scenario": "worker-pool"}} or {@code {"source": "package
     *     main …"}})
     */
    public SocketWarmup(URI uri, String key, List<Map<String, Object>> runs, JsonMapper json) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a warm-up needs at least one run");
        }
        this.uri = uri;
        this.key = key;
        this.runs = List.copyOf(runs);
        this.json = json;
    }

    /** The runs of each scenario at its default params. */
    public static List<Map<String, Object>> scenarios(List<String> ids) {
        return ids.stream()
                .<Map<String, Object>>map(id -> Map.of("scenario", id))
                .toList();
    }

    /** Streams {@code runs} runs on at most {@code sessions} (at least one) sockets at once. */
    public Outcome run(int runs, int sessions, Duration deadline) {
        long until = System.nanoTime() + deadline.toNanos();
        AtomicInteger claimed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger connections = new AtomicInteger();
        AtomicReference<String> stop = new AtomicReference<>();
        try (HttpClient http = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(REPLY_SECONDS))
                        .build();
                var workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < Math.max(1, Math.min(SESSIONS, sessions)); w++) {
                int worker = w;
                running.add(workers.submit(() -> {
                    while (stop.get() == null) {
                        try {
                            connections.incrementAndGet();
                            session(http, worker, runs, until, claimed, done, stop);
                        } catch (Exception e) {
                            stop.compareAndSet(null, "failed: " + describe(e));
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    stop.compareAndSet(null, "failed: " + describe(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop.compareAndSet(null, "interrupted");
                }
            }
        }
        return new Outcome(done.get(), connections.get(), stop.get());
    }

    /** One connection: up to {@link #RUNS_PER_CONNECTION} runs, each awaited to its {@code end}. */
    private void session(
            HttpClient http,
            int worker,
            int runs,
            long until,
            AtomicInteger claimed,
            AtomicInteger done,
            AtomicReference<String> stop)
            throws Exception {
        Replies replies = new Replies(json);
        SocketClient ws = SocketClient.to(uri)
                .http(http)
                .connectTimeout(Duration.ofSeconds(REPLY_SECONDS))
                .header(RunAdmission.WARMUP_HEADER, key)
                .binaryPieces()
                .open(replies);
        try {
            for (int i = 0; i < RUNS_PER_CONNECTION; i++) {
                if (System.nanoTime() - until > 0) {
                    stop.compareAndSet(null, "deadline");
                    return;
                }
                int n = claimed.getAndIncrement();
                if (n >= runs) {
                    stop.compareAndSet(null, "done");
                    return;
                }
                CompletableFuture<Void> end = replies.expectEnd();
                ws.sendText(start(worker, n)).get(REPLY_SECONDS, TimeUnit.SECONDS);
                end.get(REPLY_SECONDS, TimeUnit.SECONDS);
                done.incrementAndGet();
            }
        } finally {
            ws.abort();
        }
    }

    /** The {@code start} of run {@code n}: the n-th of the runs in turn, with seed {@code n + 1}. */
    private String start(int worker, int n) {
        Map<String, Object> run = new LinkedHashMap<>(runs.get(n % runs.size()));
        run.put("seed", n + 1);
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("type", "start");
        start.put("v", 2);
        // half the connections start like a page that holds the schema, half like a fresh one
        if (worker % 2 == 0) {
            start.put("schemaId", Messages.SCHEMA_ID);
        }
        start.put("run", run);
        return json.writeValueAsString(start);
    }

    private static String describe(Throwable e) {
        if (e instanceof ExecutionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof TimeoutException) {
            return "no reply within " + REPLY_SECONDS + " s";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Completes the awaited run at its {@code end}; an {@code error} or a close fails it. Batches are not read. */
    private static final class Replies implements SocketClient.Listener {
        private final JsonMapper json;
        private volatile CompletableFuture<Void> end = new CompletableFuture<>();

        Replies(JsonMapper json) {
            this.json = json;
        }

        CompletableFuture<Void> expectEnd() {
            end = new CompletableFuture<>();
            return end;
        }

        @Override
        public void onText(SocketClient socket, String message) {
            switch (json.readTree(message).path("type").asString("")) {
                case "end" -> end.complete(null);
                case "error" -> end.completeExceptionally(new IllegalStateException("the server answered " + message));
                default -> {
                    // meta, pong: nothing to wait for
                }
            }
        }

        @Override
        public void onClose(SocketClient socket, int code, String reason) {
            end.completeExceptionally(
                    new IllegalStateException("the server closed the socket: " + code + " " + reason));
        }

        @Override
        public void onError(SocketClient socket, Throwable error) {
            end.completeExceptionally(error);
        }
    }
}
