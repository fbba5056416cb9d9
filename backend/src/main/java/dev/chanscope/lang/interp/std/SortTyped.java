package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Slice;

/** sort.Ints, Strings, Float64s and their IsSorted checks: Go's IntSlice and friends, without calls. */
final class SortTyped {

    private SortTyped() {}

    static SortData longs(GState g, Slice s) {
        long[] a = (long[]) s.array;
        int o = s.off;
        return new SortData() {
            public boolean less(int i, int j) {
                g.work(1, null);
                return a[o + i] < a[o + j];
            }

            public void swap(int i, int j) {
                long t = a[o + i];
                a[o + i] = a[o + j];
                a[o + j] = t;
            }
        };
    }

    static SortData doubles(GState g, Slice s) {
        double[] a = (double[]) s.array;
        int o = s.off;
        return new SortData() {
            public boolean less(int i, int j) {
                g.work(1, null);
                double x = a[o + i];
                double y = a[o + j];
                return x < y || (x != x && y == y);
            }

            public void swap(int i, int j) {
                double t = a[o + i];
                a[o + i] = a[o + j];
                a[o + j] = t;
            }
        };
    }

    static SortData strings(GState g, Slice s) {
        Object[] a = (Object[]) s.array;
        int o = s.off;
        return new SortData() {
            public boolean less(int i, int j) {
                g.work(1, null);
                return ((String) a[o + i]).compareTo((String) a[o + j]) < 0;
            }

            public void swap(int i, int j) {
                Object t = a[o + i];
                a[o + i] = a[o + j];
                a[o + j] = t;
            }
        };
    }

    private static boolean sorted(SortData d, int n) {
        for (int i = n - 1; i > 0; i--) {
            if (d.less(i, i - 1)) {
                return false;
            }
        }
        return true;
    }

    static void register(Natives.Registry r) {
        r.fn("sort.Ints", (g, a) -> {
            Slice s = Args.slice(a[0]);
            if (s != null) {
                Pdq.sort(longs(g, s), s.len);
            }
            return null;
        });
        r.fn("sort.Float64s", (g, a) -> {
            Slice s = Args.slice(a[0]);
            if (s != null) {
                Pdq.sort(doubles(g, s), s.len);
            }
            return null;
        });
        r.fn("sort.Strings", (g, a) -> {
            Slice s = Args.slice(a[0]);
            if (s != null) {
                Pdq.sort(strings(g, s), s.len);
            }
            return null;
        });
        r.fn("sort.IntsAreSorted", (g, a) -> a[0] == null || sorted(longs(g, Args.slice(a[0])), Args.slice(a[0]).len));
        r.fn(
                "sort.Float64sAreSorted",
                (g, a) -> a[0] == null || sorted(doubles(g, Args.slice(a[0])), Args.slice(a[0]).len));
        r.fn(
                "sort.StringsAreSorted",
                (g, a) -> a[0] == null || sorted(strings(g, Args.slice(a[0])), Args.slice(a[0]).len));
    }
}
