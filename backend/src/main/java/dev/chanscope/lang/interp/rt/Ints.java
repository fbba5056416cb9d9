package dev.chanscope.lang.interp.rt;

/**
 * Integer semantics over Java longs: every value is kept normalised to its type's width (sign- or
 * zero-extended), uint64/uint/uintptr as raw 64 bits read unsigned where it matters.
 */
public final class Ints {

    private Ints() {}

    public static long norm(Kind k, long v) {
        return switch (k) {
            case INT8 -> (byte) v;
            case INT16 -> (short) v;
            case INT32 -> (int) v;
            case UINT8 -> v & 0xFF;
            case UINT16 -> v & 0xFFFF;
            case UINT32 -> v & 0xFFFF_FFFFL;
            default -> v;
        };
    }

    /** Whether values of this kind need normalising after arithmetic (narrower than 64 bits). */
    public static boolean narrow(Kind k) {
        return switch (k) {
            case INT8, INT16, INT32, UINT8, UINT16, UINT32 -> true;
            default -> false;
        };
    }

    /** Kinds whose long holds a full unsigned 64-bit value (compare and divide unsigned). */
    public static boolean wideUnsigned(Kind k) {
        return k == Kind.UINT || k == Kind.UINT64 || k == Kind.UINTPTR;
    }

    public static double toDouble(Kind from, long v) {
        if (wideUnsigned(from) && v < 0) {
            double half = (double) ((v >>> 1) | (v & 1));
            return half * 2.0;
        }
        return v;
    }

    /** float → integer conversion: truncation; NaN and out-of-range values as amd64 gives them. */
    public static long fromDouble(Kind to, double d) {
        if (wideUnsigned(to)) {
            if (d >= 0x1p63) {
                if (d >= 0x1p64 || d != d) {
                    return Long.MIN_VALUE;
                }
                return (long) (d - 0x1p63) ^ Long.MIN_VALUE;
            }
        }
        if (d != d || d >= 0x1p63 || d < -0x1p63) {
            return norm(to, Long.MIN_VALUE);
        }
        return norm(to, (long) d);
    }

    public static String toString(Kind k, long v) {
        return wideUnsigned(k) ? Long.toUnsignedString(v) : Long.toString(v);
    }

    public static long div(Kind k, long a, long b) {
        if (b == 0) {
            throw Panics.divideByZero();
        }
        return wideUnsigned(k) ? Long.divideUnsigned(a, b) : norm(k, a / b);
    }

    public static long rem(Kind k, long a, long b) {
        if (b == 0) {
            throw Panics.divideByZero();
        }
        return wideUnsigned(k) ? Long.remainderUnsigned(a, b) : a % b;
    }

    /** x << n for a shift count already checked non-negative (as unsigned). */
    public static long shl(Kind k, long x, long n) {
        return n >= 64 || n < 0 ? 0 : norm(k, x << n);
    }

    public static long shr(Kind k, long x, long n) {
        boolean unsigned = k.isUnsigned();
        if (n >= 64 || n < 0) {
            return unsigned || x >= 0 ? 0 : -1;
        }
        return unsigned ? x >>> n : x >> n;
    }

    public static int compare(Kind k, long a, long b) {
        return wideUnsigned(k) ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    }
}
