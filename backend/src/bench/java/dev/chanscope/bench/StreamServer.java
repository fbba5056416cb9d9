package dev.chanscope.bench;

import dev.chanscope.ChanscopeApplication;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server side of {@link StreamLoad}: the app on a loopback port in a JVM of its own, so that the
 * load clients' garbage collection and compilation do not run inside the measured server. It is
 * driven by its parent over stdin/stdout, one command per line; answers start with {@code @ctl}:
 *
 * <ul>
 *   <li>(on start) {@code @ctl port N};
 *   <li>{@code stats} → {@code @ctl stats cpuNanos gcCount gcMillis} for this process;
 *   <li>{@code heap} → {@code @ctl heap bytes}: heap in use after full collections;
 *   <li>{@code watch} → {@code @ctl watching N} (runs holding a slot now), then, once a slot is
 *       released, {@code @ctl released nanoTime} ({@code System.nanoTime()} is the system-wide
 *       monotonic clock on Linux, so the parent can compare it with its own), or {@code @ctl released -1}
 *       if none is within 5 s;
 *   <li>{@code threads} → {@code @ctl threads N}: live threads of this process;
 *   <li>{@code pools} → {@code @ctl pools name*N …}: live platform threads by name, digits dropped;
 *   <li>{@code stalls} → {@code @ctl stalls count meanMillis maxMillis runs sessions}: clients let go
 *       for not reading (metric {@code chanscope.stalls.released}; its max is over the last minutes
 *       only), and the runs and counted sessions open now.
 * </ul>
 *
 * End of stdin (the parent finished or died) stops the app and exits; so does a 20-minute watchdog.
 */
public final class StreamServer {

    private static final long WATCHDOG_MINUTES = 20;
    private static final long RELEASE_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private StreamServer() {}

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(
                () -> {
                    LockSupport.parkNanos(TimeUnit.MINUTES.toNanos(WATCHDOG_MINUTES));
                    System.err.println("stream-load server: watchdog expired, exiting");
                    Runtime.getRuntime().halt(3);
                },
                "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();

        ConfigurableApplicationContext app = new SpringApplicationBuilder(ChanscopeApplication.class).run(args);
        MeterRegistry registry = app.getBean(MeterRegistry.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        reply("port " + port);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                switch (line.trim()) {
                    case "stats" -> reply(stats());
                    case "heap" -> reply("heap " + usedHeapAfterGc());
                    case "watch" -> watchRelease(registry);
                    case "threads" ->
                        reply("threads " + ManagementFactory.getThreadMXBean().getThreadCount());
                    case "stalls" -> reply(stalls(registry));
                    case "pools" -> reply("pools " + threadsByName());
                    default -> reply("unknown " + line.trim());
                }
            }
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private static String stats() {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return String.format(Locale.ROOT, "stats %d %d %d", cpu, count, millis);
    }

    /**
     * Reports when the number of runs holding an admission slot next drops. This is a probe of the
     * server's state, polled at 20 µs, bounded by a deadline; it does not synchronise anything.
     */
    private static void watchRelease(MeterRegistry registry) {
        double before = activeRuns(registry);
        reply("watching " + (long) before);
        long deadline = System.nanoTime() + RELEASE_DEADLINE_NANOS;
        while (System.nanoTime() < deadline) {
            if (activeRuns(registry) < before) {
                reply("released " + System.nanoTime());
                return;
            }
            LockSupport.parkNanos(20_000);
        }
        reply("released -1");
    }

    /** Clients let go for not reading: how many, and the mean and most time from their queue filling to the release. */
    private static String stalls(MeterRegistry registry) {
        io.micrometer.core.instrument.Timer t =
                registry.get("chanscope.stalls.released").timer();
        return String.format(
                Locale.ROOT,
                "stalls %d %.3f %.3f %d %d",
                t.count(),
                t.mean(TimeUnit.MILLISECONDS),
                t.max(TimeUnit.MILLISECONDS),
                (long) activeRuns(registry),
                (long) registry.get("chanscope.sessions.active").gauge().value());
    }

    /** Live platform threads counted by name with its digits dropped ({@code http-nio-#-exec-#*9 …}): which pool grew. */
    private static String threadsByName() {
        java.util.TreeMap<String, Integer> byName = new java.util.TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            byName.merge(t.getName().replaceAll("[0-9]+", "#"), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        byName.forEach((name, n) ->
                out.append(name.replace(' ', '_')).append('*').append(n).append(' '));
        return out.toString().trim();
    }

    private static double activeRuns(MeterRegistry registry) {
        return registry.get("chanscope.runs.active").gauge().value();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void reply(String s) {
        synchronized (System.out) {
            System.out.println("@ctl " + s);
            System.out.flush();
        }
    }
}
