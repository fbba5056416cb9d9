package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GoMap;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Values;

/** maps (Clone, Copy, DeleteFunc, Equal, EqualFunc) and cmp (Compare, Less). */
final class MapsCmpLib {

    private MapsCmpLib() {}

    static void register(Natives.Registry r) {
        r.factory(
                "maps.Clone",
                site -> new Natives.Named("maps.Clone", (g, a) -> {
                    GoMap m = (GoMap) a[0];
                    if (m == null) {
                        return null;
                    }
                    GoMap c = new GoMap(m.type, m.len());
                    for (GoMap.Entry e : m.snapshot()) {
                        c.put(Values.copy(m.type.key(), e.key), Values.copy(m.type.elem(), e.value));
                    }
                    g.m.alloc(
                            48L + m.len() * (m.type.key().size() + m.type.elem().size()));
                    return c;
                }));
        r.fn("maps.Copy", (g, a) -> {
            GoMap dst = (GoMap) a[0];
            GoMap src = (GoMap) a[1];
            if (src == null) {
                return null;
            }
            if (dst == null && src.len() > 0) {
                throw dev.chanscope.lang.interp.rt.Panics.nilMapWrite();
            }
            for (GoMap.Entry e : src.snapshot()) {
                dst.put(Values.copy(src.type.key(), e.key), Values.copy(src.type.elem(), e.value));
            }
            return null;
        });
        r.fn("maps.DeleteFunc", (g, a) -> {
            GoMap m = (GoMap) a[0];
            if (m == null) {
                return null;
            }
            for (GoMap.Entry e : m.snapshot()) {
                if ((Boolean) ((Func) a[1]).call(g, new Object[] {e.key, e.value})) {
                    m.delete(e.key);
                }
            }
            return null;
        });
        r.fn("maps.Equal", (g, a) -> equal((GoMap) a[0], (GoMap) a[1], null, g));
        r.fn("maps.EqualFunc", (g, a) -> equal((GoMap) a[0], (GoMap) a[1], (Func) a[2], g));
        r.factory("cmp.Compare", site -> {
            RType t = site.params()[0];
            return new Natives.Named("cmp.Compare", (g, a) -> (long) Elems.compare(t, a[0], a[1]));
        });
        r.factory("cmp.Less", site -> {
            RType t = site.params()[0];
            return new Natives.Named("cmp.Less", (g, a) -> Elems.less(t, a[0], a[1]));
        });
    }

    private static boolean equal(GoMap x, GoMap y, Func eq, dev.chanscope.lang.interp.rt.GState g) {
        int nx = x == null ? 0 : x.len();
        int ny = y == null ? 0 : y.len();
        if (nx != ny) {
            return false;
        }
        if (nx == 0) {
            return true;
        }
        for (GoMap.Entry e : x.snapshot()) {
            GoMap.Entry o = y.find(e.key);
            if (o == null) {
                return false;
            }
            boolean same = eq == null
                    ? Values.equal(x.type.elem(), e.value, o.value)
                    : (Boolean) eq.call(g, new Object[] {e.value, o.value});
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
