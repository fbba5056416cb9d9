package dev.chanscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Engine;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.stream.admission.RunAdmission;
import dev.chanscope.support.Http;
import dev.chanscope.support.ResumingClient;
import dev.chanscope.wire.StreamDigest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bounded soak of the streaming service (docs/RELIABILITY.md, "Soak"). Hundreds of sessions cycle
 * for a set time, each one run after another: start and stream to the end; intervene at a random event
 * and stream the changed run; drop the connection abruptly mid-run and resume on a new one; close
 * politely mid-run and resume; or fetch the run over REST. The server admits fewer runs than there are
 * sessions, so some starts are refused (1013 / 503) and retried. Every run a session receives is
 * checked event by event (no gap, no duplicate) and against the digest the engine computes for the
 * same request.
 *
 * <p>Heap after GC and live threads are sampled throughout. The test fails on any lost, duplicated or
 * mismatched event, or when, after the load stops, heap after GC exceeds the figure after the warm-up
 * by more than {@value #HEAP_BOUND_MIB} MiB or live threads exceed it by more than {@value
 * #THREAD_BOUND}, or when the least heap sample of the second half of the run exceeds the least of the
 * first half by more than {@value #HEAP_BOUND_MIB} MiB (the floor, since a sample under load includes
 * whatever work is in flight at that instant).
 *
 * <p>{@code ./mvnw verify} runs it for {@value #DEFAULT_MINUTES} minutes; {@code backend/bench/soak.sh 30}
 * for 30 minutes ({@code -Dchanscope.soak.minutes}, {@code -Dchanscope.soak.sessions}).
 */
@Timeout(value = 90, unit = TimeUnit.MINUTES)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "chanscope.runs.max-concurrent=48",
            "logging.level.dev.chanscope.stream=WARN",
            // A fixed-size request pool, so that live threads can be compared over time.
            "server.tomcat.threads.max=64",
            "server.tomcat.threads.min-spare=64"
        })
class SoakTest {

    static final double DEFAULT_MINUTES = 0.75;
    static final int HEAP_BOUND_MIB = 32;
    static final int THREAD_BOUND = 16;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Scenarios at their defaults, plus a few longer runs; each session draws one per cycle. */
    private static final List<String> RUNS = List.of(
            "{\"scenario\":\"unbuffered-handoff\",\"params\":{\"messages\":3000,\"receiverDelay\":0}}",
            "{\"scenario\":\"worker-pool\",\"params\":{\"jobs\":300}}",
            "{\"scenario\":\"fan-out-fan-in\",\"params\":{\"tasks\":300}}",
            "{\"scenario\":\"unbuffered-handoff\"}",
            "{\"scenario\":\"buffered-channel\"}",
            "{\"scenario\":\"pipeline\"}",
            "{\"scenario\":\"worker-pool\"}",
            "{\"scenario\":\"graceful-shutdown\"}",
            "{\"scenario\":\"select-timeout\"}",
            "{\"scenario\":\"errgroup\"}",
            "{\"scenario\":\"global-deadlock\"}",
            "{\"scenario\":\"goroutine-leak\"}",
            "{\"scenario\":\"shared-counter\"}",
            "{\"scenario\":\"lock-order-deadlock\"}",
            "{\"scenario\":\"panic-recover\"}",
            "{\"scenario\":\"rate-limiter\"}",
            "{\"scenario\":\"prime-sieve\"}",
            "{\"scenario\":\"broadcast-close\"}");

    @LocalServerPort
    int port;

    @Autowired
    RunAdmission admission;

    @Autowired
    RunRequestParser parser;

    private final Map<String, CompletableFuture<Reference>> references = new ConcurrentHashMap<>();
    private final ExecutorService referencePool = Executors.newFixedThreadPool(2);
    private final Map<String, List<JsonNode>> offers = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLong runsServed = new AtomicLong();
    private final AtomicLong restServed = new AtomicLong();
    private final AtomicLong wsRejected = new AtomicLong();
    private final AtomicLong restRejected = new AtomicLong();
    private final AtomicLong interventions = new AtomicLong();
    private final AtomicLong resumes = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong droppedBeforeFirstBatch = new AtomicLong();
    private final ConcurrentLinkedQueue<String> droppedHow = new ConcurrentLinkedQueue<>();
    private long closeFramesLostBefore;
    private final Latencies startLatencies = new Latencies();
    private final Latencies resumeLatencies = new Latencies();
    private final Latencies restLatencies = new Latencies();

    @AfterEach
    void stopReferencePool() {
        referencePool.shutdownNow();
    }

