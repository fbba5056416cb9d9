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
    public PanicException previous;
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

    @Override
    public String getMessage() {
        return value instanceof Iface i && i.value() instanceof String s ? s : String.valueOf(value);
    }
}
