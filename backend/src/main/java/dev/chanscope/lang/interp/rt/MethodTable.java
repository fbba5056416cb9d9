package dev.chanscope.lang.interp.rt;

import java.util.HashMap;
import java.util.Map;

/**
 * The method set of a type as stored in an interface: each entry takes the receiver (a value of exactly
 * this type) as its first argument and does whatever embedding and pointer indirection the method's
 * declaration needs. Only looked up by name, never iterated, so hashing cannot leak into a run.
 */
public final class MethodTable {

    /** A method: its signature (a func type without the receiver) and implementation. */
    public record Method(String name, RType signature, Func impl) {}

    private final Map<String, Method> byName = new HashMap<>();

    public void put(String name, RType signature, Func f) {
        byName.put(name, new Method(name, signature, f));
    }

    /** The method, or null when the type has none of that name. */
    public Method get(String name) {
        return byName.get(name);
    }

    /** The implementation of a method with no parameters returning one string (Error, String), or null. */
    public Func stringMethod(String name) {
        Method m = byName.get(name);
        if (m == null) {
            return null;
        }
        RType sig = m.signature();
        if (sig == null
                || (sig.params().length == 0 && sig.results().length == 1 && sig.results()[0] == Types.STRING)) {
            return m.impl();
        }
        return null;
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }
}
