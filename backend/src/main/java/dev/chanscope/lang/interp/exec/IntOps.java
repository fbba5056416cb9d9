package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Ints;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.Panics;

/**
 * Integer arithmetic nodes. 64-bit kinds wrap as Java longs do; narrower kinds are wrapped in {@link
 * Norm}, which reduces the result to the type's width, so every value a node yields is normalised.
 */
public final class IntOps {

    private IntOps() {}

    public static final class Const extends Ex.L {
        final long v;

        public Const(long v) {
            this.v = v;
        }

        public long value() {
            return v;
        }

        @Override
        public long evalLong(Frame f) {
            return v;
        }
    }

    public static final class Norm extends Ex.L {
        final Kind k;
        final Ex x;

        public Norm(Kind k, Ex x) {
            this.k = k;
            this.x = x;
        }

        @Override
        public long evalLong(Frame f) {
            return Ints.norm(k, x.evalLong(f));
        }
    }

    public static final class Add extends Ex.L {
        final Ex x;
        final Ex y;

        public Add(Ex x, Ex y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) + y.evalLong(f);
        }
    }

    public static final class Sub extends Ex.L {
        final Ex x;
        final Ex y;

        public Sub(Ex x, Ex y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) - y.evalLong(f);
        }
    }

    public static final class Mul extends Ex.L {
        final Ex x;
        final Ex y;

        public Mul(Ex x, Ex y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) * y.evalLong(f);
        }
    }

    public static final class Div extends Ex.L {
        final Kind k;
        final Ex x;
        final Ex y;

        public Div(Kind k, Ex x, Ex y) {
            this.k = k;
            this.x = x;
            this.y = y;
        }

        @Override
        public long evalLong(Frame f) {
            return Ints.div(k, x.evalLong(f), y.evalLong(f));
        }
    }

    public static final class Rem extends Ex.L {
        final Kind k;
        final Ex x;
        final Ex y;

        public Rem(Kind k, Ex x, Ex y) {
            this.k = k;
            this.x = x;
            this.y = y;
        }

        @Override
        public long evalLong(Frame f) {
            return Ints.rem(k, x.evalLong(f), y.evalLong(f));
        }
    }

    /** &, |, ^, &^ (bitwise operations never leave the width, given normalised operands). */
    public static final class Bits extends Ex.L {
        final char op;
        final Ex x;
        final Ex y;

        public Bits(char op, Ex x, Ex y) {
            this.op = op;
            this.x = x;
            this.y = y;
        }

        @Override
        public long evalLong(Frame f) {
            long a = x.evalLong(f);
            long b = y.evalLong(f);
            return switch (op) {
                case '&' -> a & b;
                case '|' -> a | b;
                case '^' -> a ^ b;
                default -> a & ~b;
            };
        }
    }

    /**
     * x << y and x >> y: a negative signed count panics; a count of 64 or more shifts everything out.
     * {@code countUnsigned}: the count's type is unsigned, so its bits are read unsigned.
     */
    public static final class Shift extends Ex.L {
        final Kind k;
        final boolean left;
        final boolean countUnsigned;
        final Ex x;
        final Ex y;

        public Shift(Kind k, boolean left, boolean countUnsigned, Ex x, Ex y) {
            this.k = k;
            this.left = left;
            this.countUnsigned = countUnsigned;
            this.x = x;
            this.y = y;
        }

        @Override
        public long evalLong(Frame f) {
            long a = x.evalLong(f);
            long n = y.evalLong(f);
            if (n < 0) {
                if (!countUnsigned) {
                    throw Panics.negativeShift();
                }
                n = 64;
            }
            return left ? Ints.shl(k, a, n) : Ints.shr(k, a, n);
        }
    }

    public static final class Neg extends Ex.L {
        final Ex x;

        public Neg(Ex x) {
            this.x = x;
        }

        @Override
        public long evalLong(Frame f) {
            return -x.evalLong(f);
        }
    }

    /** ^x: all bits flipped (then normalised by the caller for unsigned narrow kinds). */
    public static final class Complement extends Ex.L {
        final Ex x;

        public Complement(Ex x) {
            this.x = x;
        }

        @Override
        public long evalLong(Frame f) {
            return ~x.evalLong(f);
        }
    }

    /** x < y and the other orderings; {@code unsigned} for uint, uint64 and uintptr. */
    public static final class Less extends Ex.B {
        final Ex x;
        final Ex y;
        final boolean unsigned;
        final boolean orEqual;

        public Less(Ex x, Ex y, boolean unsigned, boolean orEqual) {
            this.x = x;
            this.y = y;
            this.unsigned = unsigned;
            this.orEqual = orEqual;
        }

        @Override
        public boolean evalBool(Frame f) {
            long a = x.evalLong(f);
            long b = y.evalLong(f);
            int c = unsigned ? Long.compareUnsigned(a, b) : Long.compare(a, b);
            return orEqual ? c <= 0 : c < 0;
        }
    }

    public static final class Eq extends Ex.B {
        final Ex x;
        final Ex y;
        final boolean negate;

        public Eq(Ex x, Ex y, boolean negate) {
            this.x = x;
            this.y = y;
            this.negate = negate;
        }

        @Override
        public boolean evalBool(Frame f) {
            return (x.evalLong(f) == y.evalLong(f)) != negate;
        }
    }
}
