package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * sync.RWMutex: many readers or one writer. A waiting writer stops new readers from entering (as in
 * Go), so writers are not starved; waiters are served in arrival order, readers at the head together.
 */
public final class RWMutex extends SyncObject implements LockDetector.Lock {

    private record Waiting(Goroutine g, boolean read, int label) {}

    private Goroutine writer;
    private final List<Goroutine> readers = new ArrayList<>();
    private final ArrayDeque<Waiting> waiters = new ArrayDeque<>();

    RWMutex(Sim sim, String name, int label) {
        super(sim, ObjKind.RWMUTEX, name, 0, 0, label);
    }

    public void lock(String label) {
        acquire(false, label);
    }

    public void rlock(String label) {
        acquire(true, label);
    }

    private void acquire(boolean read, String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        sim.detectors().lockRequested(g, this, l);
        boolean free = writer == null && (read ? waiters.stream().noneMatch(w -> !w.read) : readers.isEmpty());
        if (free && (read || waiters.isEmpty())) {
            grant(g, read, l);
            return;
        }
        Waiting w = new Waiting(g, read, l);
        waiters.add(w);
        sim.turns().park(read ? BlockReason.RLOCK : BlockReason.LOCK, this, l, () -> waiters.remove(w));
    }

    /** TryLock: takes the write lock only if nobody holds the lock and no one waits for it. */
    public boolean tryLock(String label) {
        int l = sim.label(label);
        sim.preempt();
        if (writer != null || !readers.isEmpty() || !waiters.isEmpty()) {
            return false;
        }
        grant(sim.current(), false, l);
        return true;
    }

    /** TryRLock: takes a read lock only if no writer holds or waits for the lock. */
    public boolean tryRLock(String label) {
        int l = sim.label(label);
        sim.preempt();
        if (writer != null || waiters.stream().anyMatch(w -> !w.read)) {
            return false;
        }
        grant(sim.current(), true, l);
        return true;
    }

    public void unlock(String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        if (writer == null) {
            throw sim.fatal("sync: Unlock of unlocked RWMutex", l);
        }
        release(g, writer, false, l);
        writer = null;
        grantWaiting(g);
    }

    public void runlock(String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        if (readers.isEmpty()) {
            throw sim.fatal("sync: RUnlock of unlocked RWMutex", l);
        }
        Goroutine reader = readers.contains(g) ? g : readers.getFirst();
        readers.remove(reader);
        release(g, reader, true, l);
        if (readers.isEmpty()) {
            grantWaiting(g);
        }
    }

    private void release(Goroutine g, Goroutine holder, boolean read, int label) {
        sim.emit(new Event.LockRelease(sim.seq(), sim.now(), g.id, id, read, label));
        sim.detectors().release(g, this);
        sim.detectors().lockReleased(holder, this);
    }

    private void grantWaiting(Goroutine by) {
        Waiting head = waiters.peek();
        if (head == null) {
            return;
        }
        if (!head.read) {
            waiters.poll();
            grant(head.g, false, head.label);
            sim.turns().ready(head.g, by);
            return;
        }
        while ((head = waiters.peek()) != null && head.read) {
            waiters.poll();
            grant(head.g, true, head.label);
            sim.turns().ready(head.g, by);
        }
    }

    private void grant(Goroutine g, boolean read, int label) {
        if (read) {
            readers.add(g);
        } else {
            writer = g;
        }
        sim.emit(new Event.LockAcquire(sim.seq(), sim.now(), g.id, id, read, label));
        sim.detectors().acquire(g, this);
        sim.detectors().lockAcquired(g, this);
    }

    @Override
    public List<Goroutine> holders() {
        return writer != null ? List.of(writer) : List.copyOf(readers);
    }

    @Override
    public SyncObject object() {
        return this;
    }
}
