package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Func;
import dev.chanscope.lang.interp.rt.Machine;

/** Goroutines the standard library starts (time.AfterFunc's function, errgroup's): named, reported. */
public final class GoroutineStarts {

    private GoroutineStarts() {}

    /** The body of a goroutine named {@code name} running {@code fn(args)} with Go's crash reports. */
    public static Runnable body(Machine m, String name, Func fn, Object[] args) {
        dev.chanscope.lang.interp.rt.GState g = new dev.chanscope.lang.interp.rt.GState(m, name);
        m.goroutines++;
        m.go.startRaceClocks();
        return () -> Goroutines.body(g, () -> fn.call(g, args));
    }

    /** {@code go fn(args)} from library code. */
    public static void go(Machine m, Func fn, Object[] args, String label) {
        Goroutines.start(m, fn, args, label);
    }
}
