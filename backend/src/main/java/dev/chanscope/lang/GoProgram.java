package dev.chanscope.lang;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.Run;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunControl;
import dev.chanscope.engine.event.EventSink;
import dev.chanscope.lang.interp.Executable;
import dev.chanscope.lang.interp.rt.Limits;
import dev.chanscope.lang.interp.rt.Machine;

/**
 * A compiled Go program, ready to run any number of times: each run is a pure function of the
 * program, the engine's {@link RunConfig} (seed, GOMAXPROCS, limits, interventions) and the
 * interpreter's {@link Limits}.
 */
public final class GoProgram {

    private final Executable executable;
    private final String source;

    GoProgram(Executable executable, String source) {
        this.executable = executable;
        this.source = source;
    }

    public String source() {
        return source;
    }

    /** The source line a label of this program stands for (0 when none). */
    public int lineOf(String label) {
        return executable.lineOf(label);
    }

    /** Starts a run; advance it with {@link GoRun#advance} (on the run's own large-stack thread). */
    public GoRun start(RunConfig config, Limits limits, EventSink sink, RunControl control) {
        Machine m = new Machine(limits);
        return GoRun.start(() -> Engine.start(executable.program(m), config, sink, control), m);
    }

    /** Runs to the end and returns what the program printed and how it ended. */
    public GoResult run(RunConfig config, Limits limits, EventSink sink) {
        GoRun run = start(config, limits, sink, RunControl.withSystemClock());
        run.advance(Long.MAX_VALUE);
        return run.result();
    }

    public GoResult run(long seed) {
        return run(RunConfig.of(seed), Limits.DEFAULT, e -> {});
    }

    /**
     * This program as an engine {@link Program} that may be run any number of times, each run on a
     * fresh {@link Machine} bounded by {@code limits}: what a host that drives the engine itself (the
     * server's streams) runs. Its output reaches the host as output events only, and its exit status
     * as the engine result's {@code exitCode}.
     */
    public dev.chanscope.engine.Program engineProgram(Limits limits) {
        return new dev.chanscope.engine.Program() {
            @Override
            public void main(dev.chanscope.engine.Go go) {
                executable.program(new Machine(limits)).main(go);
            }

            @Override
            public int sourceLine(String label) {
                return executable.lineOf(label);
            }
        };
    }

    /** The engine Run behind a GoRun, for callers that drive it themselves. */
    static Run engineRun(GoRun run) {
        return run.engineRun();
    }
}
