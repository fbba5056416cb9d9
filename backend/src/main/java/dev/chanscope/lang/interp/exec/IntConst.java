package dev.chanscope.lang.interp.exec;

/**
 * Integer nodes with a constant right operand, the shape most loop arithmetic has ({@code i < n} aside):
 * {@code x + 1}, {@code n / 2}, {@code n % 2 == 0}, {@code i++}. One virtual call fewer each, and no
 * zero check for a constant divisor. Only for 64-bit kinds (narrower ones are wrapped in Norm anyway).
 */
public final class IntConst {

    private IntConst() {}

    /** x op c for + - * / % on int64-wide signed or unsigned kinds; null when no special node fits. */
    public static Ex of(char op, Ex x, long c, boolean wideUnsigned) {
        if (wideUnsigned && (op == '/' || op == '%')) {
            return null;
        }
        return switch (op) {
            case '+' -> new Add(x, c);
            case '-' -> new Add(x, -c);
            case '*' -> new Mul(x, c);
            case '/' -> c == 0 || c == -1 ? null : new Div(x, c);
            case '%' -> c == 0 || c == -1 ? null : new Rem(x, c);
            default -> null;
        };
    }

    static final class Add extends Ex.L {
        final Ex x;
        final long c;

        Add(Ex x, long c) {
            this.x = x;
            this.c = c;
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) + c;
        }
    }

    static final class Mul extends Ex.L {
        final Ex x;
        final long c;

        Mul(Ex x, long c) {
            this.x = x;
            this.c = c;
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) * c;
        }
    }

    static final class Div extends Ex.L {
        final Ex x;
        final long c;

        Div(Ex x, long c) {
            this.x = x;
            this.c = c;
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) / c;
        }
    }

    static final class Rem extends Ex.L {
        final Ex x;
        final long c;

        Rem(Ex x, long c) {
            this.x = x;
            this.c = c;
        }

        @Override
        public long evalLong(Frame f) {
            return x.evalLong(f) % c;
        }
    }

    /** x == c, x != c. */
    public static final class Eq extends Ex.B {
        final Ex x;
        final long c;
        final boolean negate;

        public Eq(Ex x, long c, boolean negate) {
            this.x = x;
            this.c = c;
            this.negate = negate;
        }

        @Override
        public boolean evalBool(Frame f) {
            return (x.evalLong(f) == c) != negate;
        }
    }

    /** x < y for two signed locals: the loop condition {@code i < n}. */
    public static final class SlotLess extends Ex.B {
        final int a;
        final int b;

        public SlotLess(int a, int b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public boolean evalBool(Frame f) {
            return f.l[a] < f.l[b];
        }
    }

    /** x < c for a signed local and a constant. */
    public static final class SlotLessConst extends Ex.B {
        final int a;
        final long c;
        final boolean orEqual;

        public SlotLessConst(int a, long c, boolean orEqual) {
            this.a = a;
            this.c = c;
            this.orEqual = orEqual;
        }

        @Override
        public boolean evalBool(Frame f) {
            return orEqual ? f.l[a] <= c : f.l[a] < c;
        }
    }

    /** A local integer incremented by a constant: {@code i++}, {@code total += 2}. */
    public static final class IncSlot extends St {
        final int slot;
        final long c;

        public IncSlot(int slot, long c) {
            this.slot = slot;
            this.c = c;
        }

        @Override
        public int exec(Frame f) {
            f.l[slot] += c;
            return NEXT;
        }
    }
}
