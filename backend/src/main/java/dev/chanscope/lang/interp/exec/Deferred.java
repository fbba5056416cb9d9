package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Panics;

/** The defer statement: the function value and arguments are evaluated now, the call runs at exit. */
public final class Deferred extends St {

    final Ex fn;
    final Ex[] args;
    final String label;

    public Deferred(Ex fn, Ex[] args, String label) {
        this.fn = fn;
        this.args = args;
        this.label = label;
    }

    @Override
    public int exec(Frame f) {
        Object v = fn.eval(f);
        Object[] a = Calls.boxAll(f, args);
        Defers.push(f, (g, recoverable) -> invoke(g, v, a, recoverable, label));
        return NEXT;
    }

    static void invoke(GState g, Object v, Object[] args, boolean recoverable, String label) {
        if (v == null) {
            throw Panics.nilDeref();
        }
        if (v instanceof Closure c) {
            Frame cf = c.frame(g);
            cf.recoverable = recoverable;
            c.code.bindBoxed(cf, args);
            c.code.run(cf);
            return;
        }
        g.callLabel = label;
        ((Func) v).call(g, args);
    }

    /**
     * A deferred call the compiler could not split into a function and arguments (a builtin, a
     * conversion, f(g())): its operands are evaluated now; at exit they are put back in {@code slot}
     * for {@code call}, which reads them from there.
     */
    public static final class Captured extends St {
        final Ex[] operands;
        final int slot;
        final Ex call;

        public Captured(Ex[] operands, int slot, Ex call) {
            this.operands = operands;
            this.slot = slot;
            this.call = call;
        }

        @Override
        public int exec(Frame f) {
            Object[] values = Calls.boxAll(f, operands);
            Defers.push(f, (g, recoverable) -> {
                Object saved = f.o[slot];
                f.o[slot] = values;
                try {
                    call.eval(f);
                } finally {
                    f.o[slot] = saved;
                }
            });
            return NEXT;
        }
    }
}
