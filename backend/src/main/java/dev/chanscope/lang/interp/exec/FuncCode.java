package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.Cell;
import dev.chanscope.lang.interp.rt.GState;
import dev.chanscope.lang.interp.rt.PanicException;
import dev.chanscope.lang.interp.rt.RType;

/**
 * A compiled Go function: its frame layout, how arguments are bound into slots, its body, and how
 * results leave it. Shared by every run of the program (nothing here changes while running).
 */
public final class FuncCode {

    /**
     * A parameter's slot ({@code slot < 0}: unnamed or blank, dropped); {@code cell}: it is captured or
     * its address is taken, so it lives in a Cell in the Object slot.
     */
    public record Param(Rep rep, int slot, boolean cell, RType type) {}

    /** "main.worker", "main.main.func1", "main.(*T).Run": as Go's tracebacks name functions. */
    public final String name;
    /** The name a goroutine started with this function gets: "worker", "func1", "Run". */
    public final String goroutineName;

    public final int line;

    public int longSlots;
    public int refSlots;
    public Param[] params = new Param[0];
    /** Where the captured variables of a closure go, in the order of its environment. */
    public int[] envSlots = new int[0];

    public St body;
    public boolean hasDefer;
    /** For named results: copies them into the frame's result fields after deferred calls ran. */
    public St collectResults;

    public Rep[] resultReps = new Rep[0];

    public FuncCode(String name, String goroutineName, int line) {
        this.name = name;
        this.goroutineName = goroutineName;
        this.line = line;
    }

    /** Runs the body in {@code cf} (arguments already bound), with Go's defer, panic and depth rules. */
    public void run(Frame cf) {
        GState g = cf.g;
        if (++g.depth > g.m.limits.maxDepth()) {
            g.depth--;
            throw Stacks.overflow(g);
        }
        if ((g.depth & Stacks.YIELD_EVERY) == 0) {
            Stacks.settle(g);
        }
        try {
            if (!hasDefer) {
                try {
                    body.exec(cf);
                } catch (PanicException e) {
                    if (e.frame == null) {
                        e.frame = cf;
                    }
                    throw e;
                }
            } else {
                PanicException p = null;
                try {
                    body.exec(cf);
                } catch (PanicException e) {
                    if (e.frame == null) {
                        e.frame = cf;
                    }
                    p = e;
                    Defers.link(g, e);
                }
                Defers.run(cf, p);
            }
            if (collectResults != null) {
                collectResults.exec(cf);
            }
        } finally {
            g.depth--;
        }
    }

    /** Binds boxed arguments (variadic ones already packed into a slice) into a new frame's slots. */
    public void bindBoxed(Frame f, Object[] args) {
        for (int i = 0; i < params.length; i++) {
            Param p = params[i];
            if (p.slot() < 0) {
                continue;
            }
            Object v = args[i];
            if (p.cell()) {
                Cell c = Cell.of(p.type());
                c.store(v);
                f.o[p.slot()] = c;
            } else if (p.rep() == Rep.REF) {
                f.o[p.slot()] = v;
            } else {
                f.l[p.slot()] = p.rep().toBits(v);
            }
        }
    }

    /** The results of a finished call, boxed: null, the single value, or an Object[]. */
    public Object boxedResult(Frame f) {
        if (resultReps.length == 0) {
            return null;
        }
        if (resultReps.length == 1) {
            Rep r = resultReps[0];
            return r == Rep.REF ? f.ret : r.fromBits(f.retL);
        }
        return f.ret;
    }

    @Override
    public String toString() {
        return name;
    }
}
