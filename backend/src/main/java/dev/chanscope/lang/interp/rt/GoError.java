package dev.chanscope.lang.interp.rt;

/**
 * Error types the runtime itself raises (runtime.boundsError, plainError, errorString,
 * *TypeAssertionError) and errors the standard library makes in Java (*errors.errorString and the
 * like). Each holds its Error() text as a Go string; these descriptors are shared by every program.
 */
public final class GoError {

    /** Ids of these shared descriptors, below every program's own (see Types). */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_ID =
            new java.util.concurrent.atomic.AtomicInteger(-3000);

    private static final RType STRING_FUNC = signature(Types.STRING);
    private static final RType VOID_FUNC = signature(null);

    public static final RType BOUNDS_ERROR = runtimeType("runtime", "boundsError", true);
    public static final RType PLAIN_ERROR = runtimeType("runtime", "plainError", true);
    public static final RType ERROR_STRING = runtimeType("runtime", "errorString", true);
    public static final RType TYPE_ASSERTION_ERROR = runtimeType("runtime", "TypeAssertionError", true);

    private GoError() {}

    private static RType signature(RType result) {
        RType t = new RType(Kind.FUNC, null, null, NEXT_ID.decrementAndGet());
        if (result != null) {
            t.results = new RType[] {result};
        }
        return t;
    }

    /** A named string type whose Error() returns the string, with RuntimeError() when asked. */
    public static RType runtimeType(String pkg, String name, boolean runtimeError) {
        RType t = new RType(Kind.STRING, pkg, name, NEXT_ID.decrementAndGet());
        t.define(Types.STRING);
        t.methods.put("Error", STRING_FUNC, new Func() {
            @Override
            public String name() {
                return pkg + "." + name + ".Error";
            }

            @Override
            public Object call(GState g, Object[] args) {
                return args[0];
            }
        });
        if (runtimeError) {
            t.methods.put("RuntimeError", VOID_FUNC, new Func() {
                @Override
                public String name() {
                    return pkg + "." + name + ".RuntimeError";
                }

                @Override
                public Object call(GState g, Object[] args) {
                    return null;
                }
            });
        }
        return t;
    }

    /** The Error() text of a value made by {@link #runtimeType}, or null for any other value. */
    public static String text(Iface v) {
        if (v != null && v.value() instanceof String s && v.type().id <= -3000) {
            return s;
        }
        return null;
    }
}
