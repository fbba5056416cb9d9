package dev.chanscope.lang.interp.rt;

import java.util.IdentityHashMap;

/**
 * Made-up but stable addresses for %p, %v of channels and functions, and the runtime's
 * "(main.T) 0xc000012345": each object gets the next address the first time one is asked for, so the
 * same run always prints the same numbers. Looked up by identity, never iterated.
 */
public final class Addresses {

    private static final long BASE = 0xc000010000L;

    private final IdentityHashMap<Object, Long> assigned = new IdentityHashMap<>();
    private long next = BASE;

    public long of(Object o) {
        if (o == null) {
            return 0;
        }
        Object key = o instanceof Ref.Located l ? l.container : o;
        long offset = o instanceof Ref.Located l ? 8L * l.index : 0;
        Long a = assigned.get(key);
        if (a == null) {
            a = next;
            next += 0x60;
            assigned.put(key, a);
        }
        return a + offset;
    }
}
