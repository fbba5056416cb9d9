package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;

/**
 * A run's clock: virtual nanoseconds since it began, and what is due when (sleeps and I/O ending,
 * work finishing, timers, deadlines). Time moves only when no goroutine can run, straight to the
 * earliest pending deadline; nothing here reads a real clock.
 */
final class VirtualTime {

    private final Sim sim;
    private final Timers timers = new Timers();
    private long now;

    VirtualTime(Sim sim) {
        this.sim = sim;
    }

    long now() {
        return now;
    }

    /** Runs {@code action} when virtual time reaches {@code when}; the task can be cancelled. */
    Timers.Task at(long when, Runnable action) {
        return timers.schedule(when, action);
    }

    boolean hasPending() {
        return timers.hasPending();
    }

    long nextDeadline() {
        return timers.nextDeadline();
    }

    /** Moves the clock to {@code when} (never back). */
    void moveTo(long when) {
        now = Math.max(now, when);
    }

    /** Fires everything due by now, in deadline order, then in the order it was set. */
    void fireDue() {
        timers.fireDue(now);
    }

    /** time.Sleep: a scheduling point, then the goroutine waits without a processor. */
    void sleep(long nanos, int label) {
        sim.preempt();
        if (nanos <= 0) {
            return;
        }
        Goroutine g = sim.current();
        Timers.Task wake = timers.schedule(now + nanos, () -> sim.turns().ready(g, null));
        sim.turns().park(BlockReason.SLEEP, null, label, wake::cancel);
    }

    /** Simulated I/O: takes time but no processor; returns the injected error, if any, else null. */
    String io(long nanos, int label) {
        sim.preempt();
        Goroutine g = sim.current();
        if (nanos > 0) {
            Timers.Task wake = timers.schedule(now + nanos, () -> sim.turns().ready(g, null));
            sim.turns().park(BlockReason.IO, null, label, wake::cancel);
        }
        String err = g.injectedError;
        g.injectedError = null;
        return err;
    }
}
