package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.GState;

/**
 * One activation of a Go function. Variables live in slots the compiler assigned: integers, floats
 * (raw bits) and bools in {@link #l}, everything else in {@link #o} (a captured or address-taken
 * variable's slot holds its {@link dev.chanscope.lang.interp.rt.Cell}; a closure's captured cells
 * are copied into their slots when it is called). A single result travels back in {@link #retL} or
 * {@link #ret}, several in {@link #ret} as an {@code Object[]}.
 */
public final class Frame {

    public final long[] l;
    public final Object[] o;
    public final GState g;
    public final FuncCode code;

    public long retL;
    public Object ret;

    /** Deferred calls, last pushed first; null while there are none. */
    Defers.Entry defers;

    /** Whether this is a deferred call run because of a panic: only such a call may recover it. */
    boolean recoverable;

    /** The line of the statement being executed, for tracebacks. */
    public int line;

    /** The calling frame (null for a goroutine's first function), for tracebacks. */
    public Frame caller;

    public Frame(FuncCode code, GState g) {
        this.code = code;
        this.g = g;
        this.l = code.longSlots == 0 ? NO_LONGS : new long[code.longSlots];
        this.o = code.refSlots == 0 ? NO_REFS : new Object[code.refSlots];
    }

    private static final long[] NO_LONGS = new long[0];
    private static final Object[] NO_REFS = new Object[0];
}
