package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * slices (Go 1.21's package): each function is made for its call's instance, so comparisons follow
 * the element type. Sorting uses the same pdqsort as package sort.
 */
final class SlicesLib {

    private SlicesLib() {}

    private interface Body {
        Object call(GState g, Object[] a, RType elem);
    }

    private static void fn(Natives.Registry r, String name, Body body) {
        r.factory("slices." + name, site -> {
            RType elem = site.params()[0].kind() == dev.chanscope.lang.interp.rt.Kind.SLICE
                    ? site.params()[0].elem()
                    : site.params()[0].elem().elem();
            return new Natives.Named("slices." + name, (g, a) -> body.call(g, a, elem));
        });
    }

    static List<Object> list(Slice s, RType elem) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < Elems.len(s); i++) {
            out.add(Elems.get(s, i, elem));
        }
        return out;
    }

    static boolean call(GState g, Func f, Object... args) {
        return (Boolean) f.call(g, args);
    }

    static void register(Natives.Registry r) {
        fn(r, "Contains", (g, a, e) -> index(Args.slice(a[0]), e, v -> Values.equal(e, v, a[1])) >= 0);
        fn(r, "ContainsFunc", (g, a, e) -> index(Args.slice(a[0]), e, v -> call(g, (Func) a[1], v)) >= 0);
        fn(r, "Index", (g, a, e) -> (long) index(Args.slice(a[0]), e, v -> Values.equal(e, v, a[1])));
        fn(r, "IndexFunc", (g, a, e) -> (long) index(Args.slice(a[0]), e, v -> call(g, (Func) a[1], v)));
        fn(r, "Equal", (g, a, e) -> equal(Args.slice(a[0]), Args.slice(a[1]), e, (x, y) -> Values.equal(e, x, y)));
        fn(
                r,
                "EqualFunc",
                (g, a, e) -> equal(Args.slice(a[0]), Args.slice(a[1]), e, (x, y) -> call(g, (Func) a[2], x, y)));
        fn(r, "Compare", (g, a, e) -> {
            Slice x = Args.slice(a[0]);
            Slice y = Args.slice(a[1]);
            for (int i = 0; i < Elems.len(x) && i < Elems.len(y); i++) {
                int c = Elems.compare(e, Elems.get(x, i, e), Elems.get(y, i, e));
                if (c != 0) {
                    return (long) c;
                }
            }
            return (long) Integer.compare(Elems.len(x), Elems.len(y));
        });
        fn(
                r,
                "Clone",
                (g, a, e) -> a[0] == null
                        ? null
                        : Elems.append(g, new Slice(((Slice) a[0]).array, 0, 0, 0), e, list(Args.slice(a[0]), e)));
        fn(r, "Clip", (g, a, e) -> {
            Slice s = Args.slice(a[0]);
            return s == null ? null : new Slice(s.array, s.off, s.len, s.len);
        });
        fn(r, "Grow", (g, a, e) -> {
            Slice s = Args.slice(a[0]);
            long n = Args.i(a[1]);
            if (n < 0) {
                throw Panics.plain("cannot be negative");
            }
            int len = Elems.len(s);
            if (s != null && s.cap - s.len >= n) {
                return s;
            }
            List<Object> pad = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                pad.add(Values.zero(e));
            }
            Slice grown = Elems.append(g, s, e, pad);
            return new Slice(grown.array, grown.off, len, grown.cap);
        });
        fn(r, "Reverse", (g, a, e) -> {
            Slice s = Args.slice(a[0]);
            for (int i = 0, j = Elems.len(s) - 1; i < j; i++, j--) {
                SortLib.swapElements(s, e, i, j);
            }
            return null;
        });
        fn(r, "Max", (g, a, e) -> extreme(Args.slice(a[0]), e, true, "slices.Max"));
        fn(r, "Min", (g, a, e) -> extreme(Args.slice(a[0]), e, false, "slices.Min"));
        fn(r, "MaxFunc", (g, a, e) -> extremeFunc(g, Args.slice(a[0]), e, (Func) a[1], true, "slices.MaxFunc"));
        fn(r, "MinFunc", (g, a, e) -> extremeFunc(g, Args.slice(a[0]), e, (Func) a[1], false, "slices.MinFunc"));
        SlicesEdit.register(r);
    }

    static int index(Slice s, RType e, java.util.function.Predicate<Object> p) {
        for (int i = 0; i < Elems.len(s); i++) {
            if (p.test(Elems.get(s, i, e))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean equal(Slice x, Slice y, RType e, java.util.function.BiPredicate<Object, Object> eq) {
        if (Elems.len(x) != Elems.len(y)) {
            return false;
        }
        for (int i = 0; i < Elems.len(x); i++) {
            if (!eq.test(Elems.get(x, i, e), Elems.get(y, i, e))) {
                return false;
            }
        }
        return true;
    }

    private static Object extreme(Slice s, RType e, boolean max, String name) {
        if (Elems.len(s) == 0) {
            throw Panics.plain(name + ": empty list");
        }
        Object best = Elems.get(s, 0, e);
        for (int i = 1; i < s.len; i++) {
            Object v = Elems.get(s, i, e);
            if (e.kind().isFloat() && ((Double) v).isNaN()) {
                return v;
            }
            int c = Elems.compare(e, v, best);
            if (max ? c > 0 : c < 0) {
                best = v;
            }
        }
        return best;
    }

    private static Object extremeFunc(GState g, Slice s, RType e, Func cmp, boolean max, String name) {
        if (Elems.len(s) == 0) {
            throw Panics.plain(name + ": empty list");
        }
        Object best = Elems.get(s, 0, e);
        for (int i = 1; i < s.len; i++) {
            Object v = Elems.get(s, i, e);
            long c = (Long) cmp.call(g, new Object[] {v, best});
            if (max ? c > 0 : c < 0) {
                best = v;
            }
        }
        return best;
    }
}
