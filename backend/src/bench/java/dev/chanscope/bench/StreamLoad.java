package dev.chanscope.bench;

import dev.chanscope.client.SocketClient;
import dev.chanscope.wire.ByteReader;
import dev.chanscope.wire.WireFormatException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load harness for the streaming service (docs/BENCHMARKS.md, "Streaming service"). Starts the app
 * ({@link StreamServer}) on a loopback port in a JVM of its own and measures it from this JVM with the
 * project's own client ({@link SocketClient}, binary batches read in pieces so only their headers are
 * looked at):
 *
 * <ol>
 *   <li>one client fast-forwarding a multi-million-event run: events received per second;
 *   <li><b>burst</b>: N sessions connect, then all send {@code start} for {@code worker-pool} at the
 *       same instant: time from sending {@code start} to the first event batch, over several rounds,
 *       and the CPU each run costs the server process and this client process; clients hold the
 *       event schema (protocol version 2), and {@code burst-first-run} repeats it for a page's first
 *       run, whose {@code meta} carries the schema;
 *   <li><b>steady</b>: N sessions each stream {@code worker-pool} runs back to back (the next
 *       {@code start} as soon as {@code end} arrives), so starts spread out by themselves: time to first
 *       batch of every run after each session's first few;
 *   <li>disconnect: time from a client's abrupt close to the server releasing the run's slot, for a run
 *       that waits for credit and for one that is streaming flat out;
 *   <li>heap per idle session, in the server process.
 * </ol>
 *
 * Loopback only; every loop is bounded in count and time; the server process ends with this one (end
 * of its stdin) or by its own watchdog.
 */
