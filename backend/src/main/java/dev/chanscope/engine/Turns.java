package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import java.util.ArrayList;
import java.util.List;
import jdk.internal.vm.Continuation;

/**
 * Who holds the turn: the goroutine running now, and the run queue of those that could run next (in
 * no meaningful order; the {@link Scheduler} picks from it). A goroutine gives its turn up only here:
 * at a scheduling point ({@link #preempt}) or by blocking ({@link #park}); it gets one back when the
 * scheduler picks it, after {@link #ready} put it back in the queue. See {@link Goroutine} for the
 * states.
 */
final class Turns {

    /** A goroutine yields at least this often, so limits and interventions are checked in any loop. */
    private static final int MAX_OPS_WITHOUT_YIELD = 256;

    private final Sim sim;
    private final List<Goroutine> runQueue = new ArrayList<>();
    private Goroutine current;
    private int opsWithoutYield;
    private boolean justWoke;
    /**
     * The goroutine a scheduling point already picked for the next turn (see {@link #preempt}); the
     * loop's next {@link #pick} takes it instead of asking the scheduler again. It is out of the run queue.
     */
    private Goroutine decided;

    Turns(Sim sim) {
        this.sim = sim;
    }

    boolean anyRunnable() {
        return decided != null || !runQueue.isEmpty();
    }

    /** A new goroutine joins the run queue. */
    void started(Goroutine g) {
        runQueue.add(g);
    }

    /** Takes the goroutine the scheduler picks (or a scheduling point already picked) out of the run queue. */
    Goroutine pick(Scheduler scheduler) {
        Goroutine d = decided;
        if (d != null) {
            decided = null;
            return d;
        }
        int n = runQueue.size();
        int index = scheduler.pickGoroutine(runQueue);
        Goroutine g = runQueue.get(index);
        runQueue.set(index, runQueue.get(n - 1));
        runQueue.remove(n - 1);
        return g;
    }

    /** {@code g} takes the turn (then {@link #run} runs it). */
    void enter(Goroutine g) {
        current = g;
        g.state = Goroutine.State.RUNNING;
    }

    /** Runs the goroutine that took the turn until it gives the turn up. */
    void run(Goroutine g) {
        opsWithoutYield = 0;
        justWoke = false; // set again by suspend() when g resumes from a park; a new goroutine starts fresh
        g.continuation.run();
        current = null;
    }

    Goroutine current() {
        Goroutine g = current;
        if (g == null) {
            throw new IllegalStateException("engine operations must be called from inside a simulated goroutine");
        }
        return g;
    }

    /** The running goroutine, or null outside one (in the scheduler loop, a timer, an intervention). */
    Goroutine currentOrNull() {
        return current;
    }

    /**
     * A scheduling point: every operation starts here. The current goroutine goes back to the run queue
     * and the scheduler picks who runs next — possibly the same goroutine — whenever another one is
     * runnable, so every interleaving of operations is reachable from some seed.
     *
     * <p>The pick is made here, with the same run queue and the same draw the loop's next step would
     * make: between this point and that pick the loop only checks cancellation and wall time and
     * applies interventions due, and none is due (else this goroutine yields undecided, as before). So
     * when the scheduler picks this goroutine again it simply goes on, without the continuation's
     * yield and resume, and the run is the same run: same draws, same events, same digest. Otherwise
     * it yields and the loop resumes the goroutine picked here. It still yields at least every {@link
     * #MAX_OPS_WITHOUT_YIELD} operations, so limits and cancellation are checked in any loop.
     */
    void preempt() {
        Goroutine g = current();
        sim.takeStep(); // or the run stops here: this operation never starts
        if (justWoke) {
            // Being woken was this goroutine's scheduling decision: it runs its next operation before
            // anyone else is considered, so a switch to it always shows something happening.
            justWoke = false;
            return;
        }
        boolean choice = !runQueue.isEmpty();
        if (++opsWithoutYield < MAX_OPS_WITHOUT_YIELD && !sim.interventionDue()) {
            if (!choice) {
                return; // alone: the loop would resume it without a draw
            }
            g.state = Goroutine.State.RUNNABLE;
            runQueue.add(g);
            Goroutine next = pick(sim.scheduler());
            if (next == g) {
                g.state = Goroutine.State.RUNNING;
                return;
            }
            decided = next;
            suspend(g);
            return;
        }
        g.state = Goroutine.State.RUNNABLE;
        runQueue.add(g);
        suspend(g);
    }

    /**
     * Parks the current goroutine until {@link #ready} is called for it. {@code abort} undoes the wait
     * (leaves the queue it is in, cancels its timer) so an intervention can wake it with a panic; null
     * when it can only be woken.
     */
    void park(BlockReason reason, SyncObject on, int label, Runnable abort) {
        Goroutine g = current();
        g.state = Goroutine.State.BLOCKED;
        g.blockReason = reason;
        g.blockedOn = on;
        g.blockLabel = label;
        g.abortWait = abort;
        sim.events().goBlock(g.id, reason, on == null ? 0 : on.id, label);
        if (on instanceof LockDetector.Lock lock) {
            sim.detectors().lockBlocked(g, lock);
        }
        suspend(g);
    }

    /** Parks without an event: the goroutine's state is told by another event (it holds a processor). */
    void parkSilently(BlockReason reason) {
        Goroutine g = current();
        g.state = Goroutine.State.BLOCKED;
        g.blockReason = reason;
        g.blockedOn = null;
        suspend(g);
    }

    private void suspend(Goroutine g) {
        boolean parked = g.state == Goroutine.State.BLOCKED;
        Continuation.yield(Sim.SCOPE);
        current = g;
        justWoke = parked;
        if (sim.isOver()) {
            throw new ProgramEnded();
        }
        if (g.injectedPanic != null) {
            GoPanic p = g.injectedPanic;
            g.injectedPanic = null;
            sim.emit(new Event.GoPanic(sim.seq(), sim.now(), g.id, p.getMessage(), g.blockLabel));
            throw p;
        }
    }

    /** Makes a blocked goroutine runnable; {@code by} woke it (null: the runtime or a timer). */
    void ready(Goroutine g, Goroutine by) {
        readySilently(g);
        sim.events().goUnblock(g.id, by == null ? 0 : by.id);
    }

    void readySilently(Goroutine g) {
        if (g.state == Goroutine.State.DONE || g.state == Goroutine.State.RUNNABLE) {
            return;
        }
        g.state = Goroutine.State.RUNNABLE;
        g.blockReason = null;
        g.blockedOn = null;
        g.abortWait = null;
        runQueue.add(g);
    }
}
