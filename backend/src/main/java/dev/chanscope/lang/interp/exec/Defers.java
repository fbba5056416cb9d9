package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.PanicException;

/**
 * Deferred calls and Go's panic rules. A function with {@code defer} runs its deferred calls, last
 * first, when it returns or when a panic passes through it. During a panic each deferred call runs
 * with the goroutine's {@link GState#panicking} set to that panic, and only the deferred function
 * itself ({@link Frame#recoverable}) may recover it; a panic raised by a deferred call replaces the
 * one in progress and remembers it, so the report reads "panic: a [recovered]\n\tpanic: b".
 */
public final class Defers {

    /** A deferred call, its function and arguments already evaluated. */
    public interface Call {
        void run(GState g, boolean recoverable);
    }

    static final class Entry {
        final Entry next;
        final Call call;

        Entry(Entry next, Call call) {
            this.next = next;
            this.call = call;
        }
    }

    private Defers() {}

    public static void push(Frame f, Call call) {
        f.defers = new Entry(f.defers, call);
    }

    /**
     * Remembers which panic was being handled when {@code p} began, the first time {@code p} is seen
     * (no deferred call runs between a panic's start and that moment, so the goroutine's state is
     * still as it was when it began).
     */
    public static void link(GState g, PanicException p) {
        if (!p.linked) {
            p.linked = true;
            p.previous = g.panicking != p ? g.panicking : null;
        }
    }

    /** Runs {@code f}'s deferred calls; rethrows the panic unless one of them recovered it. */
    static void run(Frame f, PanicException p) {
        GState g = f.g;
        while (f.defers != null) {
            Entry e = f.defers;
            f.defers = e.next;
            PanicException saved = g.panicking;
            if (p != null) {
                g.panicking = p;
            }
            try {
                e.call.run(g, p != null && !p.goexit);
            } catch (PanicException next) {
                link(g, next);
                p = next;
            } finally {
                g.panicking = saved;
            }
            if (p != null && p.recovered) {
                p = null;
            }
        }
        if (p != null) {
            throw p;
        }
    }
}
