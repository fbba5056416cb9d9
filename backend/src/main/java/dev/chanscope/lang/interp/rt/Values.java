package dev.chanscope.lang.interp.rt;

/**
 * Type-directed operations on boxed values: zero values, copying and in-place assignment of
 * aggregates (Go's value semantics), and Go's == and hashing (NaN ≠ NaN, +0 == -0, structs and arrays
 * by element, interfaces by dynamic type then value, pointers and channels by identity).
 */
public final class Values {

    private static final Long ZERO_LONG = 0L;
    private static final Double ZERO_DOUBLE = 0.0;

    private Values() {}

    /** The zero value of {@code t}; aggregates are new objects. */
    public static Object zero(RType t) {
        return switch (t.kind()) {
            case STRUCT -> {
                RType.Field[] fs = t.fields();
                Object[] f = new Object[fs.length];
                for (int i = 0; i < fs.length; i++) {
                    f[i] = zero(fs[i].type());
                }
                yield new StructVal(t, f);
            }
            case ARRAY -> Arrays.make(t.elem(), Math.toIntExact(t.len()));
            default -> zeroShared(t);
        };
    }

    /** The zero value of a non-aggregate type (immutable, so it may be shared); null for aggregates. */
    public static Object zeroShared(RType t) {
        Kind k = t.kind();
        if (k.isInteger()) {
            return ZERO_LONG;
        }
        return switch (k) {
            case FLOAT32, FLOAT64 -> ZERO_DOUBLE;
            case BOOL -> Boolean.FALSE;
            case STRING -> "";
            default -> null;
        };
    }

    /** A copy of {@code v} that a new location may own: aggregates are copied, everything else shared. */
    public static Object copy(RType t, Object v) {
        if (v == null && t.kind().isAggregate()) {
            // A struct{} the engine made (a context's Done channel carries nulls).
            return zero(t);
        }
        return switch (t.kind()) {
            case STRUCT -> {
                StructVal s = (StructVal) v;
                RType.Field[] fs = t.fields();
                Object[] f = s.f.clone();
                for (int i = 0; i < f.length; i++) {
                    if (fs[i].type().kind().isAggregate()) {
                        f[i] = copy(fs[i].type(), f[i]);
                    }
                }
                yield new StructVal(s.type, f);
            }
            case ARRAY -> Arrays.copy(v, t.elem());
            default -> v;
        };
    }

    /** {@code *dst = src} for an aggregate: overwrites dst's contents so pointers to dst see it. */
    public static void assign(RType t, Object dst, Object src) {
        if (dst == src) {
            return;
        }
        if (t.kind() == Kind.STRUCT) {
            StructVal d = (StructVal) dst;
            StructVal s = (StructVal) src;
            RType.Field[] fs = t.fields();
            for (int i = 0; i < fs.length; i++) {
                RType ft = fs[i].type();
                if (ft.kind().isAggregate()) {
                    assign(ft, d.f[i], s.f[i]);
                } else {
                    d.f[i] = s.f[i];
                }
            }
        } else {
            Arrays.move(src, 0, dst, 0, Arrays.length(src), t.elem());
        }
    }

    /** {@code *p} for a non-nil pointer of type {@code ptr}: the aggregate itself, or what the Ref holds. */
    public static Object deref(RType ptr, Object p) {
        return ptr.elem().kind().isAggregate() ? p : ((Ref) p).load();
    }

    /** Go's {@code a == b} for two values of type {@code t} (which must be comparable, or an interface). */
    public static boolean equal(RType t, Object a, Object b) {
        Kind k = t.kind();
        if (k.isInteger() || k == Kind.BOOL || k == Kind.STRING) {
            return a.equals(b);
        }
        return switch (k) {
            case FLOAT32, FLOAT64 -> (Double) a == (double) (Double) b;
            case INTERFACE -> ifaceEqual((Iface) a, (Iface) b);
            case STRUCT -> {
                StructVal x = (StructVal) a;
                StructVal y = (StructVal) b;
                RType.Field[] fs = t.fields();
                for (int i = 0; i < fs.length; i++) {
                    if (!equal(fs[i].type(), x.f[i], y.f[i])) {
                        yield false;
                    }
                }
                yield true;
            }
            case ARRAY -> {
                int n = Arrays.length(a);
                for (int i = 0; i < n; i++) {
                    if (!equal(t.elem(), Arrays.get(a, i, t.elem()), Arrays.get(b, i, t.elem()))) {
                        yield false;
                    }
                }
                yield true;
            }
            case POINTER -> a == b || (a instanceof Ref && a.equals(b));
            case SLICE, MAP, FUNC -> {
                if (a == null && b == null) {
                    yield true;
                }
                throw Panics.uncomparable(t);
            }
            default -> a == b;
        };
    }

    public static boolean ifaceEqual(Iface a, Iface b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.type() != b.type()) {
            return false;
        }
        if (!a.type().comparable()) {
            throw Panics.uncomparable(a.type());
        }
        return equal(a.type(), a.value(), b.value());
    }

    /** A hash consistent with {@link #equal}; panics for an interface holding an unhashable type. */
    public static int hash(RType t, Object v) {
        Kind k = t.kind();
        if (k.isInteger() || k == Kind.BOOL || k == Kind.STRING) {
            return v.hashCode();
        }
        return switch (k) {
            case FLOAT32, FLOAT64 -> {
                double d = (Double) v;
                yield d == 0 ? 0 : Double.hashCode(d);
            }
            case INTERFACE -> {
                Iface i = (Iface) v;
                if (i == null) {
                    yield 0;
                }
                if (!i.type().comparable()) {
                    throw Panics.unhashable(i.type());
                }
                yield i.type().hashCode() * 31 + hash(i.type(), i.value());
            }
            case STRUCT -> {
                StructVal s = (StructVal) v;
                int h = 1;
                RType.Field[] fs = t.fields();
                for (int i = 0; i < fs.length; i++) {
                    h = h * 31 + hash(fs[i].type(), s.f[i]);
                }
                yield h;
            }
            case ARRAY -> {
                int h = 1;
                int n = Arrays.length(v);
                for (int i = 0; i < n; i++) {
                    h = h * 31 + hash(t.elem(), Arrays.get(v, i, t.elem()));
                }
                yield h;
            }
            case POINTER -> v instanceof Ref ? v.hashCode() : System.identityHashCode(v);
            default -> System.identityHashCode(v);
        };
    }
}
