package dev.chanscope.architecture.cycle.b;

import dev.chanscope.architecture.cycle.a.Ping;

/** The other half of the package cycle. */
public final class Pong {
    public Ping answer() {
        return new Ping();
    }
}
