package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.MethodTable;
import dev.chanscope.lang.interp.rt.NativeTypes;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.StructVal;

/**
 * math/rand. The package's source is seeded from the run's seed (rand.Seed reseeds it), so a run is
 * reproducible and different seeds give different numbers; a *Rand draws from its Source (a
 * program's own Source too) with Go's algorithms for Intn, Float64, Perm and Shuffle.
 */
final class RandLib {

    static final RType SOURCE = NativeTypes.pointer(NativeTypes.struct("math/rand", "rngSource"));

    /** SplitMix64, seeded; Int63 is its top 63 bits. */
    static final class Source {
        long state;

        Source(long seed) {
            state = seed;
        }

        long int63() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return (z ^ (z >>> 31)) >>> 1;
        }
    }

    static {
        SOURCE.methods.put("Int63", null, NativeTypes.method("Int63", (g, a) -> ((Source) a[0]).int63()));
        SOURCE.methods.put("Seed", null, NativeTypes.method("Seed", (g, a) -> {
            ((Source) a[0]).state = Args.i(a[1]);
            return null;
        }));
    }

    private RandLib() {}

    /** Draws 63 bits from a source given as a Go value: ours, or a program's with an Int63 method. */
    interface Draw {
        long int63();
    }

    static Draw global(GState g) {
        Source s = (Source) g.m.library.computeIfAbsent("math/rand", k -> new Source(g.m.go.seed() ^ 0x5DEECE66DL));
        return s::int63;
    }

    static Draw of(GState g, Object rand) {
        if (rand == null) {
            throw Panics.nilDeref();
        }
        Iface src = (Iface) ((StructVal) rand).f[0];
        if (src == null) {
            throw Panics.nilDeref();
        }
        if (src.value() instanceof Source s) {
            return s::int63;
        }
        MethodTable.Method m = src.type().methods.get("Int63");
        Func f = m.impl();
        Object self = src.value();
        return () -> (Long) f.call(g, new Object[] {self});
    }

    static long int31(Draw d) {
        return d.int63() >>> 32;
    }

    static long int63n(Draw d, long n) {
        if (n <= 0) {
            throw Panics.plain("invalid argument to Int63n");
        }
        if ((n & (n - 1)) == 0) {
            return d.int63() & (n - 1);
        }
        long max = Long.MAX_VALUE - (Long.remainderUnsigned(1L << 63, n));
        long v = d.int63();
        while (v > max) {
            v = d.int63();
        }
        return v % n;
    }

    static long int31n(Draw d, long n, String what) {
        if (n <= 0) {
            throw Panics.plain("invalid argument to " + what);
        }
        if ((n & (n - 1)) == 0) {
            return int31(d) & (n - 1);
        }
        long max = (1L << 31) - 1 - ((1L << 31) % n);
        long v = int31(d);
        while (v > max) {
            v = int31(d);
        }
        return v % n;
    }

    static long intn(Draw d, long n) {
        if (n <= 0) {
            throw Panics.plain("invalid argument to Intn");
        }
        return n <= Integer.MAX_VALUE ? int31n(d, n, "Intn") : int63n(d, n);
    }

    static double float64(Draw d) {
        while (true) {
            double f = (double) d.int63() / 0x1p63;
            if (f != 1) {
                return f;
            }
        }
    }

    static Slice perm(GState g, Draw d, long n) {
        if (n < 0) {
            throw Panics.plain("invalid argument to Perm");
        }
        g.m.alloc(8 * n);
        long[] m = new long[(int) n];
        for (int i = 0; i < n; i++) {
            int j = (int) intn(d, i + 1);
            m[i] = m[j];
            m[j] = i;
        }
        return new Slice(m, 0, m.length, m.length);
    }

    static void shuffle(GState g, Draw d, long n, Func swap) {
        if (n < 0) {
            throw Panics.plain("invalid argument to Shuffle");
        }
        for (long i = n - 1; i > 0; i--) {
            long j = int31n(d, i + 1, "Shuffle");
            swap.call(g, new Object[] {i, j});
        }
    }

    static void register(Natives.Registry r) {
        r.fn("math/rand.NewSource", (g, a) -> new Iface(SOURCE, new Source(Args.i(a[0]))));
        r.fn("math/rand.Seed", (g, a) -> {
            g.m.library.put("math/rand", new Source(Args.i(a[0])));
            return null;
        });
        RandFunctions.register(r);
    }
}
