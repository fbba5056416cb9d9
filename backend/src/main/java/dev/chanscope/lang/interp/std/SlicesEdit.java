package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Values;
import java.util.ArrayList;
import java.util.List;

/** slices: the functions that rearrange or edit (sort, search, insert, delete, compact, concat). */
final class SlicesEdit {

    private SlicesEdit() {}

    private interface Body {
        Object call(GState g, Object[] a, RType elem);
    }

    private static void fn(Natives.Registry r, String name, Body body) {
        r.factory("slices." + name, site -> {
            RType p0 = site.params()[0];
            RType elem = p0.kind() == dev.chanscope.lang.interp.rt.Kind.SLICE
                    ? p0.elem()
                    : p0.elem().elem();
            return new Natives.Named("slices." + name, (g, a) -> body.call(g, a, elem));
        });
    }

    static SortData ordered(GState g, Slice s, RType e) {
        return new SortData() {
            public boolean less(int i, int j) {
                g.work(1, null);
                return Elems.less(e, Elems.get(s, i, e), Elems.get(s, j, e));
            }

            public void swap(int i, int j) {
                SortLib.swapElements(s, e, i, j);
            }
        };
    }

    static SortData byCmp(GState g, Slice s, RType e, Func cmp) {
        return new SortData() {
            public boolean less(int i, int j) {
                g.work(1, null);
                return (Long) cmp.call(g, new Object[] {Elems.get(s, i, e), Elems.get(s, j, e)}) < 0;
            }

            public void swap(int i, int j) {
                SortLib.swapElements(s, e, i, j);
            }
        };
    }

    static void register(Natives.Registry r) {
        fn(r, "Sort", (g, a, e) -> {
            Slice s = Args.slice(a[0]);
            Pdq.sort(ordered(g, s, e), Elems.len(s));
            return null;
        });
        fn(r, "SortFunc", (g, a, e) -> {
            Slice s = Args.slice(a[0]);
            Pdq.sort(byCmp(g, s, e, (Func) a[1]), Elems.len(s));
            return null;
        });
        fn(r, "SortStableFunc", (g, a, e) -> {
            Slice s = Args.slice(a[0]);
            StableSort.sort(byCmp(g, s, e, (Func) a[1]), Elems.len(s));
            return null;
        });
        fn(r, "IsSorted", (g, a, e) -> sorted(ordered(g, Args.slice(a[0]), e), Elems.len(Args.slice(a[0]))));
        fn(
                r,
                "IsSortedFunc",
                (g, a, e) -> sorted(byCmp(g, Args.slice(a[0]), e, (Func) a[1]), Elems.len(Args.slice(a[0]))));
        fn(r, "BinarySearch", (g, a, e) -> search(Args.slice(a[0]), e, v -> Elems.compare(e, v, a[1])));
        fn(
                r,
                "BinarySearchFunc",
                (g, a, e) -> search(Args.slice(a[0]), e, v ->
                        (int) (long) (Long) ((Func) a[2]).call(g, new Object[] {v, a[1]})));
        fn(r, "Insert", (g, a, e) -> {
            Slice s = Args.slice(a[0]);
            long i = Args.i(a[1]);
            if (i < 0 || i > Elems.len(s)) {
                throw dev.chanscope.lang.interp.rt.Panics.indexOutOfRange(i, Elems.len(s));
            }
            List<Object> all = SlicesLib.list(s, e);
            all.addAll((int) i, SlicesLib.list(Args.slice(a[2]), e));
            return rebuild(g, s, e, all);
        });
        fn(r, "Delete", (g, a, e) -> {
            Slice s = Args.slice(a[0]);
            long i = Args.i(a[1]);
            long j = Args.i(a[2]);
            if (i < 0 || j > Elems.len(s) || i > j) {
                throw Panics.sliceBounds("[" + i + ":" + j + "]");
            }
            List<Object> all = SlicesLib.list(s, e);
            all.subList((int) i, (int) j).clear();
            return rebuild(g, s, e, all);
        });
        fn(r, "DeleteFunc", (g, a, e) -> {
            Slice s = Args.slice(a[0]);
            List<Object> keep = new ArrayList<>();
            for (Object v : SlicesLib.list(s, e)) {
                if (!SlicesLib.call(g, (Func) a[1], v)) {
                    keep.add(v);
                }
            }
            return rebuild(g, s, e, keep);
        });
        fn(r, "Compact", (g, a, e) -> compact(g, Args.slice(a[0]), e, (x, y) -> Values.equal(e, x, y)));
        fn(
                r,
                "CompactFunc",
                (g, a, e) -> compact(g, Args.slice(a[0]), e, (x, y) -> SlicesLib.call(g, (Func) a[1], x, y)));
        fn(r, "Replace", (g, a, e) -> {
            Slice s = Args.slice(a[0]);
            long i = Args.i(a[1]);
            long j = Args.i(a[2]);
            if (i < 0 || j > Elems.len(s) || i > j) {
                throw Panics.sliceBounds("[" + i + ":" + j + "]");
            }
            List<Object> all = SlicesLib.list(s, e);
            all.subList((int) i, (int) j).clear();
            all.addAll((int) i, SlicesLib.list(Args.slice(a[3]), e));
            return rebuild(g, s, e, all);
        });
        fn(r, "Concat", (g, a, e) -> {
            Slice ss = Args.slice(a[0]);
            List<Object> all = new ArrayList<>();
            for (int i = 0; i < Elems.len(ss); i++) {
                all.addAll(SlicesLib.list((Slice) ((Object[]) ss.array)[ss.off + i], e));
            }
            return all.isEmpty() ? null : Elems.of(g, e, all);
        });
    }

    private static boolean sorted(SortData d, int n) {
        for (int i = n - 1; i > 0; i--) {
            if (d.less(i, i - 1)) {
                return false;
            }
        }
        return true;
    }

    /** The index where the target is or would be (found): sort.Search over cmp(elem, target). */
    private static Object[] search(Slice s, RType e, java.util.function.ToIntFunction<Object> cmp) {
        int i = 0;
        int j = Elems.len(s);
        while (i < j) {
            int h = (i + j) >>> 1;
            if (cmp.applyAsInt(Elems.get(s, h, e)) < 0) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        boolean found = i < Elems.len(s) && cmp.applyAsInt(Elems.get(s, i, e)) == 0;
        return Args.tuple((long) i, found);
    }

    /** The edited contents written back into s's array when they fit, as append would. */
    private static Slice rebuild(GState g, Slice s, RType e, List<Object> all) {
        if (s != null && all.size() <= s.cap) {
            Slice out = new Slice(s.array, s.off, all.size(), s.cap);
            for (int i = 0; i < all.size(); i++) {
                Elems.set(out, i, Values.copy(e, all.get(i)), e);
            }
            return out;
        }
        return Elems.append(g, s == null ? null : new Slice(s.array, s.off, 0, s.cap), e, all);
    }

    private static Slice compact(GState g, Slice s, RType e, java.util.function.BiPredicate<Object, Object> eq) {
        List<Object> out = new ArrayList<>();
        for (Object v : SlicesLib.list(s, e)) {
            if (out.isEmpty() || !eq.test(out.getLast(), v)) {
                out.add(v);
            }
        }
        return s == null ? null : rebuild(g, s, e, out);
    }
}
