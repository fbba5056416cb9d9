package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import java.util.ArrayList;
import java.util.List;
import jdk.internal.vm.Continuation;

/**
 * One simulated goroutine: a JDK continuation the scheduler resumes one step at a time.
 *
 * <pre>
 *            spawn                 pick (scheduler)
 *   (new) ─────────► RUNNABLE ───────────────────► RUNNING ──── body returns ───► DONE
 *                       ▲  ▲                          │  │
 *                       │  └──── preempt (each op) ───┘  │ park (send, lock, sleep, work…)
 *                       │                                ▼
 *                       └────────── ready(by) ────── BLOCKED ──── program ends ──► (leaked)
 * </pre>
 *
 * A goroutine runs only while the scheduler has resumed its continuation; every engine operation is
 * a point where it may yield, so only one goroutine executes at any instant and the interleaving is
 * decided by the seeded scheduler alone.
 */
final class Goroutine {

    enum State {
        RUNNABLE,
        RUNNING,
        BLOCKED,
        DONE
    }

    final int id;
    final String name;
    final Goroutine parent;
    final Continuation continuation;

    State state = State.RUNNABLE;
    BlockReason blockReason;
    SyncObject blockedOn;
    int blockLabel;

    /** Happens-before clock; null when race detection is off. */
    VectorClock clock;

    /** Locks held, in acquisition order (lock-order and deadlock detectors). */
    final List<SyncObject> held = new ArrayList<>(2);

    /** How the goroutine's function ended, set inside the continuation before it finishes. */
    Throwable failure;

    /** An intervention's panic, thrown at the goroutine's next resumption. */
    GoPanic injectedPanic;

    /** An intervention's error, returned by the goroutine's next simulated I/O call. */
    String injectedError;

    /** Undoes the current wait (see Turns.park); null when the wait cannot be aborted. */
    Runnable abortWait;

    /** The waiter of this goroutine's plain sends and receives, made at the first (see {@link Waiter}). */
    private Waiter waiter;

    Goroutine(int id, String name, Goroutine parent, Runnable body) {
        this.id = id;
        this.name = name;
        this.parent = parent;
        this.continuation = new Continuation(Sim.SCOPE, () -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure = t;
            }
        });
    }

    /** This goroutine's waiter, readied for a plain send or receive at {@code label}. */
    Waiter plainWaiter(int label) {
        if (waiter == null) {
            waiter = new Waiter(this, null, -1, label);
        }
        return waiter.reuse(label);
    }

    boolean isBlockedOnSync() {
        return state == State.BLOCKED
                && blockReason != BlockReason.SLEEP
                && blockReason != BlockReason.IO
                && blockReason != BlockReason.PROCESSOR;
    }

    /** "worker-2 (goroutine 3)". */
    String describe() {
        return name + " (goroutine " + id + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
