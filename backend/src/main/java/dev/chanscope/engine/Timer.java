package dev.chanscope.engine;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;

/**
 * time.Timer and time.Ticker. Their channel C has capacity 1 and the runtime's send on it never blocks:
 * a tick that finds the buffer full is dropped, so a slow reader sees fewer ticks, not a backlog.
 * time.After is a Timer nobody can stop.
 */
public final class Timer extends SyncObject {

    private final Chan<Long> c;
    private long period;
    private Timers.Task task;
    /** What the channel receives when the timer fires, from the virtual time (default: the time). */
    private final java.util.function.LongFunction<Object> value;
    /** time.AfterFunc: started as a goroutine when the timer fires (then nothing is sent). */
    private final Runnable onFire;

    private final int label;

    Timer(Sim sim, String name, long delay, long period, int label) {
        this(sim, name, delay, period, label, null, null);
    }

    Timer(
            Sim sim,
            String name,
            long delay,
            long period,
            int label,
            java.util.function.LongFunction<Object> value,
            Runnable onFire) {
        super(sim, period > 0 ? ObjKind.TICKER : ObjKind.TIMER, name, period, 0, label);
        // A timer's delay may be negative (time.After(deadline.Sub(now)) often is): Go fires it at once,
        // and arm() already clamps it to now. Only a ticker's period must be positive.
        if (period < 0) {
            throw new IllegalArgumentException("non-positive interval for " + name);
        }
        this.period = period;
        this.value = value;
        this.onFire = onFire;
        this.label = label;
        this.c = new Chan<>(sim, name + ".C", 1, 0L, id, label);
        arm(delay);
    }

    /** The timer's channel, whose items are what the value function made (for interpreted programs). */
    public Chan<?> channel() {
        return c;
    }

    /** The channel the timer delivers the current virtual time on. */
    public RecvChan<Long> c() {
        return c;
    }

    private void arm(long delay) {
        long when = sim.now() + Math.max(0, delay);
        sim.emit(new Event.TimerSet(sim.seq(), sim.now(), id, when));
        task = sim.time().at(when, this::fire);
    }

    private void fire() {
        sim.emit(new Event.TimerFire(sim.seq(), sim.now(), id));
        task = null;
        if (period > 0) {
            arm(period);
        }
        if (onFire != null) {
            sim.spawn(name, label, onFire);
            return;
        }
        c.offerFromRuntime(value == null ? sim.now() : value.apply(sim.now()));
    }

    /** Stops the timer; true if that prevented a pending fire. Does not drain C, as in Go. */
    public boolean stop(String label) {
        int l = sim.label(label);
        sim.preempt();
        boolean active = task != null;
        if (active) {
            task.cancel();
            task = null;
        }
        sim.emit(new Event.TimerStop(sim.seq(), sim.now(), sim.current().id, id, active, l));
        return active;
    }

    /**
     * Re-arms the timer to fire after {@code delay}; true if it had been active. For a ticker this is
     * Ticker.Reset: the new duration becomes its period too (it kept ticking at the old period before).
     */
    public boolean reset(long delay, String label) {
        if (period > 0 && delay <= 0) {
            throw sim.panic("non-positive interval for Ticker.Reset", sim.label(label));
        }
        boolean active = stop(label);
        if (period > 0) {
            period = delay;
        }
        arm(delay);
        return active;
    }
}
