package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Arrays;
import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.MethodTable;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Values;

/**
 * sort: Sort and Stable over sort.Interface (the program's Less and Swap called as Go calls them),
 * Slice and SliceStable with a less function, and the typed helpers. Every comparison counts as a
 * unit of CPU work.
 */
final class SortLib {

    private SortLib() {}

    private static Func method(Iface v, String name) {
        MethodTable.Method m = v.type().methods.get(name);
        if (m == null) {
            throw Panics.plain(v.type() + " has no method " + name);
        }
        return m.impl();
    }

    static int len(GState g, Iface data) {
        return (int) (long) (Long) method(data, "Len").call(g, new Object[] {data.value()});
    }

    /** A slice sorted by a less(i, j) function; elements swapped as values (aggregates in place). */
    static SortData ofSlice(GState g, Slice s, RType elem, Func less) {
        return new SortData() {
            public boolean less(int i, int j) {
                g.work(1, null);
                return (Boolean) less.call(g, new Object[] {(long) i, (long) j});
            }

            public void swap(int i, int j) {
                swapElements(s, elem, i, j);
            }
        };
    }

    static void swapElements(Slice s, RType elem, int i, int j) {
        Object a = s.array;
        int p = s.off + i;
        int q = s.off + j;
        if (elem.kind().isAggregate()) {
            Object[] o = (Object[]) a;
            Object tmp = Values.copy(elem, o[p]);
            Values.assign(elem, o[p], o[q]);
            Values.assign(elem, o[q], tmp);
            return;
        }
        Object vp = Arrays.get(a, p, elem);
        Arrays.set(a, p, Arrays.get(a, q, elem));
        Arrays.set(a, q, vp);
    }

    static void register(Natives.Registry r) {
        r.fn("sort.Sort", (g, a) -> {
            Iface data = (Iface) a[0];
            Pdq.sort(bind(g, data), len(g, data));
            return null;
        });
        r.fn("sort.Stable", (g, a) -> {
            Iface data = (Iface) a[0];
            StableSort.sort(bind(g, data), len(g, data));
            return null;
        });
        r.fn("sort.IsSorted", (g, a) -> {
            Iface data = (Iface) a[0];
            SortData d = bind(g, data);
            for (int i = len(g, data) - 1; i > 0; i--) {
                if (d.less(i, i - 1)) {
                    return false;
                }
            }
            return true;
        });
        r.fn("sort.Slice", (g, a) -> {
            Iface x = (Iface) a[0];
            Slice s = sliceOf(x);
            if (s != null) {
                Pdq.sort(ofSlice(g, s, x.type().elem(), (Func) a[1]), s.len);
            }
            return null;
        });
        r.fn("sort.SliceStable", (g, a) -> {
            Iface x = (Iface) a[0];
            Slice s = sliceOf(x);
            if (s != null) {
                StableSort.sort(ofSlice(g, s, x.type().elem(), (Func) a[1]), s.len);
            }
            return null;
        });
        r.fn("sort.SliceIsSorted", (g, a) -> {
            Slice s = sliceOf((Iface) a[0]);
            Func less = (Func) a[1];
            for (int i = (s == null ? 0 : s.len) - 1; i > 0; i--) {
                if ((Boolean) less.call(g, new Object[] {(long) i, (long) (i - 1)})) {
                    return false;
                }
            }
            return true;
        });
        SortTyped.register(r);
    }

    /** sort.Interface's Less and Swap as SortData (methods take the receiver first). */
    private static SortData bind(GState g, Iface data) {
        Func less = method(data, "Less");
        Func swap = method(data, "Swap");
        Object self = data.value();
        return new SortData() {
            public boolean less(int i, int j) {
                g.work(1, null);
                return (Boolean) less.call(g, new Object[] {self, (long) i, (long) j});
            }

            public void swap(int i, int j) {
                swap.call(g, new Object[] {self, (long) i, (long) j});
            }
        };
    }

    private static Slice sliceOf(Iface x) {
        if (x == null || x.type().kind() != dev.chanscope.lang.interp.rt.Kind.SLICE) {
            throw Panics.plain("reflect: call of Swapper on "
                    + (x == null ? "zero" : x.type().kind().goName()) + " Value");
        }
        return (Slice) x.value();
    }
}
