package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import java.util.ArrayList;
import java.util.List;

/**
 * sync.Once: the first Do runs its function; every other Do waits until that has finished, then
 * returns without running anything. A function that panics still counts as done, as in Go.
 */
public final class Once extends SyncObject {

    private boolean done;
    private boolean running;
    private final List<Goroutine> waiters = new ArrayList<>();

    Once(Sim sim, String name, int label) {
        super(sim, ObjKind.ONCE, name, 0, 0, label);
    }

    public void run(Runnable f, String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        if (done) {
            sim.emit(new Event.OnceDo(sim.seq(), sim.now(), g.id, id, false, l));
            sim.detectors().acquire(g, this);
            return;
        }
        if (running) {
            waiters.add(g);
            sim.turns().park(BlockReason.ONCE, this, l, () -> waiters.remove(g));
            sim.emit(new Event.OnceDo(sim.seq(), sim.now(), g.id, id, false, l));
            return;
        }
        running = true;
        sim.emit(new Event.OnceDo(sim.seq(), sim.now(), g.id, id, true, l));
        try {
            f.run();
        } finally {
            done = true;
            running = false;
            sim.detectors().release(g, this);
            for (Goroutine w : waiters) {
                sim.detectors().acquire(w, this);
                sim.turns().ready(w, g);
            }
            waiters.clear();
        }
    }
}
