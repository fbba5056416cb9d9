package dev.chanscope.lang.interp.std;

import dev.chanscope.engine.AtomicInt;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Ints;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.Ref;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Values;
import java.util.HashMap;
import java.util.Map;

/**
 * sync/atomic. Each variable used atomically gets the engine's atomic integer (made on first use,
 * adopting whatever plain code wrote since), so every operation is a synchronising scheduling point
 * shown as an event; the variable itself always holds the current value.
 */
final class AtomicLib {

    private static final Object KEY = new Object();

    private AtomicLib() {}

    @SuppressWarnings("unchecked")
    private static AtomicInt atomic(GState g, Object addr, String label) {
        if (addr == null) {
            throw Panics.nilDeref();
        }
        Ref ref = (Ref) addr;
        Map<Object, AtomicInt> all = (Map<Object, AtomicInt>) g.m.library.computeIfAbsent(KEY, k -> new HashMap<>());
        AtomicInt a = all.get(ref);
        if (a == null) {
            a = g.m.go.newAtomic(Args.name(g, "atomic"), ref.loadLong(), label);
            all.put(ref, a);
        } else {
            a.adopt(ref.loadLong());
        }
        return a;
    }

    private interface Op {
        Object apply(GState g, Ref ref, AtomicInt a, Object[] args, Kind k, String label);
    }

    private static void each(Natives.Registry r, String op, Op body) {
        String[] names = {"Int32", "Int64", "Uint32", "Uint64"};
        Kind[] kinds = {Kind.INT32, Kind.INT64, Kind.UINT32, Kind.UINT64};
        for (int i = 0; i < names.length; i++) {
            Kind k = kinds[i];
            r.fn("sync/atomic." + op + names[i], (g, a) -> {
                String label = g.label();
                AtomicInt at = atomic(g, a[0], label);
                return body.apply(g, (Ref) a[0], at, a, k, label);
            });
        }
    }

    static void register(Natives.Registry r) {
        each(r, "Add", (g, ref, a, args, k, label) -> {
            long delta = Args.i(args[1]);
            long v = a.update(x -> Ints.norm(k, x + delta), label);
            ref.storeLong(v);
            return v;
        });
        each(r, "Load", (g, ref, a, args, k, label) -> a.update(x -> x, label));
        each(r, "Store", (g, ref, a, args, k, label) -> {
            long v = Args.i(args[1]);
            ref.storeLong(a.update(x -> v, label));
            return null;
        });
        each(r, "Swap", (g, ref, a, args, k, label) -> {
            long v = Args.i(args[1]);
            long[] old = new long[1];
            a.update(
                    x -> {
                        old[0] = x;
                        return v;
                    },
                    label);
            ref.storeLong(v);
            return old[0];
        });
        each(r, "CompareAndSwap", (g, ref, a, args, k, label) -> {
            long expected = Args.i(args[1]);
            long v = Args.i(args[2]);
            boolean[] swapped = new boolean[1];
            a.update(
                    x -> {
                        swapped[0] = x == expected;
                        return swapped[0] ? v : x;
                    },
                    label);
            ref.storeLong(a.peek());
            return swapped[0];
        });
        r.fn("(*sync/atomic.Value).Load", (g, a) -> {
            g.m.go.sleep(0, g.label());
            return Args.struct(a[0]).f[0];
        });
        r.fn("(*sync/atomic.Value).Store", (g, a) -> {
            store(g, Args.struct(a[0]), (Iface) a[1], "store");
            return null;
        });
        r.fn("(*sync/atomic.Value).Swap", (g, a) -> {
            StructVal v = Args.struct(a[0]);
            Object old = v.f[0];
            store(g, v, (Iface) a[1], "swap");
            return old;
        });
        r.fn("(*sync/atomic.Value).CompareAndSwap", (g, a) -> {
            StructVal v = Args.struct(a[0]);
            Iface old = (Iface) a[1];
            Iface next = (Iface) a[2];
            if (next == null) {
                throw Panics.plain("sync/atomic: compare and swap of nil value into Value");
            }
            g.m.go.sleep(0, g.label());
            Iface cur = (Iface) v.f[0];
            if (cur != null && cur.type() != next.type()) {
                throw Panics.plain("sync/atomic: compare and swap of inconsistently typed values into Value");
            }
            if (!Values.ifaceEqual(cur, old)) {
                return false;
            }
            v.f[0] = next;
            return true;
        });
    }

    private static void store(GState g, StructVal v, Iface x, String what) {
        if (x == null) {
            throw Panics.plain("sync/atomic: " + what + " of nil value into Value");
        }
        g.m.go.sleep(0, g.label());
        Iface cur = (Iface) v.f[0];
        if (cur != null && cur.type() != x.type()) {
            throw Panics.plain("sync/atomic: " + what + " of inconsistently typed value into Value");
        }
        v.f[0] = x;
    }
}
