package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.exec.Ifaces;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Iface;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.MethodTable;
import dev.chanscope.lang.interp.rt.NativeTypes;
import dev.chanscope.lang.interp.rt.Panics;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Ref;
import dev.chanscope.lang.interp.rt.Slice;
import dev.chanscope.lang.interp.rt.StructVal;
import dev.chanscope.lang.interp.rt.Types;
import dev.chanscope.lang.interp.rt.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * errors: New (a *errors.errorString, distinct from every other), Is and As walking Unwrap chains
 * (single and joined), Unwrap, Join. Also the unexported newError of std packages (io.EOF, …).
 */
final class ErrorsLib {

    static final RType ERROR_STRING = NativeTypes.struct("errors", "errorString", "s", Types.STRING);
    static final RType ERROR_STRING_PTR = NativeTypes.pointer(ERROR_STRING);
    static final RType JOIN_ERROR = NativeTypes.struct("errors", "joinError", "errs", null);
    static final RType JOIN_ERROR_PTR = NativeTypes.pointer(JOIN_ERROR);

    static {
        ERROR_STRING_PTR.methods.put(
                "Error", NativeTypes.STRING_METHOD, NativeTypes.method("Error", (g, a) -> ((StructVal) a[0]).f[0]));
        JOIN_ERROR_PTR.methods.put("Error", NativeTypes.STRING_METHOD, NativeTypes.method("Error", (g, a) -> {
            StringBuilder b = new StringBuilder();
            for (Iface e : joined((StructVal) a[0])) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(text(g, e));
            }
            return b.toString();
        }));
    }

    private ErrorsLib() {}

    /** A new error whose Error() is {@code text} (errors.New). */
    static Iface newError(String text) {
        return new Iface(ERROR_STRING_PTR, new StructVal(ERROR_STRING, new Object[] {text}));
    }

    /** err.Error(). */
    static String text(GState g, Iface err) {
        if (err == null) {
            return "<nil>";
        }
        return (String) err.type().methods.stringMethod("Error").call(g, new Object[] {err.value()});
    }

    @SuppressWarnings("unchecked")
    private static List<Iface> joined(StructVal j) {
        return (List<Iface>) j.f[0];
    }

    static void register(Natives.Registry r) {
        r.fn("errors.New", (g, a) -> newError((String) a[0]));
        for (String pkg : List.of("io", "context", "strconv", "bufio")) {
            r.fn(pkg + ".newError", (g, a) -> newError((String) a[0]));
        }
        r.fn("errors.Unwrap", (g, a) -> {
            List<Iface> u = unwrap(g, (Iface) a[0], false);
            return u.isEmpty() ? null : u.getFirst();
        });
        r.fn("errors.Is", (g, a) -> is(g, (Iface) a[0], (Iface) a[1]));
        r.fn("errors.As", (g, a) -> as(g, (Iface) a[0], (Iface) a[1]));
        r.fn("errors.Join", (g, a) -> {
            Slice s = (Slice) a[0];
            List<Iface> errs = new ArrayList<>();
            for (int i = 0; s != null && i < s.len; i++) {
                Iface e = (Iface) ((Object[]) s.array)[s.off + i];
                if (e != null) {
                    errs.add(e);
                }
            }
            if (errs.isEmpty()) {
                return null;
            }
            return new Iface(JOIN_ERROR_PTR, new StructVal(JOIN_ERROR, new Object[] {List.copyOf(errs)}));
        });
    }

    /**
     * The errors {@code err} wraps: Unwrap() error (one), Unwrap() []error (several), or a join;
     * {@code all}: also the several.
     */
    static List<Iface> unwrap(GState g, Iface err, boolean all) {
        if (err == null) {
            return List.of();
        }
        if (err.type() == JOIN_ERROR_PTR) {
            return all ? joined((StructVal) err.value()) : List.of();
        }
        MethodTable.Method m = err.type().methods.get("Unwrap");
        if (m == null
                || m.signature() == null
                || m.signature().params().length != 0
                || m.signature().results().length != 1) {
            return List.of();
        }
        Object r = m.impl().call(g, new Object[] {err.value()});
        RType result = m.signature().results()[0];
        if (result.kind() == Kind.INTERFACE) {
            return r == null ? List.of() : List.of((Iface) r);
        }
        if (result.kind() == Kind.SLICE && all) {
            List<Iface> out = new ArrayList<>();
            Slice s = (Slice) r;
            for (int i = 0; s != null && i < s.len; i++) {
                out.add((Iface) ((Object[]) s.array)[s.off + i]);
            }
            return out;
        }
        return List.of();
    }

    static boolean is(GState g, Iface err, Iface target) {
        if (err == null || target == null) {
            return err == target;
        }
        boolean comparable = target.type().comparable();
        return isWalk(g, err, target, comparable);
    }

    private static boolean isWalk(GState g, Iface err, Iface target, boolean comparable) {
        while (err != null) {
            if (comparable && err.type() == target.type() && Values.equal(err.type(), err.value(), target.value())) {
                return true;
            }
            MethodTable.Method m = err.type().methods.get("Is");
            if (m != null && m.signature().params().length == 1) {
                if ((Boolean) m.impl().call(g, new Object[] {err.value(), target})) {
                    return true;
                }
            }
            List<Iface> next = unwrap(g, err, true);
            if (next.size() > 1 || err.type() == JOIN_ERROR_PTR) {
                for (Iface e : next) {
                    if (isWalk(g, e, target, comparable)) {
                        return true;
                    }
                }
                return false;
            }
            err = next.isEmpty() ? null : next.getFirst();
        }
        return false;
    }

    static boolean as(GState g, Iface err, Iface target) {
        if (target == null || target.value() == null) {
            throw Panics.plain("errors: target must be a non-nil pointer");
        }
        RType pt = target.type();
        if (pt.kind() != Kind.POINTER) {
            throw Panics.plain("errors: target must be a non-nil pointer");
        }
        RType want = pt.elem();
        if (want.kind() != Kind.INTERFACE && want.methods.stringMethod("Error") == null) {
            throw Panics.plain("errors: *target must be interface or implement error");
        }
        return asWalk(g, err, target, want);
    }

    private static boolean asWalk(GState g, Iface err, Iface target, RType want) {
        while (err != null) {
            boolean assignable = want.isInterface() ? Ifaces.holds(err, want) : err.type() == want;
            if (assignable) {
                Object v = want.isInterface() ? err : Values.copy(want, err.value());
                if (want.kind().isAggregate()) {
                    Values.assign(want, target.value(), v);
                } else {
                    ((Ref) target.value()).store(v);
                }
                return true;
            }
            MethodTable.Method m = err.type().methods.get("As");
            if (m != null && m.signature().params().length == 1) {
                if ((Boolean) m.impl().call(g, new Object[] {err.value(), target})) {
                    return true;
                }
            }
            List<Iface> next = unwrap(g, err, true);
            if (next.size() > 1 || err.type() == JOIN_ERROR_PTR) {
                for (Iface e : next) {
                    if (asWalk(g, e, target, want)) {
                        return true;
                    }
                }
                return false;
            }
            err = next.isEmpty() ? null : next.getFirst();
        }
        return false;
    }
}
