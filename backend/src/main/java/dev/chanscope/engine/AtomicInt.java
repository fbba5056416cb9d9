package dev.chanscope.engine;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;

/** sync/atomic's Int64: each operation is indivisible and synchronises like Go's atomics. */
public final class AtomicInt extends SyncObject {

    private long value;

    AtomicInt(Sim sim, String name, long initial, int label) {
        super(sim, ObjKind.ATOMIC, name, initial, 0, label);
        this.value = initial;
    }

    public long load(String label) {
        return apply(label, v -> v);
    }

    public void store(long v, String label) {
        apply(label, old -> v);
    }

    public long add(long delta, String label) {
        return apply(label, v -> v + delta);
    }

    public boolean compareAndSwap(long expected, long v, String label) {
        int l = sim.label(label);
        sim.preempt();
        boolean swapped = value == expected;
        if (swapped) {
            value = v;
        }
        record(sim.current(), l);
        return swapped;
    }

    // The new value is computed from the current one only after the scheduling point: computing it
    // before (as an argument) read a stale value, so concurrent Adds lost updates and a Load could
    // write an old value back.
    private long apply(String label, java.util.function.LongUnaryOperator next) {
        int l = sim.label(label);
        sim.preempt();
        value = next.applyAsLong(value);
        record(sim.current(), l);
        return value;
    }

    private void record(Goroutine g, int label) {
        sim.emit(new Event.AtomicOp(sim.seq(), sim.now(), g.id, id, value, label));
        sim.detectors().acquire(g, this);
        sim.detectors().release(g, this);
    }

    /**
     * An atomic read-modify-write of an interpreted program's variable: a scheduling point, then
     * {@code next} computes the new value from the current one. Returns the new value.
     */
    public long update(java.util.function.LongUnaryOperator next, String label) {
        return apply(label, next);
    }

    /**
     * Takes the variable's value as written by plain (non-atomic) code since the last atomic
     * operation; no event, no scheduling point.
     */
    public void adopt(long v) {
        value = v;
    }

    /** The value, read without a scheduling point (for assertions after a run). */
    public long peek() {
        return value;
    }
}
