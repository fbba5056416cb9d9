package dev.chanscope.lang.interp.rt;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Type descriptors for values the standard library makes in Java (*errors.errorString,
 * *fmt.wrapError, context's implementations): unexported, so no program can name them, and shared
 * by every program. %T prints them as Go does.
 */
public final class NativeTypes {

    private static final AtomicInteger NEXT_ID = new AtomicInteger(-100_000);

    private NativeTypes() {}

    /** A named struct type {@code pkg.name} with the given fields (name and type, all unexported). */
    public static RType struct(String pkg, String name, Object... fieldsNameThenType) {
        RType.Field[] fields = new RType.Field[fieldsNameThenType.length / 2];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = new RType.Field(
                    (String) fieldsNameThenType[2 * i], (RType) fieldsNameThenType[2 * i + 1], false, null, pkg);
        }
        RType underlying = new RType(Kind.STRUCT, null, null, NEXT_ID.decrementAndGet());
        underlying.fields = fields;
        RType t = new RType(Kind.STRUCT, pkg, name, NEXT_ID.decrementAndGet());
        t.define(underlying);
        return t;
    }

    /** A named type with the structure of {@code underlying}. */
    public static RType named(String pkg, String name, RType underlying) {
        RType t = new RType(underlying.kind(), pkg, name, NEXT_ID.decrementAndGet());
        t.define(underlying);
        return t;
    }

    /** *elem, for a native type (programs' own pointer types come from their {@link Types}). */
    public static RType pointer(RType elem) {
        RType t = new RType(Kind.POINTER, null, null, NEXT_ID.decrementAndGet());
        t.elem = elem;
        return t;
    }

    /** map[key]elem, for a map the library keeps in Java. */
    public static RType map(RType key, RType elem) {
        RType t = new RType(Kind.MAP, null, null, NEXT_ID.decrementAndGet());
        t.key = key;
        t.elem = elem;
        return t;
    }

    /** func() string, the signature of Error and String methods. */
    public static final RType STRING_METHOD = signature(new RType[0], new RType[] {Types.STRING});

    public static RType signature(RType[] params, RType[] results) {
        RType t = new RType(Kind.FUNC, null, null, NEXT_ID.decrementAndGet());
        t.params = params;
        t.results = results;
        return t;
    }

    /** A method implemented in Java, for a native type's method table. */
    public static Func method(String name, java.util.function.BiFunction<GState, Object[], Object> body) {
        return new Func() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object call(GState g, Object[] args) {
                return body.apply(g, args);
            }
        };
    }
}