    @Test
    void hundredsOfSessionsCyclingLoseNothingAndLeakNothing() throws Exception {
        double minutes = Double.parseDouble(System.getProperty("chanscope.soak.minutes", "" + DEFAULT_MINUTES));
        int sessions = Integer.getInteger("chanscope.soak.sessions", 200);
        Duration main = Duration.ofMillis((long) (minutes * 60_000));
        Duration warmUp = Duration.ofMillis(Math.min(120_000, Math.max(15_000, main.toMillis() / 15)));
        Duration every = Duration.ofMillis(Math.max(10_000, main.toMillis() / 30));
        loadOffers();
        Report report = new Report(sessions, main, every);

        load(sessions, warmUp, null);
        quiesce();
        Sample baseline = Sample.atRest(0, admission);
        report.line(
                "baseline after %s warm-up: heap %.1f MiB, %d threads", warmUp, baseline.heapMib(), baseline.threads);
        resetCounters();

        List<Sample> samples = load(sessions, main, new Sampler(every, report));
        quiesce();
        Sample end = Sample.atRest(main.toMillis(), admission);
        report.line("after the load: heap %.1f MiB, %d threads", end.heapMib(), end.threads);
        report.summary(this, baseline, end, samples);

        assertThat(failures)
                .as("sessions that lost, duplicated or mismatched events, or failed")
                .isEmpty();
        // Every close the server asks for reaches its client as a close frame (docs/RELIABILITY.md, failure 10).
        assertThat(droppedHow)
                .as("connections closed before their first batch, other than 1013")
                .isEmpty();
        assertThat(closeFramesLost())
                .as("close frames the server could not write")
                .isZero();
        assertThat(runsServed.get()).as("runs served").isGreaterThan(sessions);
        assertThat(end.heapMib() - baseline.heapMib())
                .as("heap after GC growth, MiB, load stopped vs after the warm-up")
                .isLessThan(HEAP_BOUND_MIB);
        assertThat(end.threads - baseline.threads)
                .as("live threads growth, load stopped vs after the warm-up")
                .isLessThanOrEqualTo(THREAD_BOUND);
        // Under load, heap after GC includes the work in flight at that instant (runs being simulated,
        // bytes queued for slow readers), which swings by tens of MiB from one sample to the next. What
        // a leak does is raise the floor: memory never freed is in every later sample. So the lowest
        // sample of the second half is compared with the lowest of the first.
        int half = samples.size() / 2;
        if (half >= 2) {
            double first = samples.subList(0, half).stream()
                    .mapToDouble(Sample::heapMib)
                    .min()
                    .orElseThrow();
            double second = samples.subList(half, samples.size()).stream()
                    .mapToDouble(Sample::heapMib)
                    .min()
                    .orElseThrow();
            assertThat(second - first)
                    .as("heap after GC under load, least of the second half minus least of the first, MiB")
                    .isLessThan(HEAP_BOUND_MIB);
        }
    }

    // ------------------------------------------------------------------------------------------ load

