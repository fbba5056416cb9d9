package dev.chanscope.stream.admission;

import dev.chanscope.system.ChanscopeProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Server-wide admission control and the service's metrics. A run holds a slot from the moment it is
 * admitted until it ends or its client goes away; with every slot taken, new runs are refused (socket
 * close 1013, HTTP 503) instead of slowing everyone down. When the server is stopping it admits
 * nothing ({@link #drain}).
 *
 * <p>The startup warm-up's own loopback sessions present a random per-process key in {@link
 * #WARMUP_HEADER}; they take slots like any client but are not traffic, so they are not counted in
 * the metrics ({@link #account}), rate-limited or logged.
 */
@Component
public class RunAdmission {

    /** Request header of the startup warm-up's loopback sessions. */
    public static final String WARMUP_HEADER = "X-Chanscope-Warmup";

    private final int max;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();
    private final Counter started;
    private final Counter finished;
    private final Counter rejected;
    private final Counter eventsSent;
    private final Timer stallReleases;
    private final Counter closeFramesLost;
    private volatile boolean draining;
    private final Account counted = new Account(true);
    private final Account uncounted = new Account(false);
    /** Random per process: a handshake carrying it in {@link #WARMUP_HEADER} is the startup warm-up's. */
    private final String warmupKey = newWarmupKey();

    public RunAdmission(ChanscopeProperties properties, MeterRegistry registry) {
        this.max = properties.runs().maxConcurrent();
        registry.gauge("chanscope.runs.active", active);
        registry.gauge("chanscope.sessions.active", sessions);
        this.started = registry.counter("chanscope.runs.started");
        this.finished = registry.counter("chanscope.runs.finished");
        this.rejected = registry.counter("chanscope.runs.rejected");
        this.eventsSent = registry.counter("chanscope.events.sent");
        this.stallReleases = registry.timer("chanscope.stalls.released");
        this.closeFramesLost = registry.counter("chanscope.sockets.close-frames-lost");
    }

    /**
     * How a client's sessions and runs are accounted: every one takes its slots here, and all but the
     * startup warm-up's own sessions are counted in the metrics.
     */
    public Account account(boolean countedInMetrics) {
        return countedInMetrics ? counted : uncounted;
    }

    /** The key the warm-up presents in {@link #WARMUP_HEADER}; it never leaves this process. */
    public String warmupKey() {
        return warmupKey;
    }

    /** Whether a handshake's {@link #WARMUP_HEADER} (null when absent) is this process's warm-up key. */
    public boolean isWarmup(String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.UTF_8), warmupKey.getBytes(StandardCharsets.UTF_8));
    }

    /** Takes a counted slot for a new run (REST); false when the server is full or stopping. */
    public boolean tryAdmit() {
        return counted.tryAdmit();
    }

    public void release() {
        counted.release();
    }

    /**
     * A client stopped reading and its run's slot was released {@code nanos} after its outbound queue
     * last made progress (the queue's mark reached, or its last write done): the metric
     * {@code chanscope.stalls.released}.
     */
    public void stallReleased(long nanos) {
        stallReleases.record(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * The server asked a socket to close and the container reported the close frame's write failed or
     * late (when it was not written at all, the client hears 1006): the metric {@code
     * chanscope.sockets.close-frames-lost}.
     */
    public void closeFrameLost() {
        closeFramesLost.increment();
    }

    /** Close frames the server asked for whose write the container reported failed or late. */
    public long closeFramesLost() {
        return (long) closeFramesLost.count();
    }

    /** Stops admitting: the server is shutting down. */
    public void drain() {
        draining = true;
    }

    /** Admits again (a stopped application context may be started again; Spring's test contexts are). */
    public void admitAgain() {
        draining = false;
    }

    public boolean isDraining() {
        return draining;
    }

    /** Runs holding a slot now. */
    public int activeRuns() {
        return active.get();
    }

    /** Open sessions of counted clients. */
    public int activeSessions() {
        return sessions.get();
    }

    private static String newWarmupKey() {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /** Slots shared server-wide; metrics only when {@code counted}. */
    public final class Account {
        private final boolean counted;

        private Account(boolean counted) {
            this.counted = counted;
        }

        /** Takes a slot for a new run; false when the server is full or stopping. */
        public boolean tryAdmit() {
            while (!draining) {
                int n = active.get();
                if (n >= max) {
                    break;
                }
                if (active.compareAndSet(n, n + 1)) {
                    if (counted) {
                        started.increment();
                    }
                    return true;
                }
            }
            if (counted) {
                rejected.increment();
            }
            return false;
        }

        public void release() {
            active.decrementAndGet();
            if (counted) {
                finished.increment();
            }
        }

        public void sessionOpened() {
            if (counted) {
                sessions.incrementAndGet();
            }
        }

        public void sessionClosed() {
            if (counted) {
                sessions.decrementAndGet();
            }
        }

        public void eventsSent(long n) {
            if (counted) {
                eventsSent.increment(n);
            }
        }

        /** Whether the server is stopping (a refused run is then told so, not "try again later"). */
        public boolean draining() {
            return draining;
        }
    }
}
