package dev.chanscope.lang.interp.exec;

/**
 * Float arithmetic nodes. float64 is Java's double; a float32 result is rounded through Java's float
 * ({@link F32}), which gives IEEE single precision exactly: the double operation on float operands
 * is exact enough that rounding once more cannot differ.
 */
public final class FloatOps {

    private FloatOps() {}

    public static final class Const extends Ex.D {
        final double v;

        public Const(double v) {
            this.v = v;
        }

        @Override
        public double evalDouble(Frame f) {
            return v;
        }
    }

    public static final class F32 extends Ex.D {
        final Ex x;

        public F32(Ex x) {
            this.x = x;
        }

        @Override
        public double evalDouble(Frame f) {
            return (float) x.evalDouble(f);
        }
    }

    /** + - * / on floats. */
    public static final class Arith extends Ex.D {
        final char op;
        final Ex x;
        final Ex y;

        public Arith(char op, Ex x, Ex y) {
            this.op = op;
            this.x = x;
            this.y = y;
        }

        @Override
        public double evalDouble(Frame f) {
            double a = x.evalDouble(f);
            double b = y.evalDouble(f);
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                default -> a / b;
            };
        }
    }

    public static final class Neg extends Ex.D {
        final Ex x;

        public Neg(Ex x) {
            this.x = x;
        }

        @Override
        public double evalDouble(Frame f) {
            return -x.evalDouble(f);
        }
    }

    /** Comparisons: {@code op} one of "==", "!=", "<", "<=", ">", ">=" (NaN compares false, != true). */
    public static final class Compare extends Ex.B {
        final String op;
        final Ex x;
        final Ex y;

        public Compare(String op, Ex x, Ex y) {
            this.op = op;
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean evalBool(Frame f) {
            double a = x.evalDouble(f);
            double b = y.evalDouble(f);
            return switch (op) {
                case "==" -> a == b;
                case "!=" -> a != b;
                case "<" -> a < b;
                case "<=" -> a <= b;
                case ">" -> a > b;
                default -> a >= b;
            };
        }
    }
}
