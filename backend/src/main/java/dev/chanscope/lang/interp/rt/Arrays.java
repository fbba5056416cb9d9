package dev.chanscope.lang.interp.rt;

/**
 * Go arrays as Java arrays (see {@link Store}): allocation with zero values, boxed element access for
 * generic code (fmt, interfaces, copies), and value-semantics copying. Typed code paths read the
 * Java arrays directly.
 */
public final class Arrays {

    private Arrays() {}

    /** A new Java array of {@code n} zero values of {@code elem}. */
    public static Object make(RType elem, int n) {
        return switch (Store.of(elem)) {
            case BOOL -> new boolean[n];
            case BYTE -> new byte[n];
            case LONG -> new long[n];
            case DOUBLE -> new double[n];
            case OBJECT -> {
                Object[] a = new Object[n];
                Object z = Values.zeroShared(elem);
                if (z != null) {
                    java.util.Arrays.fill(a, z);
                } else if (elem.kind().isAggregate()) {
                    for (int i = 0; i < n; i++) {
                        a[i] = Values.zero(elem);
                    }
                }
                yield a;
            }
        };
    }

    public static int length(Object array) {
        return switch (array) {
            case long[] a -> a.length;
            case Object[] a -> a.length;
            case byte[] a -> a.length;
            case double[] a -> a.length;
            case boolean[] a -> a.length;
            default -> throw new IllegalArgumentException("not an array: " + array);
        };
    }

    /** Element {@code i}, boxed as {@code elem} says (a uint8 is 0..255, an int8 -128..127). */
    public static Object get(Object array, int i, RType elem) {
        return switch (array) {
            case long[] a -> a[i];
            case Object[] a -> a[i];
            case byte[] a -> (long) (elem.kind() == Kind.UINT8 ? a[i] & 0xFF : a[i]);
            case double[] a -> a[i];
            case boolean[] a -> a[i];
            default -> throw new IllegalArgumentException("not an array: " + array);
        };
    }

    /** Stores a boxed value (an aggregate is stored as given: copy it first if it is borrowed). */
    public static void set(Object array, int i, Object v) {
        switch (array) {
            case long[] a -> a[i] = (Long) v;
            case Object[] a -> a[i] = v;
            case byte[] a -> a[i] = (byte) (long) (Long) v;
            case double[] a -> a[i] = (Double) v;
            case boolean[] a -> a[i] = (Boolean) v;
            default -> throw new IllegalArgumentException("not an array: " + array);
        }
    }

    /** A copy of a whole array value (aggregate elements copied too). */
    public static Object copy(Object array, RType elem) {
        return switch (array) {
            case long[] a -> a.clone();
            case byte[] a -> a.clone();
            case double[] a -> a.clone();
            case boolean[] a -> a.clone();
            case Object[] a -> {
                Object[] c = a.clone();
                if (elem.kind().isAggregate()) {
                    for (int i = 0; i < c.length; i++) {
                        c[i] = Values.copy(elem, c[i]);
                    }
                }
                yield c;
            }
            default -> throw new IllegalArgumentException("not an array: " + array);
        };
    }

    /**
     * Copies {@code n} elements like Go's copy/memmove (overlap allowed); aggregate elements are copied
     * into the destination's own values so pointers to them stay valid.
     */
    public static void move(Object src, int from, Object dst, int to, int n, RType elem) {
        if (n <= 0) {
            return;
        }
        if (src instanceof Object[] s && elem.kind().isAggregate()) {
            Object[] d = (Object[]) dst;
            if (s == d && from < to) {
                for (int i = n - 1; i >= 0; i--) {
                    Values.assign(elem, d[to + i], s[from + i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    Values.assign(elem, d[to + i], s[from + i]);
                }
            }
            return;
        }
        System.arraycopy(src, from, dst, to, n);
    }
}
