package dev.chanscope.engine;

/**
 * Bounds on one run. Reaching any of them ends the run cleanly with a {@code limit} diagnostic that
 * names the bound, followed by run-end and nothing else; nothing hangs and memory stays bounded.
 *
 * <p>The bounds are exact (docs/protocol.md, "Run budgets"): the run stops at the first thing that
 * would cross one, without doing it — even part-way through an operation — so the events before the
 * limit diagnostic are exactly the first events of the same run under larger budgets.
 *
 * @param maxGoroutines goroutines that may be started over the whole run (main included); a {@code go}
 *     statement that would start one more does not
 * @param maxEvents events the run may emit before its closing ones: at most {@code maxEvents} events,
 *     then the limit diagnostic and run-end ({@code maxEvents + 2} in all)
 * @param maxSteps engine operations that may be executed; the operation after the last one never starts
 * @param maxVirtualNanos virtual time the run may reach; no event is later
 * @param maxWallNanos real time the run may spend simulating (time spent waiting for a client between
 *     advances does not count), checked every 64 scheduler steps; the only bound that depends on
 *     the machine
 */
public record RunLimits(int maxGoroutines, long maxEvents, long maxSteps, long maxVirtualNanos, long maxWallNanos) {

    public static final RunLimits DEFAULT =
            new RunLimits(20_000, 5_000_000, 20_000_000, 3_600_000_000_000L, 30_000_000_000L);

    public RunLimits {
        requirePositive("maxGoroutines", maxGoroutines);
        requirePositive("maxEvents", maxEvents);
        requirePositive("maxSteps", maxSteps);
        requirePositive("maxVirtualNanos", maxVirtualNanos);
        requirePositive("maxWallNanos", maxWallNanos);
    }

    public RunLimits withMaxEvents(long n) {
        return new RunLimits(maxGoroutines, n, maxSteps, maxVirtualNanos, maxWallNanos);
    }

    public RunLimits withMaxGoroutines(int n) {
        return new RunLimits(n, maxEvents, maxSteps, maxVirtualNanos, maxWallNanos);
    }

    public RunLimits withMaxSteps(long n) {
        return new RunLimits(maxGoroutines, maxEvents, n, maxVirtualNanos, maxWallNanos);
    }

    public RunLimits withMaxVirtualNanos(long n) {
        return new RunLimits(maxGoroutines, maxEvents, maxSteps, n, maxWallNanos);
    }

    public RunLimits withMaxWallNanos(long n) {
        return new RunLimits(maxGoroutines, maxEvents, maxSteps, maxVirtualNanos, n);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
