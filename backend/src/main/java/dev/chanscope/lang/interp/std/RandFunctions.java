package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;

/** math/rand's functions, as package functions on the run's source and as *Rand methods. */
final class RandFunctions {

    private RandFunctions() {}

    private interface Body {
        Object call(GState g, RandLib.Draw d, Object[] a, int first);
    }

    private static void both(Natives.Registry r, String name, Body body) {
        r.fn("math/rand." + name, (g, a) -> body.call(g, RandLib.global(g), a, 0));
        r.fn("(*math/rand.Rand)." + name, (g, a) -> body.call(g, RandLib.of(g, a[0]), a, 1));
    }

    static void register(Natives.Registry r) {
        both(r, "Int63", (g, d, a, i) -> d.int63());
        both(r, "Int31", (g, d, a, i) -> RandLib.int31(d));
        both(r, "Int", (g, d, a, i) -> d.int63());
        both(r, "Uint32", (g, d, a, i) -> d.int63() >>> 31);
        both(r, "Uint64", (g, d, a, i) -> d.int63() >>> 31 | d.int63() << 32);
        both(r, "Int63n", (g, d, a, i) -> RandLib.int63n(d, Args.i(a[i])));
        both(r, "Int31n", (g, d, a, i) -> RandLib.int31n(d, Args.i(a[i]), "Int31n"));
        both(r, "Intn", (g, d, a, i) -> RandLib.intn(d, Args.i(a[i])));
        both(r, "Float64", (g, d, a, i) -> RandLib.float64(d));
        both(r, "Float32", (g, d, a, i) -> (double) (float) RandLib.float64(d));
        both(r, "Perm", (g, d, a, i) -> RandLib.perm(g, d, Args.i(a[i])));
        both(r, "Shuffle", (g, d, a, i) -> {
            RandLib.shuffle(g, d, Args.i(a[i]), (Func) a[i + 1]);
            return null;
        });
        r.fn("(*math/rand.Rand).Seed", (g, a) -> {
            Object src = ((dev.chanscope.lang.interp.rt.StructVal) a[0]).f[0];
            if (src instanceof dev.chanscope.lang.interp.rt.Iface i && i.value() instanceof RandLib.Source s) {
                s.state = Args.i(a[1]);
            }
            return null;
        });
    }
}
