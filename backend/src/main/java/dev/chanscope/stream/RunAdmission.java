package dev.chanscope.stream;

import dev.chanscope.system.ChanscopeProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Server-wide admission control and the service's metrics. A run holds a slot from the moment it is
 * admitted until it ends or its client goes away; with every slot taken, new runs are refused (socket
 * close 1013, HTTP 503) instead of slowing everyone down. When the server is stopping it admits nothing.
 */
@Component
public class RunAdmission {

    private final int max;
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();
    private final Counter started;
    private final Counter finished;
    private final Counter rejected;
    private final Counter eventsSent;
    private volatile boolean draining;
    private final Account counted = new Account(true);
    private final Account uncounted = new Account(false);

    RunAdmission(ChanscopeProperties properties, MeterRegistry registry) {
        this.max = properties.runs().maxConcurrent();
        registry.gauge("chanscope.runs.active", active);
        registry.gauge("chanscope.sessions.active", sessions);
        this.started = registry.counter("chanscope.runs.started");
        this.finished = registry.counter("chanscope.runs.finished");
        this.rejected = registry.counter("chanscope.runs.rejected");
        this.eventsSent = registry.counter("chanscope.events.sent");
    }

    /**
     * How a client's sessions and runs are accounted: every one takes its slots here, and all but the
     * startup warm-up's own sessions ({@link SocketWarmup}), which are not traffic, are counted in the
     * metrics.
     */
    Account account(boolean countedInMetrics) {
        return countedInMetrics ? counted : uncounted;
    }

    /** Takes a slot for a new run; false when the server is full or stopping. */
    boolean tryAdmit() {
        return counted.tryAdmit();
    }

    void release() {
        counted.release();
    }

    void sessionOpened() {
        counted.sessionOpened();
    }

    void sessionClosed() {
        counted.sessionClosed();
    }

    void eventsSent(long n) {
        counted.eventsSent(n);
    }

    void drain() {
        draining = true;
    }

    void admitAgain() {
        draining = false;
    }

    boolean isDraining() {
        return draining;
    }

    int activeRuns() {
        return active.get();
    }

    int activeSessions() {
        return sessions.get();
    }

    /** Slots shared server-wide; metrics only when {@code counted}. */
    final class Account {
        private final boolean counted;

        private Account(boolean counted) {
            this.counted = counted;
        }

        /** Takes a slot for a new run; false when the server is full or stopping. */
        boolean tryAdmit() {
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

        void release() {
            active.decrementAndGet();
            if (counted) {
                finished.increment();
            }
        }

        void sessionOpened() {
            if (counted) {
                sessions.incrementAndGet();
            }
        }

        void sessionClosed() {
            if (counted) {
                sessions.decrementAndGet();
            }
        }

        void eventsSent(long n) {
            if (counted) {
                eventsSent.increment(n);
            }
        }
    }
}
