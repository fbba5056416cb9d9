package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import java.util.ArrayDeque;

/**
 * A weighted semaphore (golang.org/x/sync/semaphore): Acquire(n) waits, in FIFO order, until n units
 * are free; Release(n) returns them. A waiter at the head that does not fit blocks those behind it, as
 * in the original, so large requests are not starved.
 */
public final class Semaphore extends SyncObject {

    private record Waiting(Goroutine g, long n, int label) {}

    private final long size;
    private long held;
    private final ArrayDeque<Waiting> waiters = new ArrayDeque<>();

    Semaphore(Sim sim, String name, long size, int label) {
        super(sim, ObjKind.SEMAPHORE, name, size, 0, label);
        if (size < 1) {
            throw new IllegalArgumentException("semaphore size must be at least 1, was " + size);
        }
        this.size = size;
    }

    public void acquire(long n, String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        if (held + n <= size && waiters.isEmpty()) {
            take(g, n, l);
            return;
        }
        if (n > size) {
            // As x/sync's Acquire: a request larger than the whole semaphore can never succeed, so it waits
            // (here forever: there is no ctx) without queueing, instead of blocking every later Acquire.
            sim.turns().park(BlockReason.SEMAPHORE, this, l, null);
            return;
        }
        Waiting w = new Waiting(g, n, l);
        waiters.add(w);
        sim.turns().park(BlockReason.SEMAPHORE, this, l, () -> waiters.remove(w));
    }

    public boolean tryAcquire(long n, String label) {
        int l = sim.label(label);
        sim.preempt();
        if (held + n > size || !waiters.isEmpty()) {
            return false;
        }
        take(sim.current(), n, l);
        return true;
    }

    public void release(long n, String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        if (n > held) {
            throw sim.panic("semaphore: released more than held", l);
        }
        held -= n;
        sim.emit(new Event.SemaphoreChange(sim.seq(), sim.now(), g.id, id, false, n, held, l));
        sim.detectors().release(g, this);
        Waiting head;
        while ((head = waiters.peek()) != null && held + head.n <= size) {
            waiters.poll();
            take(head.g, head.n, head.label);
            sim.turns().ready(head.g, g);
        }
    }

    private void take(Goroutine g, long n, int label) {
        held += n;
        sim.emit(new Event.SemaphoreChange(sim.seq(), sim.now(), g.id, id, true, n, held, label));
        sim.detectors().acquire(g, this);
    }

    public long held() {
        return held;
    }
}
