package dev.chanscope.lang.interp.std;

import dev.chanscope.engine.Cond;
import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.NativeTypes;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Types;
import dev.chanscope.lang.interp.rt.Values;
import java.util.ArrayList;
import java.util.List;

/** sync.Cond over a *sync.Mutex, sync.Map (a map ordered as Go's ranges are), sync.Pool (LIFO). */
final class SyncCondMapPool {

    private static final RType ANY_MAP = NativeTypes.map(Types.EMPTY_INTERFACE, Types.EMPTY_INTERFACE);

    private SyncCondMapPool() {}

    private static Cond cond(GState g, StructVal c) {
        if (c.ext == null) {
            Iface l = (Iface) c.f[0];
            if (l == null
                    || l.type().kind() != Kind.POINTER
                    || !(l.value() instanceof StructVal m)
                    || !"sync.Mutex".equals(l.type().elem().toString())) {
                throw Panics.plain("sync.Cond in Chanscope needs a *sync.Mutex as its Locker");
            }
            c.ext = g.m.go.newCond(Args.name(g, "cond"), SyncLib.mutex(g, m), g.label());
        }
        return (Cond) c.ext;
    }

    private static GoMap store(StructVal m) {
        if (m.ext == null) {
            m.ext = new GoMap(ANY_MAP, 8);
        }
        return (GoMap) m.ext;
    }

    static void register(Natives.Registry r) {
        r.fn("(*sync.Cond).Wait", (g, a) -> {
            String label = g.label();
            Cond c = cond(g, Args.struct(a[0]));
            g.waitReason = "sync.Cond.Wait";
            c.await(label);
            return null;
        });
        r.fn("(*sync.Cond).Signal", (g, a) -> {
            String label = g.label();
            cond(g, Args.struct(a[0])).signal(label);
            return null;
        });
        r.fn("(*sync.Cond).Broadcast", (g, a) -> {
            String label = g.label();
            cond(g, Args.struct(a[0])).broadcast(label);
            return null;
        });
        r.fn("(*sync.Map).Load", (g, a) -> {
            GoMap.Entry e = store(Args.struct(a[0])).find(a[1]);
            return e == null ? Args.tuple(null, false) : Args.tuple(e.value, true);
        });
        r.fn("(*sync.Map).Store", (g, a) -> {
            store(Args.struct(a[0])).put(a[1], a[2]);
            return null;
        });
        r.fn("(*sync.Map).LoadOrStore", (g, a) -> {
            GoMap m = store(Args.struct(a[0]));
            GoMap.Entry e = m.find(a[1]);
            if (e != null) {
                return Args.tuple(e.value, true);
            }
            m.put(a[1], a[2]);
            return Args.tuple(a[2], false);
        });
        r.fn("(*sync.Map).LoadAndDelete", (g, a) -> {
            GoMap m = store(Args.struct(a[0]));
            GoMap.Entry e = m.find(a[1]);
            if (e == null) {
                return Args.tuple(null, false);
            }
            m.delete(a[1]);
            return Args.tuple(e.value, true);
        });
        r.fn("(*sync.Map).Delete", (g, a) -> {
            store(Args.struct(a[0])).delete(a[1]);
            return null;
        });
        r.fn("(*sync.Map).Swap", (g, a) -> {
            GoMap m = store(Args.struct(a[0]));
            GoMap.Entry e = m.find(a[1]);
            m.put(a[1], a[2]);
            return e == null ? Args.tuple(null, false) : Args.tuple(e.value, true);
        });
        r.fn("(*sync.Map).CompareAndSwap", (g, a) -> {
            GoMap m = store(Args.struct(a[0]));
            GoMap.Entry e = m.find(a[1]);
            if (e == null || !Values.ifaceEqual((Iface) e.value, (Iface) a[2])) {
                return false;
            }
            m.put(a[1], a[3]);
            return true;
        });
        r.fn("(*sync.Map).CompareAndDelete", (g, a) -> {
            GoMap m = store(Args.struct(a[0]));
            GoMap.Entry e = m.find(a[1]);
            if (e == null || !Values.ifaceEqual((Iface) e.value, (Iface) a[2])) {
                return false;
            }
            m.delete(a[1]);
            return true;
        });
        r.fn("(*sync.Map).Range", (g, a) -> {
            GoMap m = store(Args.struct(a[0]));
            Func f = (Func) a[1];
            int span = m.span();
            GoMap.Iter it = m.iterate(span > 1 ? g.m.go.randInt(span) : 0);
            GoMap.Entry e;
            while ((e = it.next()) != null) {
                if (!(Boolean) f.call(g, new Object[] {e.key, e.value})) {
                    break;
                }
            }
            return null;
        });
        r.fn("(*sync.Pool).Get", (g, a) -> {
            StructVal p = Args.struct(a[0]);
            List<Object> items = pool(p);
            if (!items.isEmpty()) {
                return items.removeLast();
            }
            Func make = (Func) p.f[1];
            return make == null ? null : make.call(g, new Object[0]);
        });
        r.fn("(*sync.Pool).Put", (g, a) -> {
            if (a[1] != null) {
                pool(Args.struct(a[0])).add(a[1]);
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object> pool(StructVal p) {
        if (p.ext == null) {
            p.ext = new ArrayList<>();
        }
        return (List<Object>) p.ext;
    }
}
