package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import java.util.ArrayDeque;
import java.util.List;

/**
 * sync.Mutex. Unlock hands the lock straight to the longest waiter (Go's starvation mode, which keeps
 * the order of acquisition easy to follow); unlocking an unlocked mutex is a fatal error. As in Go, a
 * mutex is not tied to a goroutine: any goroutine may unlock it.
 */
public final class Mutex extends SyncObject implements LockDetector.Lock {

    private record Waiting(Goroutine g, int label) {}

    private Goroutine owner;
    private final ArrayDeque<Waiting> waiters = new ArrayDeque<>();

    Mutex(Sim sim, String name, int label) {
        super(sim, ObjKind.MUTEX, name, 0, 0, label);
    }

    public void lock(String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        sim.detectors().lockRequested(g, this, l);
        if (owner == null) {
            grant(g, l);
            return;
        }
        Waiting w = new Waiting(g, l);
        waiters.add(w);
        sim.turns().park(BlockReason.LOCK, this, l, () -> waiters.remove(w));
    }

    public boolean tryLock(String label) {
        int l = sim.label(label);
        sim.preempt();
        if (owner != null) {
            return false;
        }
        grant(sim.current(), l);
        return true;
    }

    public void unlock(String label) {
        int l = sim.label(label);
        sim.preempt();
        unlockBy(sim.current(), l);
    }

    /** Unlocks on behalf of {@code g} without a scheduling point (Cond.Wait's first half). */
    void unlockBy(Goroutine g, int label) {
        if (owner == null) {
            throw sim.fatal("sync: unlock of unlocked mutex", label);
        }
        sim.emit(new Event.LockRelease(sim.seq(), sim.now(), g.id, id, false, label));
        sim.detectors().release(g, this);
        sim.detectors().lockReleased(owner, this);
        owner = null;
        Waiting next = waiters.poll();
        if (next != null) {
            grant(next.g, next.label);
            sim.turns().ready(next.g, g);
        }
    }

    private void grant(Goroutine g, int label) {
        owner = g;
        sim.emit(new Event.LockAcquire(sim.seq(), sim.now(), g.id, id, false, label));
        sim.detectors().acquire(g, this);
        sim.detectors().lockAcquired(g, this);
    }

    public boolean isLocked() {
        return owner != null;
    }

    @Override
    public List<Goroutine> holders() {
        return owner == null ? List.of() : List.of(owner);
    }

    @Override
    public SyncObject object() {
        return this;
    }
}
