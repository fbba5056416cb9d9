package dev.chanscope.lang.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Type argument inference for calls of generic std functions: unification of parameter types with
 * argument types (inexact where Go's is: a type literal unifies with a named type's underlying
 * type), then core-type inference from constraints such as {@code S ~[]E}, and substitution.
 */
final class Infer {

    private final List<TypeParam> params;
    final Type[] inferred;

    Infer(List<TypeParam> params) {
        this.params = params;
        this.inferred = new Type[params.size()];
    }

    private int indexOf(Type t) {
        if (t instanceof TypeParam tp) {
            for (int i = 0; i < params.size(); i++) {
                if (params.get(i) == tp) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Unifies parameter type {@code x} (may mention type parameters) with argument type {@code y}. */
    boolean unify(Type x, Type y) {
        return unify(x, y, 0);
    }

    private boolean unify(Type x, Type y, int depth) {
        if (depth > 64 || x == null || y == null) {
            return false;
        }
        int i = indexOf(x);
        if (i >= 0) {
            if (inferred[i] == null) {
                inferred[i] = y;
                return true;
            }
            if (Types.identical(inferred[i], y)) {
                return true;
            }
            // inexact: a named type and a literal type with the same underlying type unify; keep the named one
            if (!(inferred[i] instanceof Named) && y instanceof Named && Types.identical(inferred[i], y.underlying())) {
                inferred[i] = y;
                return true;
            }
            return inferred[i] instanceof Named
                    && !(y instanceof Named)
                    && Types.identical(inferred[i].underlying(), y);
        }
        if (!mentionsParams(x)) {
            return Types.identical(x, y) || !(x instanceof Named) && Types.identical(x, y.underlying());
        }
        if (y instanceof Named && !(x instanceof Named)) {
            y = y.underlying();
        }
        return switch (x) {
            case Pointer p -> y instanceof Pointer q && unify(p.elem(), q.elem(), depth + 1);
            case Slice p -> y instanceof Slice q && unify(p.elem(), q.elem(), depth + 1);
            case Array p -> y instanceof Array q && p.len() == q.len() && unify(p.elem(), q.elem(), depth + 1);
            case MapType p ->
                y instanceof MapType q && unify(p.key(), q.key(), depth + 1) && unify(p.elem(), q.elem(), depth + 1);
            case Chan p ->
                y instanceof Chan q
                        && (p.dir() == q.dir() || q.dir() == dev.chanscope.lang.syntax.ChanDir.BOTH)
                        && unify(p.elem(), q.elem(), depth + 1);
            case Signature p ->
                y instanceof Signature q
                        && p.variadic() == q.variadic()
                        && unifyVars(p.params().vars(), q.params().vars(), depth)
                        && unifyVars(p.results().vars(), q.results().vars(), depth);
            default -> false;
        };
    }

    private boolean unifyVars(List<Var> a, List<Var> b, int depth) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!unify(a.get(i).type(), b.get(i).type(), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    boolean mentionsParams(Type t) {
        return mentions(t, 0);
    }

    private boolean mentions(Type t, int depth) {
        if (depth > 64 || t == null) {
            return false;
        }
        return switch (t) {
            case TypeParam tp -> indexOf(tp) >= 0;
            case Pointer p -> mentions(p.elem(), depth + 1);
            case Slice p -> mentions(p.elem(), depth + 1);
            case Array p -> mentions(p.elem(), depth + 1);
            case MapType p -> mentions(p.key(), depth + 1) || mentions(p.elem(), depth + 1);
            case Chan p -> mentions(p.elem(), depth + 1);
            case Signature p ->
                p.params().vars().stream().anyMatch(v -> mentions(v.type(), depth + 1))
                        || p.results().vars().stream().anyMatch(v -> mentions(v.type(), depth + 1));
            case Tuple p -> p.vars().stream().anyMatch(v -> mentions(v.type(), depth + 1));
            default -> false;
        };
    }

    /** Uses constraints with a core type ({@code S ~[]E}) to infer or check type arguments; false on a mismatch. */
    boolean coreTypes() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = 0; i < params.size(); i++) {
                Interface c = params.get(i).iface();
                if (c == null || c.typeSet().allTypes() || c.typeSet().terms().size() != 1) {
                    continue;
                }
                Term core = c.typeSet().terms().getFirst();
                if (inferred[i] != null) {
                    Type[] before = inferred.clone();
                    if (!unify(core.type(), core.tilde() ? inferred[i].underlying() : inferred[i])) {
                        return false;
                    }
                    progress |= changed(before);
                } else if (!core.tilde() || allKnown(core.type())) {
                    Type t = subst(core.type());
                    if (!mentionsParams(t)) {
                        inferred[i] = t;
                        progress = true;
                    }
                }
            }
        }
        return true;
    }

    private boolean allKnown(Type t) {
        return !mentionsParams(subst(t));
    }

    private boolean changed(Type[] before) {
        for (int i = 0; i < before.length; i++) {
            if (before[i] != inferred[i]) {
                return true;
            }
        }
        return false;
    }

    /** {@code t} with every inferred type parameter replaced by its argument. */
    Type subst(Type t) {
        return subst(t, 0);
    }

    private Type subst(Type t, int depth) {
        if (t == null || depth > 64 || !mentions(t, 0)) {
            return t;
        }
        return switch (t) {
            case TypeParam tp -> inferred[indexOf(tp)] != null ? inferred[indexOf(tp)] : tp;
            case Pointer p -> new Pointer(subst(p.elem(), depth + 1));
            case Slice p -> new Slice(subst(p.elem(), depth + 1));
            case Array p -> new Array(p.len(), subst(p.elem(), depth + 1));
            case MapType p -> new MapType(subst(p.key(), depth + 1), subst(p.elem(), depth + 1));
            case Chan p -> new Chan(p.dir(), subst(p.elem(), depth + 1));
            case Signature p ->
                new Signature(
                        p.recv(),
                        substTuple(p.params(), depth),
                        substTuple(p.results(), depth),
                        p.variadic(),
                        List.of());
            case Tuple p -> substTuple(p, depth);
            default -> t;
        };
    }

    Tuple substTuple(Tuple t, int depth) {
        List<Var> vars = new ArrayList<>();
        for (Var v : t.vars()) {
            vars.add(new Var(v.pos(), v.pkg(), v.name(), subst(v.type(), depth + 1), v.kind(), false));
        }
        return new Tuple(vars);
    }
}
