package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Arrays;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Ref;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Values;

/**
 * Indexing slices, arrays and pointers to arrays: {@code x[i]} read in the element's representation,
 * stored, or addressed. The base evaluates to a {@link Slice} (null when nil) or to the Java array
 * of an array value; {@code viaPointer}: the base is a pointer to an array, so nil dereferences.
 */
public final class Index {

    private Index() {}

    static int check(long i, int len) {
        if (i < 0 || i >= len) {
            throw Panics.indexOutOfRange(i, len);
        }
        return (int) i;
    }

    /** The array and absolute position of element i (position in the low 32 bits of the result). */
    abstract static class Access extends Ex {
        final Ex base;
        final Ex index;
        final boolean viaPointer;
        final boolean unsignedBytes;

        Access(Ex base, Ex index, boolean viaPointer, RType elem) {
            this.base = base;
            this.index = index;
            this.viaPointer = viaPointer;
            this.unsignedBytes = elem.kind() == dev.chanscope.lang.interp.rt.Kind.UINT8;
        }

        final Object arrayOf(Object b) {
            if (b instanceof Slice s) {
                return s.array;
            }
            if (b == null && viaPointer) {
                throw Panics.nilDeref();
            }
            return b;
        }

        final int position(Object b, long i) {
            if (b instanceof Slice s) {
                return s.off + check(i, s.len);
            }
            if (b == null) {
                if (viaPointer) {
                    throw Panics.nilDeref();
                }
                throw Panics.indexOutOfRange(i, 0);
            }
            return check(i, Arrays.length(b));
        }
    }

    /** x[i] as a value. An aggregate element is borrowed (the array owns it). */
    public static final class Get extends Access {
        final RType elem;

        public Get(Ex base, Ex index, boolean viaPointer, RType elem) {
            super(base, index, viaPointer, elem);
            this.elem = elem;
        }

        @Override
        public Object eval(Frame f) {
            Object b = base.eval(f);
            int p = position(b, index.evalLong(f));
            return Arrays.get(arrayOf(b), p, elem);
        }

        @Override
        public long evalLong(Frame f) {
            Object b = base.eval(f);
            int p = position(b, index.evalLong(f));
            Object a = arrayOf(b);
            if (a instanceof long[] la) {
                return la[p];
            }
            byte v = ((byte[]) a)[p];
            return unsignedBytes ? v & 0xFF : v;
        }

        @Override
        public double evalDouble(Frame f) {
            Object b = base.eval(f);
            int p = position(b, index.evalLong(f));
            return ((double[]) arrayOf(b))[p];
        }

        @Override
        public boolean evalBool(Frame f) {
            Object b = base.eval(f);
            int p = position(b, index.evalLong(f));
            return ((boolean[]) arrayOf(b))[p];
        }
    }

    /** x[i] = v. Aggregate elements are assigned in place; {@code value} is evaluated after x and i. */
    public static final class Set extends St {
        final Get at;
        final Ex value;
        final Rep rep;

        public Set(Ex base, Ex index, boolean viaPointer, RType elem, Ex value) {
            this.at = new Get(base, index, viaPointer, elem);
            this.value = value;
            this.rep = Rep.of(elem);
        }

        @Override
        public int exec(Frame f) {
            Object b = at.base.eval(f);
            long i = at.index.evalLong(f);
            switch (rep) {
                case LONG -> {
                    long v = value.evalLong(f);
                    int p = at.position(b, i);
                    Object a = at.arrayOf(b);
                    if (a instanceof long[] la) {
                        la[p] = v;
                    } else {
                        ((byte[]) a)[p] = (byte) v;
                    }
                }
                case DOUBLE -> {
                    double v = value.evalDouble(f);
                    ((double[]) at.arrayOf(b))[at.position(b, i)] = v;
                }
                case BOOL -> {
                    boolean v = value.evalBool(f);
                    ((boolean[]) at.arrayOf(b))[at.position(b, i)] = v;
                }
                case REF -> {
                    Object v = value.eval(f);
                    Object[] a = (Object[]) at.arrayOf(b);
                    int p = at.position(b, i);
                    if (at.elem.kind().isAggregate()) {
                        Values.assign(at.elem, a[p], v);
                    } else {
                        a[p] = v;
                    }
                }
            }
            return NEXT;
        }
    }

    /** &x[i]: the element's Ref, or the element itself when it is an aggregate. */
    public static final class Addr extends Ex {
        final Get at;

        public Addr(Ex base, Ex index, boolean viaPointer, RType elem) {
            this.at = new Get(base, index, viaPointer, elem);
        }

        @Override
        public Object eval(Frame f) {
            Object b = at.base.eval(f);
            int p = at.position(b, at.index.evalLong(f));
            Object a = at.arrayOf(b);
            if (at.elem.kind().isAggregate()) {
                return ((Object[]) a)[p];
            }
            return Ref.elem(a, p, at.elem);
        }
    }
}
