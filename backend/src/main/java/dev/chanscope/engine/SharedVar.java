package dev.chanscope.engine;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;

/**
 * A plain variable shared between goroutines, with no synchronisation of its own: every read and write
 * is a scheduling point and is checked by the race detector. {@code v := x; x = v + 1} from two
 * goroutines loses updates under some schedules, exactly as in Go.
 */
public final class SharedVar extends SyncObject {

    private long value;

    /** Race-detector state of the variable. */
    final RaceCell race;

    SharedVar(Sim sim, String name, long initial, int label) {
        super(sim, ObjKind.VARIABLE, name, initial, 0, label);
        this.value = initial;
        this.race = new RaceCell(name);
        sim.detectors().activateRaces();
    }

    public long get(String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        sim.detectors().access(g, race, false, id, l);
        sim.emit(new Event.VarAccess(sim.seq(), sim.now(), g.id, id, false, value, l));
        return value;
    }

    public void set(long v, String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        sim.detectors().access(g, race, true, id, l);
        value = v;
        sim.emit(new Event.VarAccess(sim.seq(), sim.now(), g.id, id, true, value, l));
    }

    /** The value, read without a scheduling point or race check (for assertions after a run). */
    public long peek() {
        return value;
    }
}