    /** Runs {@code sessions} cycling sessions for {@code length}; samples while they run if asked. */
    private List<Sample> load(int sessions, Duration length, Sampler sampler) throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        List<HttpClient> clients = new ArrayList<>();
        List<ExecutorService> executors = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // A fixed executor per client, so the client side adds a constant number of threads.
            ExecutorService callbacks = Executors.newFixedThreadPool(2);
            executors.add(callbacks);
            clients.add(HttpClient.newBuilder().executor(callbacks).build());
        }
        List<Sample> samples = new ArrayList<>();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int s = 0; s < sessions; s++) {
                HttpClient http = clients.get(s % clients.size());
                SplittableRandom random = new SplittableRandom(1_000_003L * s + deadline);
                running.add(CompletableFuture.runAsync(() -> session(http, random, deadline), pool));
            }
            if (sampler != null) {
                samples.addAll(sampler.run(deadline, this));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new))
                    .get(length.toSeconds() + 300, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
            for (HttpClient http : clients) {
                http.shutdownNow();
            }
            executors.forEach(ExecutorService::shutdownNow);
        }
        return samples;
    }

    private void session(HttpClient http, SplittableRandom random, long deadline) {
        while (System.nanoTime() < deadline) {
            JsonNode run = ResumingClient.runRequest(RUNS.get(random.nextInt(RUNS.size())));
            ((tools.jackson.databind.node.ObjectNode) run).put("seed", random.nextInt(32));
            try {
                int action = random.nextInt(20);
                if (action == 0) {
                    rest(run);
                } else {
                    stream(http, run, random, action);
                }
            } catch (Exception | AssertionError e) {
                failures.add(run + ": " + e);
            }
        }
    }

    /** One streamed run: 1-8 plain, 9-12 intervene, 13-17 abrupt drop + resume, 18-19 close + resume. */
    private void stream(HttpClient http, JsonNode run, SplittableRandom random, int action) throws Exception {
        ResumingClient client = new ResumingClient(http, run, 4096);
        long total = referenceEvents(run);
        long at = 1 + random.nextLong(Math.max(1, total - 1));
        boolean intervene = action >= 9 && action <= 12 && !offersOf(run).isEmpty();
        if (intervene) {
            List<JsonNode> offered = offersOf(run);
            client.interveneAt(at, offered.get(random.nextInt(offered.size())));
        }
        boolean drop = action >= 13;
        CompletableFuture<Void> held = drop ? client.holdAt(at) : null;
        ResumingClient.Attempt a = admitted(client, true);
        if (drop) {
            CompletableFuture.anyOf(held, a.closed()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (!client.finished().isDone()) {
                if (action >= 18) {
                    a.closeNormally();
                } else {
                    a.abort();
                }
                client.release();
                admitted(client, false);
                resumes.incrementAndGet();
            }
        }
        JsonNode end = client.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        client.close(); // as the playground does at `end`
        List<String> problems = client.problems();
        String reference = referenceDigest(client.run());
        if (!problems.isEmpty() || !reference.equals(client.clientDigest())) {
            failures.add(client.run() + ": " + problems + ", digest " + client.clientDigest() + " vs engine "
                    + reference + ", end " + end);
        }
        interventions.addAndGet(client.interventionsApplied());
        events.addAndGet(client.nextSeq());
        runsServed.incrementAndGet();
    }

    /**
     * Connects (start or resume) until the server admits the run: a 1013 close means it is full, and the
     * session tries again after a short, random pause (the pacing a real client would use).
     */
    private ResumingClient.Attempt admitted(ResumingClient client, boolean start) throws Exception {
        for (int tries = 0; tries < 200; tries++) {
            ResumingClient.Attempt a = client.connect(runsUri(), WAIT);
            CompletableFuture.anyOf(a.firstBatch(), a.closed(), client.finished())
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (a.closed().isDone()
                    && !a.firstBatch().isDone()
                    && !client.finished().isDone()) {
                ResumingClient.Closure closure = a.closed().join();
                if (closure.statusCode() == 1013) {
                    wsRejected.incrementAndGet();
                } else {
                    // Any other drop is resumed like the playground resumes it, and counted: the run must
                    // still arrive whole.
                    droppedBeforeFirstBatch.incrementAndGet();
                    droppedHow.add(String.valueOf(closure));
                }
                Thread.sleep(20 + tries % 10 * 10); // back-off pacing before trying again
                continue;
            }
            long ttfb = a.nanosToFirstBatch();
            if (ttfb >= 0) {
                (start ? startLatencies : resumeLatencies).add(ttfb);
            }
            return a;
        }
        throw new AssertionError("not admitted after 200 tries");
    }

    private void rest(JsonNode run) throws Exception {
        for (int tries = 0; tries < 200; tries++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = Http.postJson(port, "/api/runs", run.toString());
            if (r.statusCode() == 503) {
                restRejected.incrementAndGet();
                Thread.sleep(20 + tries % 10 * 10); // back-off pacing before trying again
                continue;
            }
            restLatencies.add(System.nanoTime() - t0);
            assertThat(r.statusCode()).as("REST status for " + run).isEqualTo(200);
            String digest = JSON.readTree(r.body()).get("digest").asString();
            if (!digest.equals(referenceDigest(run))) {
                failures.add(run + ": REST digest " + digest + " vs engine " + referenceDigest(run));
            }
            restServed.incrementAndGet();
            return;
        }
        throw new AssertionError("REST not admitted after 200 tries");
    }

    private URI runsUri() {
        return URI.create("ws://127.0.0.1:" + port + "/ws/runs");
    }

    // ---------------------------------------------------------------------------------- references

    /** What the engine itself produces for a run request: the stream's digest and length. */
    private record Reference(String digest, long events) {}

    private String referenceDigest(JsonNode run) {
        return reference(run).digest();
    }

    private long referenceEvents(JsonNode run) {
        return reference(run).events();
    }

    /**
     * Computed on a platform thread: the engine runs goroutines as JDK continuations, which must not be
     * mounted inside a virtual thread's own continuation (a session's thread here).
     */
    private Reference reference(JsonNode run) {
        CompletableFuture<Reference> f = references.computeIfAbsent(
                run.toString(),
                k -> CompletableFuture.supplyAsync(
                        () -> {
                            PreparedRun prepared = parser.parse(JSON.treeToValue(run, Object.class), "run");
                            StreamDigest digest = new StreamDigest();
                            Engine.run(prepared.program(), prepared.config(), digest);
                            return new Reference(digest.hex(), digest.events());
                        },
                        referencePool));
        try {
            return f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reference run of " + run + " failed: " + e, e);
        }
    }

    private void loadOffers() throws IOException, InterruptedException {
        for (String r : RUNS) {
            String id = JSON.readTree(r).get("scenario").asString();
            if (!offers.containsKey(id)) {
                JsonNode body =
                        JSON.readTree(Http.get(port, "/api/scenarios/" + id).body());
                List<JsonNode> list = new ArrayList<>();
                for (JsonNode o : body.path("interventions")) {
                    list.add(JSON.createObjectNode()
                            .put("kind", o.get("kind").asString())
                            .put("target", o.get("target").asString()));
                }
                offers.put(id, list);
            }
        }
    }

    private List<JsonNode> offersOf(JsonNode run) {
        return offers.getOrDefault(run.get("scenario").asString(), List.of());
    }

    private void resetCounters() {
        for (AtomicLong c : List.of(
                runsServed,
                restServed,
                wsRejected,
                restRejected,
                interventions,
                resumes,
                events,
                droppedBeforeFirstBatch)) {
            c.set(0);
        }
        droppedHow.clear();
        closeFramesLostBefore = admission.closeFramesLost();
        startLatencies.clear();
        resumeLatencies.clear();
        restLatencies.clear();
    }

    private long closeFramesLost() {
        return admission.closeFramesLost() - closeFramesLostBefore;
    }

    private void quiesce() throws InterruptedException {
        eventually("every session closed", () -> admission.activeSessions() == 0);
        eventually("every run slot released", () -> admission.activeRuns() == 0);
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(5); // polling a server-side counter, not synchronising on timing
        }
    }

    // ------------------------------------------------------------------------------ measurement

    /** Heap after GC and live (platform) threads at one moment. */
    record Sample(long atMillis, long heapBytes, int threads, int activeRuns, int activeSessions) {
        static Sample take(long atMillis, RunAdmission admission) {
            for (int i = 0; i < 2; i++) {
                System.gc();
            }
            return new Sample(
                    atMillis,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                    ManagementFactory.getThreadMXBean().getThreadCount(),
                    admission.activeRuns(),
                    admission.activeSessions());
        }

        /**
         * At rest, after the load: the least heap after GC of three samples two seconds apart, since
         * closed connections release their buffers and sockets a little after they close.
         */
        static Sample atRest(long atMillis, RunAdmission admission) throws InterruptedException {
            Sample least = take(atMillis, admission);
            for (int i = 0; i < 2; i++) {
                Thread.sleep(2_000); // the sampling period
                Sample s = take(atMillis, admission);
                least = s.heapBytes() < least.heapBytes() ? s : least;
            }
            return least;
        }

        double heapMib() {
            return heapBytes / (1024.0 * 1024);
        }
    }

    /** Takes a sample every {@code every} until the deadline, printing each with the counters. */
    private record Sampler(Duration every, Report report) {
        List<Sample> run(long deadline, SoakTest soak) throws InterruptedException {
            List<Sample> samples = new ArrayList<>();
            long started = System.nanoTime();
            long next = started + every.toNanos();
            long servedBefore = 0;
            while (next <= deadline) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait); // the sampling period itself
                }
                Sample s = Sample.take((System.nanoTime() - started) / 1_000_000, soak.admission);
                samples.add(s);
                long served = soak.runsServed.get() + soak.restServed.get();
                report.sample(s, served - servedBefore, soak, loadAverage());
                servedBefore = served;
                next += every.toNanos();
            }
            return samples;
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /**
     * Latencies counted in 1 ms buckets up to 120 s (the last bucket holds anything longer): constant
     * memory however long the soak runs. (Keeping every sample, as a first version did, held 2.1 million
     * boxed values after 30 minutes, about 84 MiB, which the heap bound rightly caught.)
     */
    static final class Latencies {
        private static final int MAX_MS = 120_000;
        private final AtomicLongArray counts = new AtomicLongArray(MAX_MS + 1);
        private final AtomicLong total = new AtomicLong();

        void add(long nanos) {
            counts.incrementAndGet((int) Math.min(MAX_MS, nanos / 1_000_000));
            total.incrementAndGet();
        }

        long size() {
            return total.get();
        }

        /** The 99th percentile, as the upper edge of its 1 ms bucket; NaN when empty. */
        double p99Millis() {
            long n = total.get();
            if (n == 0) {
                return Double.NaN;
            }
            long rank = (long) Math.ceil(0.99 * n);
            long seen = 0;
            for (int ms = 0; ms <= MAX_MS; ms++) {
                seen += counts.get(ms);
                if (seen >= rank) {
                    return ms + 1;
                }
            }
            return MAX_MS;
        }

        void clear() {
            for (int ms = 0; ms <= MAX_MS; ms++) {
                counts.set(ms, 0);
            }
            total.set(0);
        }
    }

    /** Prints to the test output and writes backend/target/soak/soak-*.txt for docs/RELIABILITY.md. */
    private static final class Report {
        private final StringBuilder text = new StringBuilder();
        private final Path file;

        Report(int sessions, Duration main, Duration every) {
            this.file =
                    Path.of("target", "soak", "soak-" + Instant.now().toString().replace(':', '-') + ".txt");
            line(
                    "soak: %d sessions, %s, samples every %s, %d cores, load average %s",
                    sessions, main, every, Runtime.getRuntime().availableProcessors(), loadAverage());
            line(
                    "%8s %10s %8s %10s %10s %10s %12s %12s %s",
                    "t (s)",
                    "heap MiB",
                    "threads",
                    "sessions",
                    "runs now",
                    "served",
                    "p99 start",
                    "p99 resume",
                    "load");
        }

        void sample(Sample s, long servedInWindow, SoakTest soak, String load) {
            line(
                    "%8.0f %10.1f %8d %10d %10d %10d %10.1f ms %10.1f ms %s",
                    s.atMillis() / 1000.0,
                    s.heapMib(),
                    s.threads(),
                    s.activeSessions(),
                    s.activeRuns(),
                    servedInWindow,
                    soak.startLatencies.p99Millis(),
                    soak.resumeLatencies.p99Millis(),
                    load);
        }

        void summary(SoakTest soak, Sample baseline, Sample end, List<Sample> samples) {
            line(
                    "runs served: %d streamed (%d with an intervention applied, %d resumed after a drop), %d over REST;"
                            + " %d events streamed",
                    soak.runsServed.get(),
                    soak.interventions.get(),
                    soak.resumes.get(),
                    soak.restServed.get(),
                    soak.events.get());
            line(
                    "rejected while full: %d socket starts (1013), %d REST calls (503); other connections closed"
                            + " before their first batch (then resumed): %d %s",
                    soak.wsRejected.get(),
                    soak.restRejected.get(),
                    soak.droppedBeforeFirstBatch.get(),
                    soak.droppedHow.stream().distinct().limit(5).toList());
            line("close frames the server could not write in time: %d", soak.closeFramesLost());
            line(
                    "latency p99: start to first batch %.1f ms (%d), resume to first batch %.1f ms (%d), REST %.1f ms (%d)",
                    soak.startLatencies.p99Millis(),
                    soak.startLatencies.size(),
                    soak.resumeLatencies.p99Millis(),
                    soak.resumeLatencies.size(),
                    soak.restLatencies.p99Millis(),
                    soak.restLatencies.size());
            double min = samples.stream().mapToDouble(Sample::heapMib).min().orElse(Double.NaN);
            double max = samples.stream().mapToDouble(Sample::heapMib).max().orElse(Double.NaN);
            int[] threads = samples.stream().mapToInt(Sample::threads).toArray();
            line(
                    "heap after GC under load: %.1f-%.1f MiB; threads under load: %d-%d; quiescent: heap %.1f -> %.1f MiB, threads %d -> %d",
                    min,
                    max,
                    Arrays.stream(threads).min().orElse(0),
                    Arrays.stream(threads).max().orElse(0),
                    baseline.heapMib(),
                    end.heapMib(),
                    baseline.threads(),
                    end.threads());
            line("lost, duplicated or mismatched: %d; load average at the end %s", soak.failures.size(), loadAverage());
            soak.failures.stream().limit(20).forEach(f -> line("  failure: %s", f));
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void line(String format, Object... args) {
            String l = String.format(Locale.ROOT, format, args);
            System.out.println(l);
            text.append(l).append('\n');
        }
    }
}
