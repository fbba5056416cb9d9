package dev.chanscope.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.client.SocketClient;
import dev.chanscope.stream.admission.RunAdmission;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Broken and slow clients cannot hurt the server: nothing leaks, memory stays bounded. */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chanscope.websocket.max-buffered-bytes=512KB", "chanscope.websocket.send-time-limit=2s"})
class ClientFaultsTest {

    private static final String START =
            "{\"type\":\"start\",\"run\":{\"scenario\":\"unbuffered-handoff\",\"params\":{\"messages\":2000}},\"credit\":64}";

    @LocalServerPort
    int port;

    @Autowired
    RunAdmission admission;

    /** Waits, boundedly, for a condition the server reaches asynchronously. */
    private static void eventually(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            Thread.onSpinWait();
            Thread.sleep(5); // polling a server-side counter, not synchronising on timing
        }
    }

    /** One connect → start → wait for the first batch → abrupt or polite disconnect. */
    private void cycle(HttpClient http, URI uri, boolean abrupt) throws Exception {
        CompletableFuture<Void> firstBatch = new CompletableFuture<>();
        SocketClient ws = SocketClient.to(uri).http(http).binaryPieces().open(new SocketClient.Listener() {
            @Override
            public void onBinaryPiece(SocketClient socket, ByteBuffer data, boolean last) {
                firstBatch.complete(null);
            }
        });
        ws.sendText(START).get(10, TimeUnit.SECONDS);
        firstBatch.get(10, TimeUnit.SECONDS);
        if (abrupt) {
            ws.abort();
        } else {
            ws.close(1000, "bye").get(10, TimeUnit.SECONDS);
        }
    }

    private void cycles(int clients, int perClient) throws Exception {
        URI uri = URI.create("ws://localhost:" + port + "/ws/runs");
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        HttpClient http = HttpClient.newHttpClient();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int id = c;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        cycle(http, uri, (i + id) % 2 == 0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
            http.shutdownNow(); // close() would wait for connections the server may still hold
            http.awaitTermination(Duration.ofSeconds(30));
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void tenThousandConnectStartDisconnectCyclesLeaveNoThreadsSessionsRunsOrHeapBehind() throws Exception {
        cycles(8, 150); // warm up: thread pools and caches reach their working size
        eventually("sessions closed after warm-up", Duration.ofSeconds(30), () -> admission.activeSessions() == 0);
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long heapBefore = usedHeapAfterGc();

        cycles(8, 1250);

        eventually("every session closed", Duration.ofSeconds(30), () -> admission.activeSessions() == 0);
        eventually("every run slot released", Duration.ofSeconds(30), () -> admission.activeRuns() == 0);
        // Pools may hold a few more idle threads than after the warm-up, never more than the clients.
        eventually(
                "live threads back to at most " + (threadsBefore + 8),
                Duration.ofSeconds(30),
                () -> ManagementFactory.getThreadMXBean().getThreadCount() <= threadsBefore + 8);
        long heapAfter = usedHeapAfterGc();
        assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(32L * 1024 * 1024);
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedOnceItsOutboundBufferIsFull() throws Exception {
        URI uri = URI.create("ws://localhost:" + port + "/ws/runs");
        HttpClient http = HttpClient.newHttpClient();
        try {
            SocketClient ws = SocketClient.to(uri).http(http).readNothing().open(new SocketClient.Listener() {});
            eventually("session open", Duration.ofSeconds(10), () -> admission.activeSessions() >= 1);
            ws.sendText(
                            // ~3M events, ~18 MB: far more than the kernel's socket buffers can absorb
                            "{\"type\":\"start\",\"run\":{\"scenario\":\"unbuffered-handoff\",\"params\":{\"messages\":500000}},\"credit\":1000000}")
                    .get(10, TimeUnit.SECONDS);
            eventually(
                    "the server dropped the stalled client",
                    Duration.ofSeconds(60),
                    () -> admission.activeSessions() == 0);
            eventually("its run slot released", Duration.ofSeconds(10), () -> admission.activeRuns() == 0);
            ws.abort();
        } finally {
            http.shutdownNow(); // close() would wait forever for the stalled connection
        }
    }

    /**
     * An abrupt close (no close frame, the TCP connection just goes) releases the run's slot, both for
     * a run waiting for credit and for one being simulated and streamed flat out. How fast is a figure,
     * not a test margin: the stream-load harness measures it ("disconnect → slot released",
     * docs/BENCHMARKS.md), so a busy machine cannot fail this test.
     */
    @Test
    void anAbruptDisconnectReleasesTheRun() throws Exception {
        URI uri = URI.create("ws://localhost:" + port + "/ws/runs");
        HttpClient http = HttpClient.newHttpClient();
        try {
            for (int i = 0; i < 10; i++) {
                long credit = i % 2 == 0 ? 64 : 1_000_000;
                CompletableFuture<Void> firstBatch = new CompletableFuture<>();
                SocketClient ws = SocketClient.to(uri).http(http).binaryPieces().open(new SocketClient.Listener() {
                    @Override
                    public void onBinaryPiece(SocketClient socket, ByteBuffer data, boolean last) {
                        firstBatch.complete(null);
                    }
                });
                ws.sendText("{\"type\":\"start\",\"run\":{\"scenario\":\"unbuffered-handoff\",\"params\":"
                                + "{\"messages\":500000,\"receiverDelay\":0}},\"credit\":" + credit + "}")
                        .get(10, TimeUnit.SECONDS);
                firstBatch.get(10, TimeUnit.SECONDS);
                assertThat(admission.activeRuns()).as("the run holds its slot").isEqualTo(1);
                ws.abort();
                eventually(
                        "the run's slot released after an abrupt close (credit " + credit + ")",
                        Duration.ofSeconds(10),
                        () -> admission.activeRuns() == 0);
            }
        } finally {
            http.shutdownNow();
        }
    }
}
