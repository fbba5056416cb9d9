package dev.chanscope.engine;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import java.util.function.Supplier;

/**
 * golang.org/x/sync/errgroup.Group: Go runs a function returning an error (here: an error message or
 * null) in a new goroutine; Wait waits for all of them and returns the first error. A group made with
 * a context cancels it on the first error, so siblings can stop early; SetLimit bounds how many run at
 * once (Go then blocks the caller until a slot frees).
 */
public final class ErrGroup extends SyncObject {

    private final WaitGroup wg;
    private final Context ctx;
    private Chan<Void> slots;
    private String firstError;

    ErrGroup(Sim sim, String name, Context ctx, int label) {
        super(sim, ObjKind.ERRGROUP, name, 0, ctx == null ? 0 : ctx.id, label);
        this.ctx = ctx;
        this.wg = new WaitGroup(sim, name + ".wg", id, label);
    }

    /** The group's context (from WithContext), or null. */
    public Context context() {
        return ctx;
    }

    public void setLimit(int n, String label) {
        if (n < 1) {
            throw new IllegalArgumentException("errgroup limit must be at least 1, was " + n);
        }
        slots = new Chan<>(sim, name + ".sem", n, null, id, sim.label(label));
    }

    public void go(String goroutine, String label, Supplier<String> f) {
        Chan<Void> sem = slots;
        if (sem != null) {
            sem.send(null, label);
        }
        wg.add(1, label);
        sim.spawn(goroutine, sim.label(label), () -> {
            try {
                String err = f.get();
                if (err != null && firstError == null) {
                    firstError = err;
                    Goroutine g = sim.current();
                    sim.emit(new Event.Log(
                            sim.seq(), sim.now(), g.id, name + ": first error: " + err, sim.label(label)));
                    if (ctx != null) {
                        ctx.cancel(g, dev.chanscope.engine.event.CancelCause.CANCELED, sim.label(label));
                    }
                }
            } finally {
                if (sem != null) {
                    sem.recv(label);
                }
                wg.done(label);
            }
        });
    }

    /** Waits for every function; returns the first error or null. Cancels the group's context. */
    public String await(String label) {
        wg.await(label);
        if (ctx != null) {
            ctx.cancel(sim.current(), dev.chanscope.engine.event.CancelCause.CANCELED, sim.label(label));
        }
        return firstError;
    }
}
