package dev.chanscope.lang.interp.rt;

import dev.chanscope.engine.GoPanic;

/**
 * A Go panic unwinding the interpreter's Java stack. {@code value} is what recover() returns (an
 * {@link Iface}, or null for panic(nil)). Deferred calls run as it passes each function; a recover
 * marks it {@link #recovered}. {@code previous} links the panic that was running deferred calls when
 * this one began, which Go prints before it ("panic: a [recovered]\n\tpanic: b").
 */
public final class PanicException extends GoPanic {

    private final Object value;
    public boolean recovered;
    /** The panic being handled when this one began, once {@link #linked}. */
    public PanicException previous;

    public boolean linked;
    /** Whether its start was already recorded as an engine event. */
    public boolean announced;
    /** The innermost frame it passed (an interpreter Frame), for the traceback. */
    public Object frame;
    /** For a nil dereference: the faulting address Go's "[signal SIGSEGV ...]" line shows; else -1. */
    public long signalAddr = -1;
    /** Whether runtime.Goexit, not panic, is unwinding: deferred calls run but recover sees nothing. */
    public final boolean goexit;

    public PanicException(Object value) {
        this(value, false);
    }

    private PanicException(Object value, boolean goexit) {
        super(null);
        this.value = value;
        this.goexit = goexit;
    }

    public static PanicException goexit() {
        return new PanicException(null, true);
    }

    @Override
    public Object value() {
        return value;
    }

    /** The crash report written for it, once it ended its goroutine (the run's diagnostic shows it). */
    public String report;

    @Override
    public String getMessage() {
        if (report != null) {
            int end = report.indexOf("\n\ngoroutine ");
            return end < 0 ? report : report.substring("panic: ".length(), end);
        }
        return value instanceof Iface i && i.value() instanceof String s ? s : String.valueOf(value);
    }
}
