package dev.chanscope.engine;

import dev.chanscope.engine.event.CancelCause;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import java.util.ArrayList;
import java.util.List;

/**
 * context.Context: a Done channel closed on cancellation, Err telling why, and propagation from a
 * parent to all its children (never upwards). Background is never cancelled; its Done is a nil
 * channel, so receiving from it blocks forever, as in Go.
 */
public final class Context extends SyncObject {

    private final Context parent;
    private final List<Context> children = new ArrayList<>();
    private final Chan<Void> done;
    private CancelCause err;
    private long deadline = -1;
    private Timers.Task deadlineTask;

    /** context.Background(). */
    Context(Sim sim) {
        super(sim, ObjKind.CONTEXT, "background", 0, 0, 0);
        this.parent = null;
        this.done = new Chan<>(sim);
    }

    Context(Sim sim, String name, Context parent, int label) {
        super(sim, ObjKind.CONTEXT, name, 0, parent.id, label);
        this.parent = parent;
        this.done = new Chan<>(sim, name + ".Done()", 0, null, id, label);
        this.deadline = parent.deadline;
        if (parent.err != null) {
            cancel(null, parent.err, label);
        } else {
            parent.children.add(this);
        }
    }

    /** Arms the deadline (WithDeadline/WithTimeout); a parent's earlier deadline wins. */
    void deadline(long when, int label) {
        if (deadline >= 0 && deadline <= when) {
            return;
        }
        deadline = when;
        if (err != null) {
            return;
        }
        sim.emit(new Event.TimerSet(sim.seq(), sim.now(), id, when));
        if (when <= sim.now()) {
            cancel(null, CancelCause.DEADLINE_EXCEEDED, label);
            return;
        }
        deadlineTask = sim.time().at(when, () -> {
            deadlineTask = null;
            cancel(null, CancelCause.DEADLINE_EXCEEDED, label);
        });
    }

    /** ctx.Done(). */
    public RecvChan<Void> done() {
        return done;
    }

    /** ctx.Err(): null while not cancelled, else "context canceled" or "context deadline exceeded". */
    public String err() {
        return err == null ? null : err.goError();
    }

    public CancelCause cause() {
        return err;
    }

    /** Deadline in virtual ns, or -1 when there is none. */
    public long deadline() {
        return deadline;
    }

    /** The cancel function returned with the context. Cancelling twice does nothing. */
    public void cancel(String label) {
        int l = sim.label(label);
        sim.preempt();
        cancel(sim.current(), CancelCause.CANCELED, l);
    }

    /** Cancels this context and, depth first, every descendant; {@code by} is null for the runtime. */
    void cancel(Goroutine by, CancelCause cause, int label) {
        if (err != null || parent == null) {
            return;
        }
        err = cause;
        if (deadlineTask != null) {
            deadlineTask.cancel();
            deadlineTask = null;
        }
        sim.emit(new Event.ContextCancel(sim.seq(), sim.now(), by == null ? 0 : by.id, id, cause, label));
        done.closeBy(by, label);
        for (Context child : List.copyOf(children)) {
            child.cancel(by, cause, label);
        }
        children.clear();
        parent.children.remove(this);
    }
}
