package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import java.util.ArrayList;
import java.util.List;

/** sync.WaitGroup: a counter; Wait blocks until it is zero; a negative counter panics. */
public final class WaitGroup extends SyncObject {

    private int counter;
    private final List<Goroutine> waiters = new ArrayList<>();

    WaitGroup(Sim sim, String name, int parent, int label) {
        super(sim, ObjKind.WAITGROUP, name, 0, parent, label);
    }

    public void add(int delta, String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        counter += delta;
        sim.emit(new Event.WaitGroupAdd(sim.seq(), sim.now(), g.id, id, delta, counter, l));
        if (counter < 0) {
            throw sim.panic("sync: negative WaitGroup counter", l);
        }
        if (delta < 0) {
            sim.detectors().release(g, this);
        }
        if (counter == 0 && !waiters.isEmpty()) {
            List<Goroutine> woken = List.copyOf(waiters);
            waiters.clear();
            for (Goroutine w : woken) {
                sim.detectors().acquire(w, this);
                sim.turns().ready(w, g);
            }
        }
    }

    public void done(String label) {
        add(-1, label);
    }

    public void await(String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        if (counter == 0) {
            sim.detectors().acquire(g, this);
            return;
        }
        waiters.add(g);
        sim.turns().park(BlockReason.WAITGROUP, this, l, () -> waiters.remove(g));
    }

    public int counter() {
        return counter;
    }
}
