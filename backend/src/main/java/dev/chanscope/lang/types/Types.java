package dev.chanscope.lang.types;

import java.util.List;

/** Predicates on types, after go/types' predicates.go: identity, kinds, comparability, default types. */
public final class Types {

    private Types() {}

    private static BasicKind kind(Type t) {
        return t != null && t.underlying() instanceof Basic b ? b.kind() : null;
    }

    public static boolean isBoolean(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isBoolean();
    }

    public static boolean isInteger(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isInteger();
    }

    public static boolean isUnsigned(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isUnsigned();
    }

    public static boolean isFloat(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isFloat();
    }

    public static boolean isComplex(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isComplex();
    }

    public static boolean isNumeric(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isNumeric();
    }

    public static boolean isString(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isString();
    }

    public static boolean isOrdered(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isOrdered();
    }

    public static boolean isConstType(Type t) {
        BasicKind k = kind(t);
        return k != null && k.isConstType();
    }

    /** An untyped basic type (the type of an untyped constant, untyped bool result, or nil). */
    public static boolean isUntyped(Type t) {
        return t instanceof Basic b && b.kind().isUntyped();
    }

    public static boolean isTyped(Type t) {
        return !isUntyped(t);
    }

    public static boolean isInterface(Type t) {
        return t != null && !(t instanceof TypeParam) && t.underlying() instanceof Interface;
    }

    public static boolean isInvalid(Type t) {
        return t == null || t == Typ.INVALID;
    }

    /**
     * Whether {@code t} is invalid or is built from an invalid type ({@code []T} where {@code T} had an
     * error, or the signature of a function whose declaration was refused). An error about such a type
     * would only repeat the one already reported where it became invalid, so checks stay silent on it,
     * as go/types does. Named types are not entered: their errors are reported where they are declared.
     */
    public static boolean hasInvalid(Type t) {
        return switch (t) {
            case null -> true;
            case Slice s -> hasInvalid(s.elem());
            case Array a -> hasInvalid(a.elem());
            case Pointer p -> hasInvalid(p.elem());
            case Chan c -> hasInvalid(c.elem());
            case MapType m -> hasInvalid(m.key()) || hasInvalid(m.elem());
            case Tuple tuple -> tuple.vars().stream().anyMatch(v -> hasInvalid(v.type()));
            case Signature sig ->
                (sig.params() != null && hasInvalid(sig.params()))
                        || (sig.results() != null && hasInvalid(sig.results()));
            default -> t == Typ.INVALID;
        };
    }

    /** Whether a value of type {@code t} can be nil. */
    public static boolean hasNil(Type t) {
        return switch (t.underlying()) {
            case Pointer p -> true;
            case Slice s -> true;
            case MapType m -> true;
            case Chan c -> true;
            case Signature s -> true;
            case Interface i -> !(t instanceof TypeParam);
            default -> false;
        };
    }

    /** Whether {@code ==} is defined on values of type {@code t} (Go's "comparable"). */
    public static boolean comparable(Type t) {
        return comparable(t, 0);
    }

    private static boolean comparable(Type t, int depth) {
        if (depth > 100) {
            return true;
        }
        return switch (t.underlying()) {
            case Basic b -> b.kind() != BasicKind.UNTYPED_NIL;
            case Pointer p -> true;
            case Chan c -> true;
            case Interface i -> true;
            case Struct s -> s.fields().stream().allMatch(f -> comparable(f.type(), depth + 1));
            case Array a -> comparable(a.elem(), depth + 1);
            default -> false;
        };
    }

