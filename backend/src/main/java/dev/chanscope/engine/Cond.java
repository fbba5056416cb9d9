package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import java.util.ArrayDeque;

/**
 * sync.Cond over a Mutex. Wait unlocks the mutex, parks until Signal or Broadcast, then locks the
 * mutex again before returning — so, as in Go, the condition must be re-checked in a loop.
 */
public final class Cond extends SyncObject {

    private final Mutex mutex;
    private final ArrayDeque<Goroutine> waiters = new ArrayDeque<>();

    Cond(Sim sim, String name, Mutex mutex, int label) {
        super(sim, ObjKind.COND, name, 0, mutex.id, label);
        this.mutex = mutex;
    }

    public void await(String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        waiters.add(g);
        mutex.unlockBy(g, l);
        sim.turns().park(BlockReason.COND, this, l, () -> waiters.remove(g));
        sim.detectors().acquire(g, this);
        mutex.lock(label);
    }

    public void signal(String label) {
        notify(false, label);
    }

    public void broadcast(String label) {
        notify(true, label);
    }

    private void notify(boolean all, String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        int n = all ? waiters.size() : Math.min(1, waiters.size());
        sim.emit(new Event.CondNotify(sim.seq(), sim.now(), g.id, id, all, n, l));
        sim.detectors().release(g, this);
        for (int i = 0; i < n; i++) {
            sim.turns().ready(waiters.poll(), g);
        }
    }
}
