package dev.chanscope.lang.interp.rt;

/**
 * A pointer to a location holding a non-aggregate value: a variable's {@link Cell}, an array or slice
 * element, or a struct field. (A pointer to a struct or array is the {@link StructVal} or Java array
 * itself.) Two pointers are equal when they designate the same location, which {@link #equals} and
 * {@link #hashCode} implement so that pointers work as map keys.
 */
public abstract class Ref {

    public abstract Object load();

    public abstract void store(Object v);

    public long loadLong() {
        return (Long) load();
    }

    public void storeLong(long v) {
        store(v);
    }

    public double loadDouble() {
        return (Double) load();
    }

    public void storeDouble(double v) {
        store(v);
    }

    public boolean loadBool() {
        return (Boolean) load();
    }

    /** The array or struct holding the location (null for a variable's cell). */
    public Object container() {
        return this instanceof Located l ? l.container : null;
    }

    /** The location's index in its container. */
    public int index() {
        return this instanceof Located l ? l.index : -1;
    }

    /** An element of a Java array (the backing array of a slice, or a Go array). */
    public static Ref elem(Object array, int index, RType elem) {
        return switch (array) {
            case long[] a -> new LongElem(a, index);
            case double[] a -> new DoubleElem(a, index);
            case byte[] a -> new ByteElem(a, index, elem.kind() == Kind.UINT8);
            case boolean[] a -> new BoolElem(a, index);
            case Object[] a -> new ObjElem(a, index);
            default -> throw new IllegalArgumentException("not an array: " + array);
        };
    }

    /** Field {@code index} of a struct (a non-aggregate field: aggregates are pointed to directly). */
    public static Ref field(StructVal s, int index) {
        return new Field(s, index);
    }

    abstract static class Located extends Ref {
        final Object container;
        final int index;

        Located(Object container, int index) {
            this.container = container;
            this.index = index;
        }

        @Override
        public final boolean equals(Object o) {
            return o instanceof Located l && l.container == container && l.index == index;
        }

        @Override
        public final int hashCode() {
            return System.identityHashCode(container) * 31 + index;
        }
    }

    static final class LongElem extends Located {
        private final long[] a;

        LongElem(long[] a, int i) {
            super(a, i);
            this.a = a;
        }

        @Override
        public Object load() {
            return a[index];
        }

        @Override
        public void store(Object v) {
            a[index] = (Long) v;
        }

        @Override
        public long loadLong() {
            return a[index];
        }

        @Override
        public void storeLong(long v) {
            a[index] = v;
        }
    }

    static final class DoubleElem extends Located {
        private final double[] a;

        DoubleElem(double[] a, int i) {
            super(a, i);
            this.a = a;
        }

        @Override
        public Object load() {
            return a[index];
        }

        @Override
        public void store(Object v) {
            a[index] = (Double) v;
        }

        @Override
        public double loadDouble() {
            return a[index];
        }

        @Override
        public void storeDouble(double v) {
            a[index] = v;
        }
    }

    static final class ByteElem extends Located {
        private final byte[] a;
        private final boolean unsigned;

        ByteElem(byte[] a, int i, boolean unsigned) {
            super(a, i);
            this.a = a;
            this.unsigned = unsigned;
        }

        @Override
        public Object load() {
            return loadLong();
        }

        @Override
        public void store(Object v) {
            a[index] = (byte) (long) (Long) v;
        }

        @Override
        public long loadLong() {
            return unsigned ? a[index] & 0xFF : a[index];
        }

        @Override
        public void storeLong(long v) {
            a[index] = (byte) v;
        }
    }

    static final class BoolElem extends Located {
        private final boolean[] a;

        BoolElem(boolean[] a, int i) {
            super(a, i);
            this.a = a;
        }

        @Override
        public Object load() {
            return a[index];
        }

        @Override
        public void store(Object v) {
            a[index] = (Boolean) v;
        }

        @Override
        public boolean loadBool() {
            return a[index];
        }
    }

    static final class ObjElem extends Located {
        private final Object[] a;

        ObjElem(Object[] a, int i) {
            super(a, i);
            this.a = a;
        }

        @Override
        public Object load() {
            return a[index];
        }

        @Override
        public void store(Object v) {
            a[index] = v;
        }
    }

    static final class Field extends Located {
        private final StructVal s;

        Field(StructVal s, int i) {
            super(s, i);
            this.s = s;
        }

        @Override
        public Object load() {
            return s.f[index];
        }

        @Override
        public void store(Object v) {
            s.f[index] = v;
        }
    }
}
