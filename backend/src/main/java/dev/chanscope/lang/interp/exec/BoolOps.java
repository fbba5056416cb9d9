package dev.chanscope.lang.interp.exec;

/** Boolean nodes: constants, !, && and || (short-circuit), == and != on bools. */
public final class BoolOps {

    private BoolOps() {}

    public static final class Const extends Ex.B {
        final boolean v;

        public Const(boolean v) {
            this.v = v;
        }

        @Override
        public boolean evalBool(Frame f) {
            return v;
        }
    }

    public static final class Not extends Ex.B {
        final Ex x;

        public Not(Ex x) {
            this.x = x;
        }

        @Override
        public boolean evalBool(Frame f) {
            return !x.evalBool(f);
        }
    }

    public static final class And extends Ex.B {
        final Ex x;
        final Ex y;

        public And(Ex x, Ex y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalBool(f) && y.evalBool(f);
        }
    }

    public static final class Or extends Ex.B {
        final Ex x;
        final Ex y;

        public Or(Ex x, Ex y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean evalBool(Frame f) {
            return x.evalBool(f) || y.evalBool(f);
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
            return (x.evalBool(f) == y.evalBool(f)) != negate;
        }
    }
}
