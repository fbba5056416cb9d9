package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;

/** How a value of a type is held in a frame slot or travels through a typed node. */
public enum Rep {
    /** Integers, in a long slot. */
    LONG,
    /** Floats, as raw bits in a long slot. */
    DOUBLE,
    /** Bools, as 0 or 1 in a long slot. */
    BOOL,
    /** Everything else, in an Object slot. */
    REF;

    public static Rep of(RType t) {
        Kind k = t.kind();
        if (k.isInteger()) {
            return LONG;
        }
        if (k.isFloat()) {
            return DOUBLE;
        }
        return k == Kind.BOOL ? BOOL : REF;
    }

    public boolean inLongSlot() {
        return this != REF;
    }

    /** The long-slot encoding of a boxed value of this representation. */
    public long toBits(Object v) {
        return switch (this) {
            case LONG -> (Long) v;
            case DOUBLE -> Double.doubleToRawLongBits((Double) v);
            case BOOL -> (Boolean) v ? 1 : 0;
            case REF -> throw new IllegalStateException("a reference has no bits");
        };
    }

    /** The boxed value of long-slot bits of this representation. */
    public Object fromBits(long bits) {
        return switch (this) {
            case LONG -> bits;
            case DOUBLE -> Double.longBitsToDouble(bits);
            case BOOL -> bits != 0;
            case REF -> throw new IllegalStateException("a reference has no bits");
        };
    }
}
