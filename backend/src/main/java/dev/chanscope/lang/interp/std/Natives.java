package dev.chanscope.lang.interp.std;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * The Java implementations of std functions declared without a body, by their go/types full name
 * ({@code fmt.Println}, {@code (*sync.Mutex).Lock}, {@code (time.Duration).String}). A generic
 * function gets the types of its call site's instance, so {@code slices.Sort} knows how to compare.
 */
public final class Natives {

    /**
     * Where a native is used: the receiver type of a method (or null), the parameter and result types
     * of the (instantiated) signature, and the program's type registry for descriptors it needs.
     */
    public record Site(
            RType recv,
            RType[] params,
            RType[] results,
            boolean variadic,
            Types types,
            java.util.function.Function<String, RType> typeNamed,
            java.util.function.ToIntFunction<String> globalNamed) {

        /** The descriptor of a std type, by "path.Name" ("context.deadlineExceededError"). */
        public RType type(String qualified) {
            return typeNamed.apply(qualified);
        }

        /** The index among the run's globals of a std package variable ("context.Canceled"). */
        public int global(String qualified) {
            return globalNamed.applyAsInt(qualified);
        }
    }

    /** Makes the implementation for a site. */
    @FunctionalInterface
    public interface Factory {
        Func make(Site site);
    }

    private static final Map<String, Factory> REGISTRY = new HashMap<>();

    static {
        Registry r = new Registry(REGISTRY);
        FmtLib.register(r);
        ErrorsLib.register(r);
        SyncLib.register(r);
        AtomicLib.register(r);
        TimeLib.register(r);
        ContextLib.register(r);
        RuntimeLib.register(r);
        OsLib.register(r);
        IoLib.register(r);
        StringsLib.register(r);
        BytesLib.register(r);
        StrconvLib.register(r);
        SortLib.register(r);
        SlicesLib.register(r);
        MapsCmpLib.register(r);
        UnicodeLib.register(r);
        BufioLib.register(r);
        MathLib.register(r);
        RandLib.register(r);
        FlagLib.register(r);
    }

    private Natives() {}

    /** The implementation of {@code fullName} at {@code site}, or null when Chanscope has none. */
    public static Func find(String fullName, Site site) {
        Factory f = REGISTRY.get(fullName);
        return f == null ? null : f.make(site);
    }

    /** What each library class registers its natives through. */
    static final class Registry {
        private final Map<String, Factory> map;

        Registry(Map<String, Factory> map) {
            this.map = map;
        }

        /** A native whose implementation does not depend on the call site. */
        void fn(String name, Body body) {
            Func f = new Named(name, body);
            map.put(name, site -> f);
        }

        void factory(String name, Factory factory) {
            map.put(name, factory);
        }
    }

    /** A native's body: the goroutine calling and the boxed arguments; the result as Func.call's. */
    @FunctionalInterface
    interface Body {
        Object call(dev.chanscope.lang.interp.rt.GState g, Object[] args);
    }

    static final class Named extends Func {
        private final String name;
        private final Body body;

        Named(String name, Body body) {
            this.name = name;
            this.body = body;
        }

        @Override
        public String name() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name : name.substring(dot + 1);
        }

        @Override
        public Object call(dev.chanscope.lang.interp.rt.GState g, Object[] args) {
            return body.call(g, args);
        }
    }
}
