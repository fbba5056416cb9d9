package dev.chanscope.engine;

/**
 * A run's budgets ({@link RunLimits}), asked before the thing they bound happens: the next operation,
 * event, goroutine or moment of virtual time, and the wall time spent simulating. Each check answers
 * null, or what would be crossed; {@link Sim} then stops the run right there, so a cut run is a prefix
 * of the same run under larger budgets (docs/protocol.md, "Run budgets").
 *
 * <p>Wall time is the one bound that depends on the machine. It counts only time spent inside {@link
 * Sim#advance}, not time waiting between calls, and the clock is read once every {@link
 * #WALL_CHECK_INTERVAL} scheduler steps.
 */
final class Budget {

    /** A bound the run would cross: its name ({@code steps}, {@code wall time}, …) and the message. */
    record Exceeded(String bound, String message) {}

    /** The wall clock is read once every this many scheduler steps (a power of two). */
    private static final int WALL_CHECK_INTERVAL = 64;

    private final RunLimits limits;
    private final RunControl control;
    private long wallUsed;
    private long advanceStartedAt;
    /** Scheduler steps taken (loop iterations), for the wall-time check. */
    private long loopSteps;

    Budget(RunLimits limits, RunControl control) {
        this.limits = limits;
        this.control = control;
    }

    void advanceStarted() {
        advanceStartedAt = control.wallNanos();
    }

    void advanceEnded() {
        wallUsed += control.wallNanos() - advanceStartedAt;
    }

    /** Before every scheduler step; the clock is read before every {@link #WALL_CHECK_INTERVAL}-th. */
    Exceeded wallTime() {
        if ((loopSteps++ & (WALL_CHECK_INTERVAL - 1)) != 0) {
            return null;
        }
        long budget = limits.maxWallNanos();
        if (wallUsed + control.wallNanos() - advanceStartedAt <= budget) {
            return null;
        }
        return new Exceeded(
                "wall time", "the run took longer than its wall-time budget of " + Durations.format(budget));
    }

    /** Before virtual time moves to {@code when}. */
    Exceeded virtualTime(long when) {
        long budget = limits.maxVirtualNanos();
        if (when <= budget) {
            return null;
        }
        return new Exceeded("virtual time", "the run reached its virtual-time limit of " + Durations.format(budget));
    }

    /** Before an operation, with {@code taken} operations so far. */
    Exceeded steps(long taken) {
        long budget = limits.maxSteps();
        return taken < budget ? null : new Exceeded("steps", "the run reached its limit of " + budget + " steps");
    }

    /** Before an event, with {@code emitted} events so far. */
    Exceeded events(long emitted) {
        long budget = limits.maxEvents();
        return emitted < budget ? null : new Exceeded("events", "the run reached its limit of " + budget + " events");
    }

    /** Before a {@code go} statement, with {@code started} goroutines so far (main included). */
    Exceeded goroutines(int started) {
        int budget = limits.maxGoroutines();
        return started < budget
                ? null
                : new Exceeded("goroutines", "the run reached its limit of " + budget + " goroutines");
    }
}
