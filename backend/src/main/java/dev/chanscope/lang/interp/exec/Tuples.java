package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.RType;

/** Multi-value results: picking one value out, and converting values to interfaces on the way. */
public final class Tuples {

    private Tuples() {}

    /** Element {@code i} of a tuple held in a frame slot (a select's received value and ok). */
    public static final class Elem extends Ex {
        final Ex tuple;
        final int i;

        public Elem(Ex tuple, int i) {
            this.tuple = tuple;
            this.i = i;
        }

        @Override
        public Object eval(Frame f) {
            return ((Object[]) tuple.eval(f))[i];
        }
    }

    /** A tuple with the values at {@code boxAs[i] != null} wrapped as interfaces of that dynamic type. */
    public static final class ToIfaces extends Ex {
        final Ex tuple;
        final RType[] boxAs;

        public ToIfaces(Ex tuple, RType[] boxAs) {
            this.tuple = tuple;
            this.boxAs = boxAs;
        }

        @Override
        public Object eval(Frame f) {
            Object[] v = ((Object[]) tuple.eval(f)).clone();
            for (int i = 0; i < v.length; i++) {
                if (boxAs[i] != null) {
                    v[i] = new Iface(boxAs[i], v[i]);
                }
            }
            return v;
        }
    }
}
