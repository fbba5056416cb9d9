package dev.chanscope.engine;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * What the detectors found: each finding goes on the wire as a {@code Diagnostic} event, and is kept
 * in full (every goroutine, object and label involved) for the run's result. Every message ends with
 * the seed that reproduces it.
 */
final class Findings {

    private final Sim sim;
    private final long seed;
    private final List<Finding> found = new ArrayList<>();

    Findings(Sim sim, long seed) {
        this.sim = sim;
        this.seed = seed;
    }

    /** Reports a finding; the first of each list is the primary goroutine, object and label. */
    void report(DiagnosticKind kind, String message, List<Integer> gs, List<Integer> objs, List<String> labels) {
        String withSeed = message + " (seed " + seed + ")";
        int g = gs.isEmpty() ? 0 : gs.getFirst();
        int obj = objs.isEmpty() ? 0 : objs.getFirst();
        int label = labels.isEmpty() ? 0 : sim.label(labels.getFirst());
        long seq = sim.seq();
        sim.emit(new Event.Diagnostic(seq, sim.now(), kind, g, obj, label, withSeed));
        // Recorded once emitted: a diagnostic a budget cut off is not a finding of the run.
        found.add(new Finding(
                kind, withSeed, List.copyOf(gs), List.copyOf(objs), List.copyOf(labels), seq, sim.now(), seed));
    }

    List<Finding> all() {
        return List.copyOf(found);
    }
}
