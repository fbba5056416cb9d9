package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.PanicException;
import dev.chanscope.lang.interp.rt.Panics;

/**
 * Go's bounds checks for slice expressions, with the runtime's messages: the high (and max) bound is
 * checked against the capacity ("with capacity" for slices, "with length" for strings and arrays),
 * then each bound against the next. A negative bound is reported without the length.
 */
final class Bounds {

    private Bounds() {}

    /** Checks {@code x[lo:hi]} on something of capacity {@code cap}; {@code lengthWord} for strings/arrays. */
    static void check2(long lo, long hi, long cap, boolean lengthWord) {
        if (hi < 0 || hi > cap) {
            throw err(hi < 0 ? "[:" + hi + "]" : "[:" + hi + "] with " + (lengthWord ? "length " : "capacity ") + cap);
        }
        if (lo < 0 || lo > hi) {
            throw err(lo < 0 ? "[" + lo + ":]" : "[" + lo + ":" + hi + "]");
        }
    }

    static void check3(long lo, long hi, long max, long cap, boolean lengthWord) {
        if (max < 0 || max > cap) {
            throw err(
                    max < 0
                            ? "[::" + max + "]"
                            : "[::" + max + "] with " + (lengthWord ? "length " : "capacity ") + cap);
        }
        if (hi < 0 || hi > max) {
            throw err(hi < 0 ? "[:" + hi + ":]" : "[:" + hi + ":" + max + "]");
        }
        if (lo < 0 || lo > hi) {
            throw err(lo < 0 ? "[" + lo + "::]" : "[" + lo + ":" + hi + ":]");
        }
    }

    private static PanicException err(String text) {
        return Panics.sliceBounds(text);
    }
}
