package dev.chanscope.bench;

import dev.chanscope.client.SocketClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Connect, start a long run, stop reading, disconnect — 10,000 times by default, against the app in a
 * JVM of its own ({@link StreamServer}) on a loopback port, to show that nothing is left behind:
 * the server's live threads, heap after GC, open sessions and run slots are sampled every
 * {@code cycles / 10} cycles and compared at rest before and after. A second phase lets a few clients
 * stall until the server lets them go, and reports the server's own measure of each release (metric
 * {@code chanscope.stalls.released}: from the client's queue filling to its slot freed).
 *
 * <p>Usage: {@code StallCycles [cycles=10000] [clients=16] [stallMillis=300] [releases=50]}; bounded
 * (each wait has a deadline) and exits by itself. Exit status 1 when threads grew by more than 16,
 * heap at rest by 32 MiB or more, a session or slot was left open, or a release took 200 ms or more.
 */
public final class StallCycles {

    private static final String START = "{\"type\":\"start\",\"v\":2,\"credit\":1000000,\"run\":{\"scenario\":"
            + "\"unbuffered-handoff\",\"params\":{\"messages\":500000,\"receiverDelay\":0}}}";

    private StallCycles() {}

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        long stallMillis = args.length > 2 ? Long.parseLong(args[2]) : 300;
        int releases = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        System.out.printf(
                Locale.ROOT,
                "stall cycles: %d cycles, %d clients, stall %d ms; load average %s%n",
                cycles,
                clients,
                stallMillis,
                loadAverage());
        boolean ok = true;
        try (ServerProcess server = ServerProcess.launch(List.of())) {
            URI uri = URI.create("ws://127.0.0.1:" + server.port + "/ws/runs");
            cyclesOf(uri, Math.min(200, cycles), clients, stallMillis, null); // warm the paths before the baseline
            ok &= atRest(server);
            long heap0 = Long.parseLong(server.command("heap", "heap"));
            int threads0 = Integer.parseInt(server.command("threads", "threads"));
            System.out.printf(
                    Locale.ROOT, "baseline at rest: heap %.1f MiB, %d threads%n", heap0 / 1048576.0, threads0);
            System.out.println("  threads by name: " + server.command("pools", "pools"));
            System.out.println("  cycles   threads  sessions  runs  stalls let go  heap MiB (after GC)");
            long t0 = System.nanoTime();
            cyclesOf(uri, cycles, clients, stallMillis, server);
            double seconds = (System.nanoTime() - t0) / 1e9;
            ok &= atRest(server);
            long heap1 = Long.parseLong(server.command("heap", "heap"));
            int threads1 = Integer.parseInt(server.command("threads", "threads"));
            System.out.printf(
                    Locale.ROOT,
                    "after %d cycles in %.0f s, at rest: heap %.1f MiB (%+.1f), %d threads (%+d); %s%n",
                    cycles,
                    seconds,
                    heap1 / 1048576.0,
                    (heap1 - heap0) / 1048576.0,
                    threads1,
                    threads1 - threads0,
                    server.command("stalls", "stalls"));
            System.out.println("  threads by name: " + server.command("pools", "pools"));
            ok &= threads1 - threads0 <= 16 && heap1 - heap0 < 32L << 20;
            ok &= releases(uri, server, releases);
        }
        System.out.println(ok ? "PASS" : "FAIL");
        System.exit(ok ? 0 : 1);
    }

    /** {@code n} cycles over {@code clients} threads; samples the server every tenth of them when given one. */
    private static void cyclesOf(URI uri, int n, int clients, long stallMillis, ServerProcess sample) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("cycler-" + c).start(() -> {
                HttpClient http = HttpClient.newHttpClient();
                for (int i; (i = next.getAndIncrement()) < n; ) {
                    try {
                        SocketClient s =
                                SocketClient.to(uri).http(http).readNothing().open(new SocketClient.Listener() {});
                        s.sendText(START).get(10, TimeUnit.SECONDS);
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(
                                stallMillis)); // the load's shape, not a wait for anything
                        if (i % 2 == 0) {
                            s.abort();
                        } else {
                            s.close(1000, "bye").get(10, TimeUnit.SECONDS);
                            s.abort();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                http.shutdownNow();
            }));
        }
        int step = Math.max(1, n / 10);
        if (sample != null) {
            for (int mark = step; mark <= n; mark += step) {
                while (next.get() < mark && threads.stream().anyMatch(Thread::isAlive)) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
                }
                String[] st = sample.command("stalls", "stalls").split(" ");
                System.out.printf(
                        Locale.ROOT,
                        "%8d %9s %9s %5s %14s %9.1f%n",
                        mark,
                        sample.command("threads", "threads"),
                        st[4],
                        st[3],
                        st[0],
                        Long.parseLong(sample.command("heap", "heap")) / 1048576.0);
            }
        }
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(30));
        }
        if (failed.get() > 0) {
            System.out.println("cycles that failed to connect or send: " + failed.get());
        }
    }

    /** Waits (30 s at most) until the server holds no run and no session. */
    private static boolean atRest(ServerProcess server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String[] st;
        do {
            st = server.command("stalls", "stalls").split(" ");
            if (st[3].equals("0") && st[4].equals("0")) {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        } while (System.nanoTime() < deadline);
        System.out.println("NOT AT REST after 30 s: runs " + st[3] + ", sessions " + st[4]);
        return false;
    }

    /** Clients that stall until the server lets them go, one at a time: the server's release times. */
    private static boolean releases(URI uri, ServerProcess server, int n) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long before = Long.parseLong(server.command("stalls", "stalls").split(" ")[0]);
        int missed = 0;
        for (int i = 0; i < n; i++) {
            SocketClient s = SocketClient.to(uri).http(http).readNothing().open(new SocketClient.Listener() {});
            s.sendText(START).get(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            long wanted = before + (i + 1 - missed); // this client's release is the next one counted
            while (Long.parseLong(server.command("stalls", "stalls").split(" ")[0]) < wanted
                    && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
            if (System.nanoTime() >= deadline) {
                missed++;
            }
            s.abort();
        }
        http.shutdownNow();
        String[] st = server.command("stalls", "stalls").split(" ");
        double max = Double.parseDouble(st[2]);
        System.out.printf(
                Locale.ROOT,
                "stalled until let go: %d clients, %d let go by the server (%d not within 20 s); release after the queue filled:"
                        + " mean %s ms, max %s ms (over all stalls of the last minutes)%n",
                n,
                Long.parseLong(st[0]) - before,
                missed,
                st[1],
                st[2]);
        return missed == 0 && max < 200;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .trim();
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }
}
