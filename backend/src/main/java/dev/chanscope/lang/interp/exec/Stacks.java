package dev.chanscope.lang.interp.exec;

import dev.chanscope.engine.GoFatal;
import dev.chanscope.lang.interp.rt.GState;

/**
 * Go's stack overflow. Go grows a goroutine's stack up to 1 GB; the interpreter bounds the number of
 * nested calls instead (its Java stack must hold them), and reports reaching that bound as Go reports
 * a stack overflow: a fatal error, which no recover stops.
 */
final class Stacks {

    static final String EXCEEDS = "runtime: goroutine stack exceeds 1000000000-byte limit\n";

    /**
     * A goroutine yields whenever its call depth reaches a multiple of this plus one, so the JDK saves
     * a deep Java stack to the heap in small pieces: saving it all at once at the next yield would
     * need one object larger than the garbage collector allows ("Humongous stack chunk").
     */
    static final int YIELD_EVERY = 127;

    private Stacks() {}

    /** Yields (charging the work done so far) so the frames pushed since the last yield are saved. */
    static void settle(GState g) {
        g.budget--;
        g.charge(null);
    }

    static GoFatal overflow(GState g) {
        g.stackOverflow = true;
        return g.m.go.fatal("stack overflow", null);
    }
}
