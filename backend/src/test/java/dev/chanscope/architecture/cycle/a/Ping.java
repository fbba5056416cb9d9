package dev.chanscope.architecture.cycle.a;

import dev.chanscope.architecture.cycle.b.Pong;

/** Half of a package cycle, for {@code ArchitectureTest} to show its rule finds one. */
public final class Ping {
    public Pong answer() {
        return new Pong();
    }
}
