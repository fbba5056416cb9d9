package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import java.util.ArrayDeque;

/**
 * The P simulated processors (GOMAXPROCS). CPU-bound work holds one for its whole duration; goroutines
 * that want one while all are busy wait in FIFO order. Zero-time operations (channel ops, locks) and
 * sleeping or I/O need none, which is why CPU-bound pools stop scaling at P and I/O-bound ones do not.
 */
final class Processors {

    private final Sim sim;
    private final Goroutine[] running = new Goroutine[RunConfig.MAX_PROCS];
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    /** Processors in use now (GOMAXPROCS); slots above it finish their work but take no more. */
    private int count;

    private record Pending(Goroutine g, long nanos, int label) {}

    Processors(Sim sim, int count) {
        this.sim = sim;
        this.count = count;
    }

    /**
     * CPU-bound work by the current goroutine: a scheduling point, then it holds a processor for {@code
     * nanos}, waiting for one if needed.
     */
    void work(long nanos, int label) {
        sim.preempt();
        if (nanos <= 0) {
            return;
        }
        Goroutine g = sim.current();
        int p = lowestFree();
        if (p >= 0) {
            start(g, p, nanos, label);
            sim.turns().parkSilently(BlockReason.PROCESSOR);
        } else {
            Pending pending = new Pending(g, nanos, label);
            waiting.add(pending);
            sim.turns().park(BlockReason.PROCESSOR, null, label, () -> waiting.remove(pending));
        }
    }

    private void start(Goroutine g, int p, long nanos, int label) {
        running[p] = g;
        sim.emit(new Event.ProcAcquire(sim.seq(), sim.now(), g.id, p, nanos, label));
        sim.time().at(sim.now() + nanos, () -> finish(g, p));
    }

    private void finish(Goroutine g, int p) {
        running[p] = null;
        sim.emit(new Event.ProcRelease(sim.seq(), sim.now(), g.id, p));
        sim.turns().readySilently(g);
        startWaiting();
    }

    /** Hands free processors to waiting goroutines, lowest free processor first. */
    private void startWaiting() {
        int p;
        while (!waiting.isEmpty() && (p = lowestFree()) >= 0) {
            Pending next = waiting.poll();
            start(next.g, p, next.nanos, next.label);
        }
    }

    /** The lowest processor below the count that is free, or -1. */
    private int lowestFree() {
        for (int p = 0; p < count; p++) {
            if (running[p] == null) {
                return p;
            }
        }
        return -1;
    }

    int count() {
        return count;
    }

    /** runtime.GOMAXPROCS(n): more processors start waiting work at once; fewer take effect as work ends. */
    void resize(int n) {
        count = n;
        startWaiting();
    }
}
