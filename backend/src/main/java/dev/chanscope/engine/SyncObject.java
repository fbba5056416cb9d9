package dev.chanscope.engine;

import dev.chanscope.engine.event.ObjKind;

/**
 * Base of every named object a program makes (channels, locks, wait groups, contexts, timers, …):
 * its id on the wire, its name, and the clock that carries happens-before edges through it.
 */
public abstract class SyncObject {

    final Sim sim;
    final int id;
    final String name;
    final ObjKind kind;

    /** Clocks released through this object (race detector). */
    final ClockCell hb = new ClockCell();

    SyncObject(Sim sim, ObjKind kind, String name, long arg, int parent, int label) {
        this.sim = sim;
        this.kind = kind;
        this.name = name;
        this.id = sim.defineObject(this, kind, name, arg, parent, label);
    }

    /** A nil object (a nil channel): no id, never defined on the wire. */
    SyncObject(Sim sim, ObjKind kind) {
        this.sim = sim;
        this.kind = kind;
        this.name = "nil";
        this.id = 0;
    }

    public String name() {
        return name;
    }

    public int id() {
        return id;
    }

    @Override
    public String toString() {
        return kind.wireName() + " " + name;
    }
}
