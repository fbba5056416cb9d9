package dev.chanscope.lang.interp.exec;

import dev.chanscope.engine.event.Outcome;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.Machine;

/**
 * What Go prints when the run ends in a way the engine decided rather than the program: a global
 * deadlock (Go's fatal error, with the goroutine it reports), or a limit or cancellation (a line
 * saying which). Written to stderr and, as output events, to the stream before it closes. A panic's
 * report is written by the goroutine that died ({@link Goroutines}).
 */
public final class RunEnding {

    private RunEnding() {}

    public static void write(Machine m, Outcome how, String why) {
        if (how == Outcome.DEADLOCKED) {
            GState blocked = firstBlocked(m);
            if (blocked == null) {
                m.writeRuntime("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
            } else {
                m.writeRuntime("fatal error: all goroutines are asleep - deadlock!\n\n" + Report.blocked(blocked));
            }
        } else if ((how == Outcome.LIMIT_REACHED || how == Outcome.CANCELLED) && why != null) {
            m.writeRuntime("chanscope: " + why + "\n");
        }
    }

    /** The goroutine Go's deadlock report names: main, unless main called runtime.Goexit. */
    private static GState firstBlocked(Machine m) {
        if (!m.mainGoexited && m.main != null) {
            return m.main;
        }
        for (GState g : m.live) {
            if (g != m.main) {
                return g;
            }
        }
        return null;
    }
}
