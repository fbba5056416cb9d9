package dev.chanscope.lang.interp.rt;

/**
 * The run-time panics the language raises itself, with Go 1.19's messages: index and slice bounds,
 * nil map writes, division by zero, nil dereference, failed conversions and comparisons.
 */
public final class Panics {

    private Panics() {}

    public static PanicException runtime(RType type, String text) {
        return new PanicException(new Iface(type, text));
    }

    /** A runtime.Error whose text is "runtime error: " + what. */
    public static PanicException error(String what) {
        return runtime(GoError.ERROR_STRING, "runtime error: " + what);
    }

    /** A runtime.Error without the "runtime error: " prefix (runtime.plainError). */
    public static PanicException plain(String text) {
        return runtime(GoError.PLAIN_ERROR, text);
    }

    public static PanicException indexOutOfRange(long i, long len) {
        if (i < 0) {
            return runtime(GoError.BOUNDS_ERROR, "runtime error: index out of range [" + i + "]");
        }
        return runtime(GoError.BOUNDS_ERROR, "runtime error: index out of range [" + i + "] with length " + len);
    }

    public static PanicException sliceBounds(String text) {
        return runtime(GoError.BOUNDS_ERROR, "runtime error: slice bounds out of range " + text);
    }

    public static PanicException divideByZero() {
        return error("integer divide by zero");
    }

    public static PanicException nilDeref() {
        return nilDeref(0);
    }

    /** A nil pointer dereference faulting at {@code addr} (the offset of the field read through it). */
    public static PanicException nilDeref(long addr) {
        PanicException p = error("invalid memory address or nil pointer dereference");
        p.signalAddr = addr;
        return p;
    }

    public static PanicException nilMapWrite() {
        return plain("assignment to entry in nil map");
    }

    public static PanicException uncomparable(RType t) {
        return error("comparing uncomparable type " + t);
    }

    public static PanicException unhashable(RType t) {
        return error("hash of unhashable type " + t);
    }

    public static PanicException negativeShift() {
        return error("negative shift amount");
    }

    public static PanicException makeSliceLen() {
        return error("makeslice: len out of range");
    }

    public static PanicException makeSliceCap() {
        return error("makeslice: cap out of range");
    }

    /** A failed x.(T): "interface conversion: interface {} is string, not int", and its variants. */
    public static PanicException typeAssertion(String text) {
        return runtime(GoError.TYPE_ASSERTION_ERROR, "interface conversion: " + text);
    }
}