public final class StreamLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(300); // generous: the machine may be shared
    /** A start as a page sends it for its first run: the meta that answers carries the event schema. */
    private static final String WORKER_POOL_FIRST =
            "{\"type\":\"start\",\"v\":2,\"run\":{\"scenario\":\"worker-pool\"}}";

    private static final int STEADY_RUNS = 20; // per session
    private static final int STEADY_SKIPPED = 3; // each session's first runs: the initial burst
    private static final int DISCONNECT_TRIALS = 20;
    private static final String ALL_PHASES = "fast-forward,burst,burst-first-run,steady,disconnect,heap";

    /** A start from a page that holds the event schema already (protocol version 2): set in main. */
    private static String workerPool;

    private StreamLoad() {}

    public static void main(String[] args) throws Exception {
        int sessions = intArg(args, 0, 200);
        int rounds = intArg(args, 1, 5);
        // bursts before the measured ones, so that both JVMs have compiled the start path (env BURST_WARMUP)
        int warmupRounds = Integer.parseInt(System.getenv().getOrDefault("BURST_WARMUP", "10"));
        // optional third argument: the phases to run, e.g. "burst,steady" (default: all)
        List<String> phases = Arrays.asList((args.length > 2 ? args[2] : ALL_PHASES).split(","));
        String loadBefore = loadAverage();
        try (ServerProcess server = ServerProcess.launch(List.of())) {
            URI uri = URI.create("ws://127.0.0.1:" + server.port + "/ws/runs");
            HttpClient http = HttpClient.newHttpClient();
            List<String> summary = new ArrayList<>();
            try {
                summary.add(String.format(
                        Locale.ROOT,
                        "machine: %d cores, JDK %s; server and clients in separate JVMs",
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.vm.version")));

                if (phases.contains("fast-forward")) {
                    fastForward(http, uri, 200_000); // warm-up
                    double eps = fastForward(http, uri, 500_000);
                    summary.add(line(
                            "fast-forward, one client (unbuffered-handoff messages=500000)",
                            "%.2fM events/s",
                            eps / 1e6));
                }
                String schemaId = schemaId(http, uri);
                workerPool = "{\"type\":\"start\",\"v\":2,\"schemaId\":\"" + schemaId
                        + "\",\"run\":{\"scenario\":\"worker-pool\"}}";
                if (phases.contains("burst")) {
                    // the server's first burst, before the JIT compiler has seen a start: reported on its own
                    Samples cold = burstRound(http, uri, server, sessions, workerPool);
                    summary.add(
                            line("burst TTFB, the server's first burst (JIT-cold start path)", "%s", cold.describe()));
                    warmUp(http, uri, server, sessions, workerPool, warmupRounds);
                    Samples burst = measuredRounds(http, uri, server, sessions, workerPool, rounds);
                    summary.add(line(
                            "burst TTFB: " + sessions + " sessions start worker-pool at once, " + rounds
                                    + " rounds after " + (warmupRounds + 1) + " warm-up",
                            "%s",
                            burst.describe()));
                }
                if (phases.contains("burst-first-run")) {
                    warmUp(http, uri, server, sessions, WORKER_POOL_FIRST, Math.max(1, warmupRounds / 2));
                    Samples burst = measuredRounds(http, uri, server, sessions, WORKER_POOL_FIRST, rounds);
                    summary.add(line(
                            "  the same, each client's first run (meta carries the schema)", "%s", burst.describe()));
                }
                if (phases.contains("steady")) {
                    Samples steady = steady(http, uri, server, sessions);
                    summary.add(line(
                            "steady TTFB: " + sessions + " sessions, worker-pool back to back, runs "
                                    + (STEADY_SKIPPED + 1) + "-" + STEADY_RUNS + " of each",
                            "%s",
                            steady.describe()));
                }
                if (phases.contains("disconnect")) {
                    summary.add(line(
                            "disconnect -> slot released, run waiting for credit, " + DISCONNECT_TRIALS + " trials",
                            "%s",
                            disconnects(http, uri, server, 64).describeLatency()));
                    summary.add(line(
                            "disconnect -> slot released, run streaming flat out, " + DISCONNECT_TRIALS + " trials",
                            "%s",
                            disconnects(http, uri, server, 1_000_000).describeLatency()));
                }
                if (phases.contains("heap")) {
                    summary.add(line(
                            "heap per idle session, server JVM (500 sessions)",
                            "%.1f KiB",
                            idleSessionHeap(http, uri, server, 500) / 1024.0));
                }
            } finally {
                http.shutdownNow();
            }
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "== stream-load summary, %s, load average before: %s, after: %s ==%n",
                    LocalDate.now(),
                    loadBefore,
                    loadAverage());
            summary.forEach(System.out::println);
        }
    }

    // ---- phases ---------------------------------------------------------------------------------------

    /** One client streams a large run with credit re-granted at half the window; returns events/s. */
    private static double fastForward(HttpClient http, URI uri, int messages) throws Exception {
        AtomicLong events = new AtomicLong();
        CompletableFuture<String> end = new CompletableFuture<>();
        long window = 1_000_000;
        long[] granted = {window};
        SocketClient ws = SocketClient.to(uri).http(http).binaryPieces().open(new SocketClient.Listener() {
            private boolean midMessage;

            /** The start of the batch being received, until its header is complete. */
            private final ByteBuffer head = ByteBuffer.allocate(32);

            private boolean counted;

            @Override
            public void onBinaryPiece(SocketClient w, ByteBuffer data, boolean last) {
                if (!midMessage) {
                    head.clear();
                    counted = false;
                }
                if (!counted) {
                    // a batch starts: kind, firstSeq, count (uvarints); the count is all we need.
                    // The client may hand over a message in pieces that split this header.
                    while (data.hasRemaining() && head.hasRemaining()) {
                        head.put(data.get());
                    }
                    Long count = batchCount(head.array(), head.position());
                    if (count != null) {
                        counted = true;
                        long n = events.addAndGet(count);
                        if (granted[0] - n < window / 2) {
                            granted[0] += window / 2;
                            w.sendText("{\"type\":\"credit\",\"events\":" + window / 2 + "}");
                        }
                    }
                }
                midMessage = !last;
            }

            @Override
            public void onText(SocketClient w, String msg) {
                if (msg.contains("\"type\":\"end\"")) {
                    end.complete(msg);
                } else if (msg.contains("\"type\":\"error\"")) {
                    end.completeExceptionally(new IllegalStateException("the server answered " + msg));
                }
            }

            @Override
            public void onClose(SocketClient w, int code, String reason) {
                end.completeExceptionally(
                        new IllegalStateException("the server closed the socket: " + code + " " + reason));
            }

            @Override
            public void onError(SocketClient w, Throwable error) {
                end.completeExceptionally(error);
            }
        });
        long started = System.nanoTime();
        ws.sendText("{\"type\":\"start\",\"run\":{\"scenario\":\"unbuffered-handoff\",\"params\":{\"messages\":"
                        + messages + ",\"receiverDelay\":0}},\"credit\":" + window + "}")
                .get(10, TimeUnit.SECONDS);
        end.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        ws.abort();
        return events.get() / seconds;
    }

    /**
     * {@code n} clients connect, then all send start at once; each run is streamed to its end. Returns
     * each one's time to first batch and the CPU both processes spent from the first start to the last end.
     */
    private static Samples burstRound(HttpClient http, URI uri, ServerProcess server, int n, String start)
            throws Exception {
        long[] ttfb = new long[n];
        long[] sentAt = new long[n];
        CountDownLatch ends = new CountDownLatch(n);
        List<Session> sessions = open(http, uri, n, (id, s) -> {
            s.onFirstBatch = () -> ttfb[id] = System.nanoTime() - sentAt[id];
            s.onEnd = ends::countDown;
        });
        Cpu before = Cpu.now(server);
        for (int i = 0; i < n; i++) {
            sentAt[i] = System.nanoTime();
            sessions.get(i).start(start);
        }
        await(ends, "runs ended");
        Cpu spent = Cpu.now(server).minus(before);
        abortAll(sessions);
        return new Samples(ttfb, n, spent);
    }

    /** Bursts whose figures are not kept; each round's figures go to stderr, to show the warm-up settle. */
    private static void warmUp(HttpClient http, URI uri, ServerProcess server, int n, String start, int rounds)
            throws Exception {
        for (int r = 0; r < rounds; r++) {
            System.err.println("  warm-up burst " + (r + 1) + ": "
                    + burstRound(http, uri, server, n, start).describe());
        }
    }

    private static Samples measuredRounds(
            HttpClient http, URI uri, ServerProcess server, int n, String start, int rounds) throws Exception {
        Samples all = new Samples();
        for (int r = 0; r < rounds; r++) {
            Samples round = burstRound(http, uri, server, n, start);
            System.err.println("  burst " + (r + 1) + ": " + round.describe());
            all.add(round);
        }
        return all;
    }

    /** {@code n} sessions, each streaming worker-pool runs back to back. */
    private static Samples steady(HttpClient http, URI uri, ServerProcess server, int n) throws Exception {
        long[] ttfb = new long[n * (STEADY_RUNS - STEADY_SKIPPED)];
        CountDownLatch done = new CountDownLatch(n);
        AtomicLong counted = new AtomicLong();
        AtomicLong ended = new AtomicLong();
        CountDownLatch warm = new CountDownLatch(n);
        List<Session> sessions = open(http, uri, n, (id, s) -> {
            int[] run = {0};
            long[] sentAt = {0};
            s.onFirstBatch = () -> {
                if (run[0] >= STEADY_SKIPPED) {
                    ttfb[(int) counted.getAndIncrement()] = System.nanoTime() - sentAt[0];
                }
            };
            s.onEnd = () -> {
                ended.incrementAndGet();
                run[0]++;
                if (run[0] == STEADY_SKIPPED) {
                    warm.countDown();
                }
                if (run[0] == STEADY_RUNS) {
                    done.countDown();
                    return;
                }
                sentAt[0] = System.nanoTime();
                s.start(workerPool);
            };
            s.beforeStart = () -> sentAt[0] = System.nanoTime();
        });
        for (Session s : sessions) {
            s.beforeStart.run();
            s.start(workerPool);
        }
        await(warm, "sessions past their first runs");
        Cpu from = Cpu.now(server);
        long endedBefore = ended.get();
        long started = System.nanoTime();
        await(done, "sessions done");
        double seconds = (System.nanoTime() - started) / 1e9;
        Cpu spent = Cpu.now(server).minus(from);
        long runs = ended.get() - endedBefore; // the runs that ended while the CPU was being counted
        abortAll(sessions);
        Samples s = new Samples(Arrays.copyOf(ttfb, (int) counted.get()), (int) runs, spent);
        s.runsPerSecond = runs / seconds;
        return s;
    }

    /**
     * Starts a long run with {@code credit}, waits for its first batch, then aborts the connection and
     * asks the server when the run's slot was released.
     */
    private static Samples disconnects(HttpClient http, URI uri, ServerProcess server, long credit) throws Exception {
        long[] latency = new long[DISCONNECT_TRIALS];
        String start = "{\"type\":\"start\",\"run\":{\"scenario\":\"unbuffered-handoff\",\"params\":{\"messages\":"
                + "500000,\"receiverDelay\":0}},\"credit\":" + credit + "}";
        for (int i = 0; i < DISCONNECT_TRIALS; i++) {
            CountDownLatch first = new CountDownLatch(1);
            Session s = open(http, uri, 1, (id, x) -> x.onFirstBatch = first::countDown)
                    .getFirst();
            s.start(start);
            await(first, "first batch");
            String watching = server.command("watch", "watching");
            if (Long.parseLong(watching) < 1) {
                throw new IllegalStateException("the run holds no slot before the disconnect");
            }
            long closedAt = System.nanoTime();
            s.ws.abort();
            long releasedAt = Long.parseLong(server.await("released"));
            if (releasedAt < 0) {
                throw new IllegalStateException("the run's slot was not released within 5 s of the disconnect");
            }
            latency[i] = releasedAt - closedAt;
        }
        return new Samples(latency, DISCONNECT_TRIALS, null);
    }

    /** Bytes of server heap each idle session holds: heap after GC with {@code n} open sessions, minus before. */
    private static double idleSessionHeap(HttpClient http, URI uri, ServerProcess server, int n) throws Exception {
        long before = Long.parseLong(server.command("heap", "heap"));
        List<Session> sessions = open(http, uri, n, (id, s) -> {});
        long after = Long.parseLong(server.command("heap", "heap"));
        abortAll(sessions);
        return (after - before) / (double) n;
    }

    /** The id of the server's event schema, from the meta of one run (as a page's first run gets it). */
    private static String schemaId(HttpClient http, URI uri) throws Exception {
        CompletableFuture<String> meta = new CompletableFuture<>();
        SocketClient ws = SocketClient.to(uri).http(http).binaryPieces().open(new SocketClient.Listener() {
            @Override
            public void onText(SocketClient w, String message) {
                meta.complete(message);
            }
        });
        ws.sendText(WORKER_POOL_FIRST);
        String m = meta.get(10, TimeUnit.SECONDS);
        ws.abort();
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("\"schemaId\":\"([^\"]+)\"").matcher(m);
        if (!m.contains("\"schema\":") || !id.find()) {
            throw new IllegalStateException("the first meta lacks schema or schemaId: " + m);
        }
        return id.group(1);
    }

    // ---- clients ------------------------------------------------------------------------------------

    /** A client socket that reports its run's first batch and end; everything else is only read. */
    private static final class Session implements SocketClient.Listener {
        SocketClient ws;
        volatile Runnable onFirstBatch = () -> {};
        volatile Runnable onEnd = () -> {};
        volatile Runnable beforeStart = () -> {};
        private boolean seenBatch;

        void start(String message) {
            seenBatch = false;
            ws.sendText(message);
        }

        @Override
        public void onBinaryPiece(SocketClient w, ByteBuffer data, boolean last) {
            if (!seenBatch) {
                seenBatch = true;
                onFirstBatch.run();
            }
        }

        @Override
        public void onText(SocketClient w, String message) {
            // Control messages start with {"type":"…": enough to tell end from meta without parsing.
            if (message.startsWith("{\"type\":\"end\"")) {
                onEnd.run();
            }
        }
    }

    private interface Setup {
        void setUp(int id, Session s);
    }

    private static List<Session> open(HttpClient http, URI uri, int n, Setup setup) throws Exception {
        List<Session> sessions = new ArrayList<>();
        List<CompletableFuture<SocketClient>> opening = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Session s = new Session();
            setup.setUp(i, s);
            sessions.add(s);
            opening.add(SocketClient.to(uri).http(http).binaryPieces().openAsync(s));
        }
        for (int i = 0; i < n; i++) {
            sessions.get(i).ws = opening.get(i).get(30, TimeUnit.SECONDS);
        }
        return sessions;
    }

    private static void abortAll(List<Session> sessions) {
        for (Session s : sessions) {
            s.ws.abort();
        }
    }

    private static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException(what + ": " + latch.getCount() + " missing after " + TIMEOUT);
        }
    }

    /** CPU spent by the server process and by this one, and the server's collections. */
    private record Cpu(long serverNanos, long clientNanos, long serverGcs, long serverGcMillis) {
        static Cpu now(ServerProcess server) throws Exception {
            String[] s = server.command("stats", "stats").split(" ");
            long client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new Cpu(Long.parseLong(s[0]), client, Long.parseLong(s[1]), Long.parseLong(s[2]));
        }

        Cpu minus(Cpu o) {
            return new Cpu(
                    serverNanos - o.serverNanos,
                    clientNanos - o.clientNanos,
                    serverGcs - o.serverGcs,
                    serverGcMillis - o.serverGcMillis);
        }
    }

    /** Latencies (ns) with the CPU spent on the runs they came from. */
    private static final class Samples {
        private long[] values = new long[0];
        private long runs;
        private long serverCpu;
        private long clientCpu;
        private long gcs;
        private long gcMillis;
        double runsPerSecond = Double.NaN;

        Samples() {}

        Samples(long[] values, int runs, Cpu cpu) {
            this.values = values.clone();
            this.runs = runs;
            if (cpu != null) {
                serverCpu = cpu.serverNanos;
                clientCpu = cpu.clientNanos;
                gcs = cpu.serverGcs;
                gcMillis = cpu.serverGcMillis;
            }
        }

        void add(Samples o) {
            long[] merged = Arrays.copyOf(values, values.length + o.values.length);
            System.arraycopy(o.values, 0, merged, values.length, o.values.length);
            values = merged;
            runs += o.runs;
            serverCpu += o.serverCpu;
            clientCpu += o.clientCpu;
            gcs += o.gcs;
            gcMillis += o.gcMillis;
        }

        String describeLatency() {
            long[] v = values.clone();
            Arrays.sort(v);
            return String.format(
                    Locale.ROOT,
                    "p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)",
                    percentile(v, 0.50) / 1e6,
                    percentile(v, 0.99) / 1e6,
                    v[v.length - 1] / 1e6,
                    v.length);
        }

        String describe() {
            String s = describeLatency()
                    + String.format(
                            Locale.ROOT,
                            "; CPU per run: server %.3f ms, clients %.3f ms; server GC: %d collections, %d ms",
                            serverCpu / 1e6 / runs,
                            clientCpu / 1e6 / runs,
                            gcs,
                            gcMillis);
            return Double.isNaN(runsPerSecond) ? s : s + String.format(Locale.ROOT, "; %.0f runs/s", runsPerSecond);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private static String line(String what, String format, Object... args) {
        return String.format(Locale.ROOT, "%-86s %s", what + ":", String.format(Locale.ROOT, format, args));
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The event count of a batch header (kind, firstSeq, count), or null while it is incomplete. */
    private static Long batchCount(byte[] header, int length) {
        ByteReader r = new ByteReader(header, 0, length);
        try {
            r.readByte();
            r.readUvarint();
            return r.readUvarint();
        } catch (WireFormatException incomplete) {
            return null;
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static int intArg(String[] args, int i, int def) {
        return args.length > i ? Integer.parseInt(args[i]) : def;
    }
}
