package dev.chanscope.engine;

import dev.chanscope.engine.event.EventSink;

/**
 * A run in progress. It owns no thread: whoever calls {@link #advance} executes the simulation on its
 * own thread until the requested number of events exists, which is how a streaming server simulates
 * only as far ahead as its client has room for. One thread at a time may advance a run.
 */
public final class Run {

    private final Sim sim;

    Run(Program program, RunConfig config, EventSink sink, RunControl control) {
        this(program, config, sink, control, new Randomness(config.seed()));
    }

    /** A run whose choices come from {@code randomness} (a recording, or a replay of one). */
    Run(Program program, RunConfig config, EventSink sink, RunControl control, Randomness randomness) {
        this.sim = new Sim(config, sink, control, randomness);
        Go go = new Go(sim);
        sim.startMain(program, go);
    }

    /** Simulates until at least {@code events} events exist or the run ends; true while it goes on. */
    public boolean advance(long events) {
        return sim.advance(events);
    }

    /** Simulates to the end. */
    public RunResult runToEnd() {
        sim.advance(Long.MAX_VALUE);
        return sim.result();
    }

    public boolean isOver() {
        return sim.isOver();
    }

    /** Events emitted so far. */
    public long events() {
        return sim.seq();
    }

    /** The result so far (final once {@link #isOver}). */
    public RunResult result() {
        return sim.result();
    }
}
