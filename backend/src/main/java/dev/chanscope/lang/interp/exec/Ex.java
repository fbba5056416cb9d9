package dev.chanscope.lang.interp.exec;

/**
 * An executable expression. Each node computes its value in the representation of its static type
 * — {@link #evalLong} for integers, {@link #evalDouble} for floats, {@link #evalBool} for bools,
 * {@link #eval} for everything else — and boxes on request, so arithmetic in a loop never boxes.
 */
public abstract class Ex {

    /** The value boxed (integers as Long, floats as Double, bools as Boolean) or the reference. */
    public abstract Object eval(Frame f);

    public long evalLong(Frame f) {
        return (Long) eval(f);
    }

    public double evalDouble(Frame f) {
        return (Double) eval(f);
    }

    public boolean evalBool(Frame f) {
        return (Boolean) eval(f);
    }

    /** An integer-valued node (all integer kinds, normalised to their width). */
    public abstract static class L extends Ex {
        @Override
        public abstract long evalLong(Frame f);

        @Override
        public final Object eval(Frame f) {
            return evalLong(f);
        }
    }

    /** A float-valued node (float32 values are kept exactly representable as floats). */
    public abstract static class D extends Ex {
        @Override
        public abstract double evalDouble(Frame f);

        @Override
        public final Object eval(Frame f) {
            return evalDouble(f);
        }
    }

    /** A bool-valued node. */
    public abstract static class B extends Ex {
        @Override
        public abstract boolean evalBool(Frame f);

        @Override
        public final Object eval(Frame f) {
            return evalBool(f);
        }
    }
}
