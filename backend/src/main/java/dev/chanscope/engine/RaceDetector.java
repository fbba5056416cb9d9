package dev.chanscope.engine;

import dev.chanscope.engine.event.DiagnosticKind;
import java.util.List;

/**
 * Happens-before race detection, the way Go's -race reasons (a vector-clock variant of FastTrack).
 *
 * <p>Every goroutine carries a vector clock. A release (send, unlock, Done, close, go statement, atomic
 * store) joins the goroutine's clock into the object's and then ticks the goroutine's own entry; an
 * acquire (receive, lock, Wait returning, atomic load) joins the object's clock into the goroutine's.
 * Two accesses to a {@link RaceCell} (a {@link SharedVar}'s, or a location of an interpreted program), at
 * least one a write, by different goroutines race when neither
 * happens before the other: the earlier access's epoch is not covered by the later goroutine's clock.
 */
final class RaceDetector {

    private final Sim sim;
    private final boolean allowed;

    /**
     * Clocks are kept only once the program has a shared variable. That loses nothing: for two accesses
     * made after the variable exists, only synchronisation after the first of them can order them, so
     * clocks started fresh when the variable is made decide exactly as clocks kept from the start. It
     * spares programs without shared variables (most of the library) all clock work, which otherwise
     * grows with the number of goroutines.
     */
    private boolean enabled;

    RaceDetector(Sim sim, boolean allowed) {
        this.sim = sim;
        this.allowed = allowed;
    }

    /** A shared variable was made: start clocks now (each live goroutine knows only itself). */
    void activate() {
        if (enabled || !allowed) {
            return;
        }
        enabled = true;
        for (Goroutine g : sim.registry().goroutines()) {
            if (g != null && g.state != Goroutine.State.DONE) {
                g.clock = new VectorClock();
                g.clock.tick(g.id);
            }
        }
    }

    void spawned(Goroutine parent, Goroutine child) {
        if (!enabled) {
            return;
        }
        child.clock = parent == null || parent.clock == null ? new VectorClock() : parent.clock.copy();
        child.clock.tick(child.id);
        if (parent != null && parent.clock != null) {
            parent.clock.tick(parent.id);
        }
    }

    void release(Goroutine g, ClockCell cell) {
        if (!enabled || g == null) {
            return;
        }
        if (cell.clock == null) {
            cell.clock = new VectorClock();
        }
        cell.clock.join(g.clock);
        g.clock.tick(g.id);
    }

    void acquire(Goroutine g, ClockCell cell) {
        if (enabled && g != null && cell.clock != null) {
            g.clock.join(cell.clock);
        }
    }

    /** An unbuffered handoff synchronises both goroutines with each other. */
    void handoff(Goroutine from, Goroutine to) {
        if (!enabled) {
            return;
        }
        from.clock.join(to.clock); // from := max(from, to)
        to.clock.join(from.clock); // to := max(from, to), with no temporary copy
        from.clock.tick(from.id);
        to.clock.tick(to.id);
    }

    boolean enabled() {
        return enabled;
    }

    /** Checks a read; true when it races with the last write. */
    boolean read(Goroutine g, RaceCell v, int obj, int label) {
        if (!enabled || g.clock == null) {
            return false;
        }
        boolean race = false;
        if (v.writer != 0 && v.writer != g.id && v.writeEpoch > g.clock.get(v.writer)) {
            report(v, obj, v.writer, v.writeLabel, true, g, label, false);
            race = true;
        }
        v.recordRead(g.id, g.clock.get(g.id), label);
        return race;
    }

    /** Checks a write; returns 2 when it races with the last write, 1 with a read only, else 0. */
    int write(Goroutine g, RaceCell v, int obj, int label) {
        if (!enabled || g.clock == null) {
            return 0;
        }
        int race = 0;
        if (v.writer != 0 && v.writer != g.id && v.writeEpoch > g.clock.get(v.writer)) {
            report(v, obj, v.writer, v.writeLabel, true, g, label, true);
            race = 2;
        }
        for (int i = 0; i < v.readCount; i++) {
            int reader = v.readers[i];
            if (reader != g.id && v.readEpochs[i] > g.clock.get(reader)) {
                report(v, obj, reader, v.readLabels[i], false, g, label, true);
                race = Math.max(race, 1);
            }
        }
        v.recordWrite(g.id, g.clock.get(g.id), label);
        return race;
    }

    private void report(
            RaceCell v,
            int obj,
            int earlierG,
            int earlierLabel,
            boolean earlierWrite,
            Goroutine g,
            int label,
            boolean write) {
        long key = (long) Math.min(earlierLabel, label) << 32 | Math.max(earlierLabel, label);
        if (!v.reported.add(key)) {
            return;
        }
        Goroutine other = sim.registry().goroutines().get(earlierG);
        String message = "data race on " + v.name + ": " + access(write) + " by " + g.describe() + " at " + quote(label)
                + " and earlier " + access(earlierWrite) + " by " + other.describe() + " at " + quote(earlierLabel)
                + " are not ordered by any synchronisation";
        sim.report(
                DiagnosticKind.RACE,
                message,
                List.of(g.id, other.id),
                obj == 0 ? List.of() : List.of(obj),
                labels(label, earlierLabel));
    }

    private List<String> labels(int a, int b) {
        String ta = sim.labelText(a);
        String tb = sim.labelText(b);
        if (ta == null || tb == null) {
            return ta != null ? List.of(ta) : tb != null ? List.of(tb) : List.of();
        }
        return List.of(ta, tb);
    }

    private String quote(int label) {
        String t = sim.labelText(label);
        return t == null ? "an unlabelled line" : "`" + t + "`";
    }

    private static String access(boolean write) {
        return write ? "write" : "read";
    }
}
