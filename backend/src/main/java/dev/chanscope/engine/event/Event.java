package dev.chanscope.engine.event;

/**
 * Everything a run emits, in order. Each event carries its sequence number (0, 1, 2, … within the run)
 * and the virtual time (ns) at which it happened. Goroutines ({@code g}), objects ({@code obj}: channels,
 * locks, wait groups, contexts, timers, …), items and source labels are referenced by small integer ids
 * defined once by {@link GoCreate}, {@link ObjDefine}, {@link ChanSend} and {@link LabelDefine}.
 *
 * <p>Goroutine id 0 stands for the runtime itself (timers firing, interventions); label id 0 means
 * "no source line". Components annotated {@link Signed} may be negative; all others are non-negative.
 *
 * <p>The order of the permitted records is the wire order of their codes: append new events at the
 * end so existing codes keep their meaning.
 */
public sealed interface Event {

    long seq();

    long time();

    // ---- definitions ------------------------------------------------------------------------------

    /**
     * A source label (a line of the modelled Go program) is used for the first time: {@code line} is its
     * 1-based line in the program's Go source, 0 when the program does not say.
     */
    record LabelDefine(long seq, long time, int label, int line, String text) implements Event {}

    /** Goroutine {@code g} was started by {@code parent} (0 for main) with a {@code go} statement. */
    record GoCreate(long seq, long time, int g, int parent, String name, int label) implements Event {}

    /**
     * A synchronisation object was made. {@code arg} is the capacity of a channel, the size of a
     * semaphore, the period of a ticker; {@code parent} is the parent context of a context, the mutex of
     * a cond, the owning object of a channel that belongs to one (a context's Done, a timer's C).
     */
    record ObjDefine(long seq, long time, int obj, ObjKind kind, String name, long arg, int parent, int g, int label)
            implements Event {}

    // ---- goroutine life ---------------------------------------------------------------------------

    /** The scheduler switched to goroutine {@code g}: it is now the one executing. */
    record GoSwitch(long seq, long time, int g) implements Event {}

    /** Goroutine {@code g} parked: it cannot run until something wakes it. */
    record GoBlock(long seq, long time, int g, BlockReason reason, int obj, int label) implements Event {}

    /** Goroutine {@code g} became runnable again because of goroutine {@code by} (0: runtime or timer). */
    record GoUnblock(long seq, long time, int g, int by) implements Event {}

    /** Goroutine {@code g} returned from its function. */
    record GoExit(long seq, long time, int g) implements Event {}

    /** Goroutine {@code g} panicked with {@code message}; whether it is recovered shows later. */
    record GoPanic(long seq, long time, int g, String message, int label) implements Event {}

    /** A deferred recover in goroutine {@code g} stopped the panic. */
    record GoRecover(long seq, long time, int g, int label) implements Event {}

    /** Goroutine {@code g} holds processor {@code proc} for {@code duration} ns of CPU-bound work. */
    record ProcAcquire(long seq, long time, int g, int proc, long duration, int label) implements Event {}

    /** Goroutine {@code g} finished its CPU-bound work and released processor {@code proc}. */
    record ProcRelease(long seq, long time, int g, int proc) implements Event {}

    // ---- channels ---------------------------------------------------------------------------------

    /** Goroutine {@code g} starts sending a new item (its identity from here on) on channel {@code obj}. */
    record ChanSend(long seq, long time, int g, int obj, long item, String value, int label) implements Event {

        /** An item's value as the browser shows it; a token of {@code chan struct{}} (null) is {@code {}}. */
        public static String show(Object value) {
            return value == null ? "{}" : String.valueOf(value);
        }
    }

    /** Item {@code item} entered buffer slot {@code slot} of channel {@code obj} (the buffered path). */
    record ChanBuffer(long seq, long time, int obj, long item, int slot) implements Event {}

    /** Item {@code item} passed directly from goroutine {@code from} to {@code to} (the handoff path). */
    record ChanHandoff(long seq, long time, int obj, long item, int from, int to) implements Event {}

    /** Goroutine {@code g} took item {@code item} from the head of channel {@code obj}'s buffer. */
    record ChanRecv(long seq, long time, int g, int obj, long item, int label) implements Event {}

    /** Goroutine {@code g} received the zero value with ok=false from closed channel {@code obj}. */
    record ChanRecvClosed(long seq, long time, int g, int obj, int label) implements Event {}

