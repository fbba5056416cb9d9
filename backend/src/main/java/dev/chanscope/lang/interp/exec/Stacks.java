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

    private Stacks() {}

    static GoFatal overflow(GState g) {
        g.stackOverflow = true;
        return g.m.go.fatal("stack overflow", null);
    }
}
