package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Arrays;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Growth;
import dev.chanscope.lang.interp.rt.Ints;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Values;
import java.util.List;

/** Generic slice helpers for natives: element access, cmp.Compare ordering, append with Go's growth. */
final class Elems {

    private Elems() {}

    static Object get(Slice s, int i, RType elem) {
        return Arrays.get(s.array, s.off + i, elem);
    }

    static void set(Slice s, int i, Object v, RType elem) {
        if (elem.kind().isAggregate()) {
            Values.assign(elem, ((Object[]) s.array)[s.off + i], v);
        } else {
            Arrays.set(s.array, s.off + i, v);
        }
    }

    static int len(Slice s) {
        return s == null ? 0 : s.len;
    }

    /** cmp.Compare: numbers and strings in order; NaN below everything and equal to itself. */
    static int compare(RType t, Object a, Object b) {
        Kind k = t.kind();
        if (k.isInteger()) {
            return Integer.signum(Ints.compare(k, (Long) a, (Long) b));
        }
        if (k.isFloat()) {
            double x = (Double) a;
            double y = (Double) b;
            boolean xn = x != x;
            boolean yn = y != y;
            if (xn) {
                return yn ? 0 : -1;
            }
            if (yn) {
                return 1;
            }
            return x < y ? -1 : x > y ? 1 : 0;
        }
        return Integer.signum(((String) a).compareTo((String) b));
    }

    /** cmp.Less: a < b, NaN before everything. */
    static boolean less(RType t, Object a, Object b) {
        if (t.kind().isFloat()) {
            double x = (Double) a;
            double y = (Double) b;
            return (x != x && y == y) || x < y;
        }
        return compare(t, a, b) < 0;
    }

    /** append(s, values...) with Go 1.19's growth. */
    static Slice append(GState g, Slice s, RType elem, List<Object> values) {
        int len = len(s);
        int cap = s == null ? 0 : s.cap;
        long needed = (long) len + values.size();
        Slice out;
        if (needed <= cap) {
            out = new Slice(s.array, s.off, (int) needed, cap);
        } else {
            long newCap = Growth.newCap(cap, needed, elem.size());
            g.m.alloc(Growth.roundUpSize(newCap * elem.size()));
            Object array = Arrays.make(elem, (int) newCap);
            if (len > 0) {
                Arrays.move(s.array, s.off, array, 0, len, elem);
            }
            out = new Slice(array, 0, (int) needed, (int) newCap);
        }
        for (int i = 0; i < values.size(); i++) {
            set(out, len + i, values.get(i), elem);
        }
        return out;
    }

    /** A new slice holding {@code values} exactly (len == cap). */
    static Slice of(GState g, RType elem, List<Object> values) {
        g.m.alloc(values.size() * elem.size());
        Object array = Arrays.make(elem, values.size());
        Slice s = new Slice(array, 0, values.size(), values.size());
        for (int i = 0; i < values.size(); i++) {
            set(s, i, values.get(i), elem);
        }
        return s;
    }
}
