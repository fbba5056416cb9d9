package dev.chanscope.engine;

import dev.chanscope.engine.event.EventSink;

/**
 * Entry point: {@code run(program, config) -> events}. The same program, config (seed, GOMAXPROCS,
 * limits, interventions) always yields the same event stream: a run is a pure function of its inputs.
 */
public final class Engine {

    private Engine() {}

    /** Prepares a run to be advanced step by step (see {@link Run#advance}). */
    public static Run start(Program program, RunConfig config, EventSink sink, RunControl control) {
        return new Run(program, config, sink, control);
    }

    /** Runs a program to its end, sending every event to {@code sink}. */
    public static RunResult run(Program program, RunConfig config, EventSink sink) {
        return start(program, config, sink, RunControl.withSystemClock()).runToEnd();
    }
}