    /** The type an untyped constant gets where no other type is asked for. */
    public static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> Typ.BOOL;
                case UNTYPED_INT -> Typ.INT;
                case UNTYPED_RUNE -> Typ.RUNE;
                case UNTYPED_FLOAT -> Typ.FLOAT64;
                case UNTYPED_COMPLEX -> Typ.COMPLEX128;
                case UNTYPED_STRING -> Typ.STRING;
                default -> t;
            };
        }
        return t;
    }

    /** Go's type identity. */
    public static boolean identical(Type x, Type y) {
        return identical(x, y, null);
    }

    /** Identity ignoring struct tags (conversions allow it). */
    public static boolean identicalIgnoreTags(Type x, Type y) {
        IGNORE_TAGS.set(Boolean.TRUE);
        try {
            return identical(x, y, null);
        } finally {
            IGNORE_TAGS.remove();
        }
    }

    private static final ThreadLocal<Boolean> IGNORE_TAGS = new ThreadLocal<>();

    private record Pair(Type x, Type y, Pair next) {
        boolean contains(Type a, Type b) {
            for (Pair p = this; p != null; p = p.next) {
                if ((p.x == a && p.y == b) || (p.x == b && p.y == a)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean identical(Type x, Type y, Pair seen) {
        if (x == y) {
            return true;
        }
        if (x == null || y == null) {
            return false;
        }
        if (x instanceof Basic bx && y instanceof Basic by) {
            return bx.kind() == by.kind();
        }
        return switch (x) {
            case Pointer p -> y instanceof Pointer q && identical(p.elem(), q.elem(), seen);
            case Slice p -> y instanceof Slice q && identical(p.elem(), q.elem(), seen);
            case Array p -> y instanceof Array q && p.len() == q.len() && identical(p.elem(), q.elem(), seen);
            case MapType p ->
                y instanceof MapType q && identical(p.key(), q.key(), seen) && identical(p.elem(), q.elem(), seen);
            case Chan p -> y instanceof Chan q && p.dir() == q.dir() && identical(p.elem(), q.elem(), seen);
            case Tuple p -> y instanceof Tuple q && identicalVars(p.vars(), q.vars(), seen);
            case Signature p ->
                y instanceof Signature q
                        && p.typeParams().isEmpty()
                        && q.typeParams().isEmpty()
                        && p.variadic() == q.variadic()
                        && identicalVars(p.params().vars(), q.params().vars(), seen)
                        && identicalVars(p.results().vars(), q.results().vars(), seen);
            case Struct p -> y instanceof Struct q && identicalStructs(p, q, seen);
            case Interface p -> y instanceof Interface q && identicalInterfaces(p, q, seen);
            default -> false;
        };
    }

    private static boolean identicalVars(List<Var> a, List<Var> b, Pair seen) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!identical(a.get(i).type(), b.get(i).type(), seen)) {
                return false;
            }
        }
        return true;
    }

    private static boolean identicalStructs(Struct p, Struct q, Pair seen) {
        if (p.numFields() != q.numFields()) {
            return false;
        }
        for (int i = 0; i < p.numFields(); i++) {
            Var f = p.field(i);
            Var g = q.field(i);
            if (f.embedded() != g.embedded()
                    || (IGNORE_TAGS.get() == null && !p.tag(i).equals(q.tag(i)))
                    || !f.sameId(g.pkg(), g.name())
                    || !identical(f.type(), g.type(), seen)) {
                return false;
            }
        }
        return true;
    }

    private static boolean identicalInterfaces(Interface p, Interface q, Pair seen) {
        if (seen != null && seen.contains(p, q)) {
            return true;
        }
        Interface.TypeSet a = p.typeSet();
        Interface.TypeSet b = q.typeSet();
        if (a.comparable() != b.comparable() || a.allTypes() != b.allTypes()) {
            return false;
        }
        if (!a.allTypes() && !sameTerms(a.terms(), b.terms())) {
            return false;
        }
        if (a.methods().size() != b.methods().size()) {
            return false;
        }
        Pair next = new Pair(p, q, seen);
        for (int i = 0; i < a.methods().size(); i++) {
            Func f = a.methods().get(i);
            Func g = b.methods().get(i);
            if (!f.id().equals(g.id()) || !identical(f.type(), g.type(), next)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameTerms(List<Term> a, List<Term> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Term t : a) {
            if (b.stream().noneMatch(u -> u.tilde() == t.tilde() && identical(u.type(), t.type()))) {
                return false;
            }
        }
        return true;
    }

    /** Identity ignoring a channel's direction where one side is bidirectional (used by assignability). */
    static Type deref(Type t) {
        return t instanceof Pointer p ? p.elem() : t;
    }

    /** The core type of {@code t}: its underlying type, or for a type parameter the one type all its terms share. */
    public static Type coreType(Type t) {
        if (!(t instanceof TypeParam tp)) {
            return t.underlying();
        }
        Interface i = tp.iface();
        if (i == null || i.typeSet().allTypes()) {
            return null;
        }
        Type core = null;
        for (Term term : i.typeSet().terms()) {
            Type u = term.type().underlying();
            if (core == null) {
                core = u;
            } else if (!identical(core, u)) {
                return null;
            }
        }
        return core;
    }
}
