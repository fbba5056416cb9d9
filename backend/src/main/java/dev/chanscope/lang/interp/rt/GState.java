package dev.chanscope.lang.interp.rt;

/**
 * The interpreter's state for one goroutine: the run it belongs to, its engine goroutine id, call
 * depth, the work counted since it last yielded, and the panics its deferred calls are handling.
 * Exactly one goroutine of a run executes at a time, so nothing here is synchronised.
 */
public final class GState {

    public final Machine m;
    public final String name;
    /** The engine's goroutine id, known once the goroutine runs (main is 1). */
    public int id;

    /** Go calls in progress; bounded by the machine's stack-depth limit. */
    public int depth;

    /** Units of work left before the next charge ({@link Machine#QUANTUM} after each). */
    public int budget = Machine.QUANTUM;

    /** The panic whose deferred calls are running (recover's target), innermost first. */
    public PanicException panicking;

    /** Set when the goroutine ran out of stack: its fatal error report says so first. */
    public boolean stackOverflow;

    /** What the goroutine waits for, in the words of Go's tracebacks ("chan receive"). */
    public String waitReason = "running";

    /** The label (source line) of the native call in progress, for the engine operations it makes. */
    public String callLabel;

    /**
     * How the receiver of the native call in progress is written ("mu", "c.mu"): the name an engine
     * object made for it on first use gets.
     */
    public String nameHint;

    /** The boxed result of the last call of a non-compiled function, until the caller takes it. */
    public Object result;

    public GState(Machine m, String name) {
        this.m = m;
        this.name = name;
    }

    public String label() {
        return callLabel;
    }

    public Object takeResult() {
        Object r = result;
        result = null;
        return r;
    }

    /** Counts {@code units} of work done natively (a sort, a copy); charges it when a quantum is full. */
    public void work(long units, String label) {
        long b = budget - units;
        budget = (int) Math.max(Integer.MIN_VALUE + 1L, b);
        if (budget <= 0) {
            charge(label);
        }
    }

    /**
     * The goroutine's reading of the virtual clock (time.Now): the engine's time plus the work it has
     * counted but not yet charged, as if that work had run on a free processor. Reading the clock is
     * no scheduling point, as in Go, so a loop on {@code time.Since} costs no more events than any
     * other loop. Readings never go back across the run: a goroutine whose own view is behind
     * an earlier reading (another goroutine's uncharged work, at most a quantum) reads that one, so a
     * time sent over a channel is never later than the receiver's clock.
     */
    public long clock() {
        long t = m.go.now() + (Machine.QUANTUM - (long) budget) * Machine.NANOS_PER_UNIT;
        if (t < m.clockFloor) {
            return m.clockFloor;
        }
        m.clockFloor = t;
        return t;
    }

    /** Charges the work counted so far as CPU time on a processor, yielding to other goroutines. */
    public void charge(String label) {
        long units = Machine.QUANTUM - (long) budget;
        budget = Machine.QUANTUM;
        if (units <= 0) {
            return;
        }
        m.units += units;
        if (m.units > m.limits.maxUnits()) {
            throw m.go.limit("steps", "the program ran more than " + m.limits.maxUnits() + " steps");
        }
        m.go.work(units * Machine.NANOS_PER_UNIT, label);
    }
}