    /** Goroutine {@code g} (0: runtime) closed channel {@code obj}. */
    record ChanClose(long seq, long time, int g, int obj, int label) implements Event {}

    // ---- select -----------------------------------------------------------------------------------

    /** Goroutine {@code g} entered a select with {@code cases} cases (and a default when asked). */
    record SelectBegin(long seq, long time, int g, int cases, boolean hasDefault, int label) implements Event {}

    /** One case of the select just begun: a send ({@code send}) or receive on channel {@code obj} (0: nil). */
    record SelectCase(long seq, long time, int g, int index, boolean send, int obj, int label) implements Event {}

    /** The select of goroutine {@code g} chose case {@code index}; -1 is the default case. */
    record SelectChosen(long seq, long time, int g, @Signed int index) implements Event {}

    // ---- locks and other sync ---------------------------------------------------------------------

    /** Goroutine {@code g} acquired lock {@code obj} ({@code read}: as a reader of an RWMutex). */
    record LockAcquire(long seq, long time, int g, int obj, boolean read, int label) implements Event {}

    /** Goroutine {@code g} released lock {@code obj}. */
    record LockRelease(long seq, long time, int g, int obj, boolean read, int label) implements Event {}

    /** WaitGroup {@code obj}'s counter changed by {@code delta} to {@code counter}. */
    record WaitGroupAdd(
            long seq,
            long time,
            int g,
            int obj,
            @Signed int delta,
            @Signed int counter,
            int label) implements Event {}

    /** Once {@code obj}: goroutine {@code g} ran its function ({@code ran}) or found it already done. */
    record OnceDo(long seq, long time, int g, int obj, boolean ran, int label) implements Event {}

    /** Cond {@code obj} was signalled ({@code broadcast}: all waiters) and {@code woken} waiters woke. */
    record CondNotify(long seq, long time, int g, int obj, boolean broadcast, int woken, int label) implements Event {}

    /** Semaphore {@code obj}: {@code g} acquired ({@code acquire}) or released {@code n} units, now {@code held}. */
    record SemaphoreChange(long seq, long time, int g, int obj, boolean acquire, long n, long held, int label)
            implements Event {}

    /** Atomic integer {@code obj} now holds {@code value} after an operation by {@code g}. */
    record AtomicOp(
            long seq, long time, int g, int obj, @Signed long value, int label) implements Event {}

    /** Goroutine {@code g} read ({@code write}=false) or wrote shared variable {@code obj}. */
    record VarAccess(
            long seq,
            long time,
            int g,
            int obj,
            boolean write,
            @Signed long value,
            int label) implements Event {}

    // ---- contexts and timers ----------------------------------------------------------------------

    /** Context {@code obj} was cancelled ({@code cause}), directly by {@code g} or through its parent. */
    record ContextCancel(long seq, long time, int g, int obj, CancelCause cause, int label) implements Event {}

    /** Timer or ticker {@code obj} was armed to fire at virtual time {@code when}. */
    record TimerSet(long seq, long time, int obj, long when) implements Event {}

    /** Timer or ticker {@code obj} fired. */
    record TimerFire(long seq, long time, int obj) implements Event {}

    /** Timer or ticker {@code obj} was stopped ({@code wasActive}: it had not fired yet). */
    record TimerStop(long seq, long time, int g, int obj, boolean wasActive, int label) implements Event {}

    // ---- narration and outcome --------------------------------------------------------------------

    /** A line the program printed. */
    record Log(long seq, long time, int g, String text, int label) implements Event {}

    /** An external action applied at this point of the run (see Intervention). */
    record InterventionApplied(long seq, long time, InterventionKind kind, String target, String outcome)
            implements Event {}

    /** A detector's finding: the primary goroutine, object and label involved, and a message. */
    record Diagnostic(long seq, long time, DiagnosticKind kind, int g, int obj, int label, String message)
            implements Event {}

    /** The run is over: why, and how many goroutines were still alive. */
    record RunEnd(long seq, long time, Outcome outcome, int goroutinesLeft) implements Event {}

    /**
     * Goroutine {@code g} (0: the runtime, for its crash reports) wrote {@code text} to {@code stream}:
     * the exact bytes, newlines included, of one write of an interpreted Go program. Declared last so
     * the codes of the events before it keep their numbers.
     */
    record Output(long seq, long time, int g, StdStream stream, String text, int label) implements Event {}
}
