package dev.chanscope.bench;

import dev.chanscope.ChanscopeApplication;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load harness for the streaming service (docs/BENCHMARKS.md, "Streaming service"). Starts the app on a
 * loopback port in this JVM and measures, with real WebSocket clients:
 *
 * <ol>
 *   <li>one client fast-forwarding a multi-million-event run: events received per second;
 *   <li>200 concurrent sessions each starting a {@code worker-pool} run: time from sending {@code start}
 *       to the first event batch (p50, p99, max), over several rounds;
 *   <li>heap per idle session: the heap after GC with 500 open, idle sessions, minus the heap before.
 * </ol>
 *
 * Loopback only; every loop is bounded in count and time; the process exits when done.
 */
public final class StreamLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private StreamLoad() {}

    public static void main(String[] args) throws Exception {
        int sessions = intArg(args, 0, 200);
        int rounds = intArg(args, 1, 5);
        boolean startsOnly = args.length > 2 && args[2].equals("starts-only"); // for profiling one phase
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ChanscopeApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--chanscope.runs.max-concurrent=2000",
                        "--chanscope.websocket.max-messages-per-second=10000",
                        "--chanscope.websocket.burst=10000");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        URI uri = URI.create("ws://127.0.0.1:" + port + "/ws/runs");
        HttpClient http = HttpClient.newHttpClient();
        try {
            System.out.printf(
                    Locale.ROOT,
                    "machine: %d cores, %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.version"));
            fastForward(http, uri, 200_000); // warm-up
            double eps = fastForward(http, uri, 500_000);
            System.out.printf(
                    Locale.ROOT,
                    "fast-forward: %.0f events/s for one client (unbuffered-handoff, messages=500000)%n",
                    eps);

            concurrentStarts(http, uri, sessions); // warm-up
            long[] all = new long[0];
            for (int r = 0; r < rounds; r++) {
                long[] round = concurrentStarts(http, uri, sessions);
                long[] merged = Arrays.copyOf(all, all.length + round.length);
                System.arraycopy(round, 0, merged, all.length, round.length);
                all = merged;
            }
            Arrays.sort(all);
            System.out.printf(
                    Locale.ROOT,
                    "time to first batch, %d concurrent worker-pool sessions x %d rounds: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    sessions,
                    rounds,
                    ms(percentile(all, 0.50)),
                    ms(percentile(all, 0.99)),
                    ms(all[all.length - 1]));

            System.out.printf(
                    Locale.ROOT,
                    "heap per idle session: %.1f KiB (500 sessions)%n",
                    idleSessionHeap(http, uri, 500) / 1024.0);
        } finally {
            http.shutdownNow();
            app.close();
        }
    }

    /** One client streams a large run with credit re-granted at half the window; returns events/s. */
    private static double fastForward(HttpClient http, URI uri, int messages) throws Exception {
        AtomicLong events = new AtomicLong();
        CompletableFuture<String> end = new CompletableFuture<>();
        long window = 1_000_000;
        long[] granted = {window};
        WebSocket ws = http.newWebSocketBuilder()
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();
                    private boolean midMessage;

                    @Override
                    public CompletionStage<?> onBinary(WebSocket w, ByteBuffer data, boolean last) {
                        if (!midMessage) {
                            // a batch starts: kind, firstSeq, count (uvarints); the count is all we need
                            data.get();
                            readUvarint(data);
                            long n = events.addAndGet(readUvarint(data));
                            if (granted[0] - n < window / 2) {
                                granted[0] += window / 2;
                                w.sendText("{\"type\":\"credit\",\"events\":" + window / 2 + "}", true);
                            }
                        }
                        midMessage = !last;
                        w.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            String msg = text.toString();
                            text.setLength(0);
                            if (msg.contains("\"type\":\"end\"")) {
                                end.complete(msg);
                            }
                        }
                        w.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        long started = System.nanoTime();
        ws.sendText(
                        "{\"type\":\"start\",\"run\":{\"scenario\":\"unbuffered-handoff\",\"params\":{\"messages\":"
                                + messages + ",\"receiverDelay\":0}},\"credit\":" + window + "}",
                        true)
                .get(10, TimeUnit.SECONDS);
        end.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        ws.abort();
        return events.get() / seconds;
    }

    /** {@code n} clients connect, then all send start at once; returns each one's time to first batch (ns). */
    private static long[] concurrentStarts(HttpClient http, URI uri, int n) throws Exception {
        long[] ttfb = new long[n];
        long[] sentAt = new long[n];
        CountDownLatch firstBatches = new CountDownLatch(n);
        List<WebSocket> sockets = new ArrayList<>();
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = i;
            opening.add(http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
                private boolean seen;

                @Override
                public CompletionStage<?> onBinary(WebSocket w, ByteBuffer data, boolean last) {
                    if (!seen) {
                        seen = true;
                        ttfb[id] = System.nanoTime() - sentAt[id];
                        firstBatches.countDown();
                    }
                    w.request(1);
                    return null;
                }
            }));
        }
        for (CompletableFuture<WebSocket> f : opening) {
            sockets.add(f.get(30, TimeUnit.SECONDS));
        }
        byte[] start = "{\"type\":\"start\",\"run\":{\"scenario\":\"worker-pool\"}}".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < n; i++) {
            sentAt[i] = System.nanoTime();
            sockets.get(i).sendText(new String(start, StandardCharsets.UTF_8), true);
        }
        if (!firstBatches.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException(firstBatches.getCount() + " sessions got no batch within " + TIMEOUT);
        }
        for (WebSocket w : sockets) {
            w.abort();
        }
        return ttfb;
    }

    /** Bytes of heap each idle session holds: heap after GC with {@code n} open sessions, minus before. */
    private static double idleSessionHeap(HttpClient http, URI uri, int n) throws Exception {
        long before = usedHeapAfterGc();
        List<WebSocket> sockets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sockets.add(http.newWebSocketBuilder()
                    .buildAsync(uri, new WebSocket.Listener() {})
                    .get(30, TimeUnit.SECONDS));
        }
        long after = usedHeapAfterGc();
        for (WebSocket w : sockets) {
            w.abort();
        }
        // Both ends live in this JVM, so this counts the client's side too: an upper bound for the server.
        return (after - before) / (double) n;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long readUvarint(ByteBuffer b) {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int x = b.get() & 0xFF;
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static int intArg(String[] args, int i, int def) {
        return args.length > i ? Integer.parseInt(args[i]) : def;
    }
}
