package dev.chanscope.lang.interp.rt;

/**
 * The interpreter's state for one goroutine: the run it belongs to, its engine goroutine id, call
 * depth, the work counted since it last yielded, and the panics its deferred calls are handling.
 * Exactly one goroutine of a run executes at a time, so nothing here is synchronised.
 */
public final class GState {

    public final Machine m;
    public final int id;
    public final String name;

    /** Go calls in progress; bounded by the machine's stack-depth limit. */
    public int depth;

    /** The panic whose deferred calls are running (recover's target), innermost first. */
    public PanicException panicking;

    /** What the goroutine waits for, in the words of Go's tracebacks ("chan receive"). */
    public String waitReason = "running";

    public GState(Machine m, int id, String name) {
        this.m = m;
        this.id = id;
        this.name = name;
    }
}
