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
    private final Goroutine[] running;
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private int busy;

    private record Pending(Goroutine g, long nanos, int label) {}

    Processors(Sim sim, int count) {
        this.sim = sim;
        this.running = new Goroutine[count];
    }

    /** Called by the current goroutine: holds a processor for {@code nanos}, waiting for one if needed. */
    void work(Goroutine g, long nanos, int label) {
        if (busy < running.length) {
            start(g, lowestFree(), nanos, label);
            sim.parkSilently(BlockReason.PROCESSOR);
        } else {
            Pending pending = new Pending(g, nanos, label);
            waiting.add(pending);
            sim.park(BlockReason.PROCESSOR, null, label, () -> waiting.remove(pending));
        }
    }

    private void start(Goroutine g, int p, long nanos, int label) {
        running[p] = g;
        busy++;
        sim.emit(new Event.ProcAcquire(sim.seq(), sim.now, g.id, p, nanos, label));
        sim.timers.schedule(sim.now + nanos, () -> finish(g, p));
    }

    private void finish(Goroutine g, int p) {
        running[p] = null;
        busy--;
        sim.emit(new Event.ProcRelease(sim.seq(), sim.now, g.id, p));
        sim.readySilently(g);
        Pending next = waiting.poll();
        if (next != null) {
            start(next.g, p, next.nanos, next.label);
        }
    }

    private int lowestFree() {
        for (int p = 0; p < running.length; p++) {
            if (running[p] == null) {
                return p;
            }
        }
        throw new IllegalStateException("no free processor although busy < P");
    }

    int count() {
        return running.length;
    }
}
