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

    /**
     * The values of f(g()) shaped as f's arguments: each boxed as an interface where {@code boxAs}
     * says, the ones from {@code fixed} on packed into a slice for a variadic f ({@code variadicElem}).
     */
    public static final class Shape extends Ex {
        final Ex tuple;
        final RType[] boxAs;
        final int fixed;
        final RType variadicElem;

        public Shape(Ex tuple, RType[] boxAs, int fixed, RType variadicElem) {
            this.tuple = tuple;
            this.boxAs = boxAs;
            this.fixed = fixed;
            this.variadicElem = variadicElem;
        }

        @Override
        public Object eval(Frame f) {
            Object[] v = ((Object[]) tuple.eval(f)).clone();
            for (int i = 0; i < v.length; i++) {
                if (boxAs[i] != null) {
                    v[i] = new Iface(boxAs[i], v[i]);
                }
            }
            if (variadicElem == null) {
                return v;
            }
            Object[] out = new Object[fixed + 1];
            System.arraycopy(v, 0, out, 0, fixed);
            int n = v.length - fixed;
            Object array = dev.chanscope.lang.interp.rt.Arrays.make(variadicElem, n);
            for (int i = 0; i < n; i++) {
                dev.chanscope.lang.interp.rt.Arrays.set(array, i, v[fixed + i]);
            }
            out[fixed] = n == 0 ? null : new dev.chanscope.lang.interp.rt.Slice(array, 0, n, n);
            return out;
        }
    }
}
