package dev.chanscope.lang.interp.rt;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes type descriptors so that identical types are the same object: the predeclared types are
 * constants shared by every program; unnamed composite types are interned per program by their
 * structure; every named type declaration gets a descriptor of its own.
 */
public final class Types {

    public static final RType BOOL = basic(Kind.BOOL);
    public static final RType INT = basic(Kind.INT);
    public static final RType INT8 = basic(Kind.INT8);
    public static final RType INT16 = basic(Kind.INT16);
    public static final RType INT32 = basic(Kind.INT32);
    public static final RType INT64 = basic(Kind.INT64);
    public static final RType UINT = basic(Kind.UINT);
    public static final RType UINT8 = basic(Kind.UINT8);
    public static final RType UINT16 = basic(Kind.UINT16);
    public static final RType UINT32 = basic(Kind.UINT32);
    public static final RType UINT64 = basic(Kind.UINT64);
    public static final RType UINTPTR = basic(Kind.UINTPTR);
    public static final RType FLOAT32 = basic(Kind.FLOAT32);
    public static final RType FLOAT64 = basic(Kind.FLOAT64);
    public static final RType COMPLEX64 = basic(Kind.COMPLEX64);
    public static final RType COMPLEX128 = basic(Kind.COMPLEX128);
    public static final RType STRING = basic(Kind.STRING);
    public static final RType UNSAFE_POINTER = basic(Kind.UNSAFE_POINTER);

    /** interface{} (and any). */
    public static final RType EMPTY_INTERFACE = new RType(Kind.INTERFACE, null, null, -1000);

    /** The predeclared error interface: {@code interface { Error() string }}. */
    public static final RType ERROR = new RType(Kind.INTERFACE, "", "error", -1001);

    static {
        RType sig = new RType(Kind.FUNC, null, null, -1002);
        sig.results = new RType[] {STRING};
        ERROR.imethods = new RType.IMethod[] {new RType.IMethod("Error", sig, null)};
    }

    private final Map<String, RType> interned = new HashMap<>();
    private int nextId = 1;

    private static RType basic(Kind k) {
        return new RType(k, "", k.goName(), -2 - k.ordinal());
    }

    /** The predeclared type of a kind (byte is uint8, rune is int32). */
    public static RType basicOf(Kind k) {
        return switch (k) {
            case BOOL -> BOOL;
            case INT -> INT;
            case INT8 -> INT8;
            case INT16 -> INT16;
            case INT32 -> INT32;
            case INT64 -> INT64;
            case UINT -> UINT;
            case UINT8 -> UINT8;
            case UINT16 -> UINT16;
            case UINT32 -> UINT32;
            case UINT64 -> UINT64;
            case UINTPTR -> UINTPTR;
            case FLOAT32 -> FLOAT32;
            case FLOAT64 -> FLOAT64;
            case COMPLEX64 -> COMPLEX64;
            case COMPLEX128 -> COMPLEX128;
            case STRING -> STRING;
            case UNSAFE_POINTER -> UNSAFE_POINTER;
            default -> throw new IllegalArgumentException("not a basic kind: " + k);
        };
    }

    /** A new named type declared in {@code pkg}; {@link RType#define} gives it its structure. */
    public RType named(String pkg, String name) {
        return new RType(Kind.INTERFACE, pkg, name, nextId++);
    }

    public RType pointer(RType elem) {
        return intern("*" + key(elem), () -> withElem(Kind.POINTER, elem));
    }

    public RType slice(RType elem) {
        return intern("[]" + key(elem), () -> withElem(Kind.SLICE, elem));
    }

    public RType array(long len, RType elem) {
        return intern("[" + len + "]" + key(elem), () -> {
            RType t = withElem(Kind.ARRAY, elem);
            t.len = len;
            return t;
        });
    }

    public RType map(RType k, RType v) {
        return intern("map[" + key(k) + "]" + key(v), () -> {
            RType t = withElem(Kind.MAP, v);
            t.key = k;
            return t;
        });
    }

    public RType chan(RType.ChanDir dir, RType elem) {
        return intern("chan" + dir.ordinal() + " " + key(elem), () -> {
            RType t = withElem(Kind.CHAN, elem);
            t.dir = dir;
            return t;
        });
    }

    public RType func(RType[] params, RType[] results, boolean variadic) {
        StringBuilder k = new StringBuilder("func(");
        for (RType p : params) {
            k.append(key(p)).append(',');
        }
        k.append(variadic ? "...)(" : ")(");
        for (RType r : results) {
            k.append(key(r)).append(',');
        }
        return intern(k.append(')').toString(), () -> {
            RType t = new RType(Kind.FUNC, null, null, nextId++);
            t.params = params.clone();
            t.results = results.clone();
            t.variadic = variadic;
            return t;
        });
    }

    public RType struct(RType.Field[] fields) {
        StringBuilder k = new StringBuilder("struct{");
        for (RType.Field f : fields) {
            k.append(f.embedded() ? "!" : "")
                    .append(f.name())
                    .append('@')
                    .append(f.pkg() == null ? "" : f.pkg())
                    .append(' ')
                    .append(key(f.type()))
                    .append(' ')
                    .append(f.tag() == null ? "" : Quote.string(f.tag(), true))
                    .append(';');
        }
        return intern(k.append('}').toString(), () -> {
            RType t = new RType(Kind.STRUCT, null, null, nextId++);
            t.fields = fields.clone();
            return t;
        });
    }

    /** An unnamed interface type; {@code methods} sorted by name. */
    public RType iface(RType.IMethod[] methods) {
        if (methods.length == 0) {
            return EMPTY_INTERFACE;
        }
        StringBuilder k = new StringBuilder("interface{");
        for (RType.IMethod m : methods) {
            k.append(m.name())
                    .append('@')
                    .append(m.pkg() == null ? "" : m.pkg())
                    .append(key(m.type()))
                    .append(';');
        }
        return intern(k.append('}').toString(), () -> {
            RType t = new RType(Kind.INTERFACE, null, null, nextId++);
            t.imethods = methods.clone();
            return t;
        });
    }

    private RType withElem(Kind kind, RType elem) {
        RType t = new RType(kind, null, null, nextId++);
        t.elem = elem;
        return t;
    }

    private RType intern(String k, java.util.function.Supplier<RType> make) {
        RType t = interned.get(k);
        if (t == null) {
            t = make.get();
            interned.put(k, t);
        }
        return t;
    }

    /** Component types are canonical objects, so their ids name them uniquely. */
    private static String key(RType t) {
        return "#" + t.id;
    }
}
