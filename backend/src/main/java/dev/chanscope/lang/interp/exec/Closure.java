package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.GState;

/**
 * A function value made from compiled code: a declared function (no environment) or a function
 * literal with the cells and aggregates it captured.
 */
public final class Closure extends Func {

    public final FuncCode code;
    final Object[] env;

    public Closure(FuncCode code, Object[] env) {
        this.code = code;
        this.env = env;
    }

    /** A new frame for a call, with the captured variables in place. */
    public Frame frame(GState g) {
        Frame f = new Frame(code, g);
        int[] slots = code.envSlots;
        for (int i = 0; i < slots.length; i++) {
            f.o[slots[i]] = env[i];
        }
        return f;
    }

    @Override
    public String name() {
        return code.goroutineName;
    }

    @Override
    public Object call(GState g, Object[] args) {
        Frame f = frame(g);
        code.bindBoxed(f, args);
        code.run(f);
        return code.boxedResult(f);
    }
}
