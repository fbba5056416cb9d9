package dev.chanscope.engine;

import dev.chanscope.engine.event.CancelCause;
import dev.chanscope.engine.event.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a run's interventions between scheduler steps, each once, when its point is reached. An
 * intervention whose target does not exist (or no longer can be acted on) is still recorded, with an
 * outcome that says why nothing happened, so replays stay identical.
 */
final class Interventions {

    private final Sim sim;
    private final Registry targets;
    private final RunNextScheduler scheduler;
    private final List<Intervention> pending;
    private long earliestSeq;

    Interventions(Sim sim, Registry targets, RunNextScheduler scheduler, List<Intervention> all) {
        this.sim = sim;
        this.targets = targets;
        this.scheduler = scheduler;
        this.pending = new ArrayList<>(all);
        recomputeEarliest();
    }

    /** Whether a sequence-based intervention is due once {@code emitted} events exist (cheap check). */
    boolean pendingBy(long emitted) {
        return emitted > earliestSeq;
    }

    /** Applies, in list order, every pending intervention whose point the run has reached. */
    void applyDue() {
        if (pending.isEmpty()) {
            return;
        }
        boolean changed = false;
        for (int i = 0; i < pending.size(); ) {
            Intervention iv = pending.get(i);
            if (iv.isDue(sim.seq(), sim.now())) {
                pending.remove(i);
                changed = true;
                apply(iv);
            } else {
                i++;
            }
        }
        if (changed) {
            recomputeEarliest();
        }
    }

    /** The earliest virtual time of a pending timed intervention, or Long.MAX_VALUE. */
    long nextTime() {
        long t = Long.MAX_VALUE;
        for (Intervention iv : pending) {
            if (iv.atTime() >= 0) {
                t = Math.min(t, iv.atTime());
            }
        }
        return t;
    }

    /**
     * Records the intervention first, then acts: the InterventionApplied event is the exact point where
     * the run diverges from the run without it.
     */
    private void apply(Intervention iv) {
        Action action = switch (iv.kind()) {
            case CANCEL_CONTEXT -> cancelContext(iv.target());
            case CLOSE_CHANNEL -> closeChannel(iv.target());
            case INJECT_PANIC -> injectPanic(iv.target());
            case INJECT_ERROR -> injectError(iv.target());
            case RUN_NEXT -> runNext(iv.target());
        };
        sim.emit(new Event.InterventionApplied(sim.seq(), sim.now(), iv.kind(), iv.target(), action.outcome()));
        if (action.effect() != null) {
            action.effect().run();
        }
    }

    /** What an intervention will do: its effect, or null with the reason nothing happens. */
    private record Action(Runnable effect, String outcome) {
        static Action apply(Runnable effect) {
            return new Action(effect, "applied");
        }

        static Action skip(String why) {
            return new Action(null, why);
        }
    }

    private Action cancelContext(String name) {
        Context ctx = targets.findObject(Context.class, name);
        if (ctx == null) {
            return Action.skip("no context named " + name + " exists yet");
        }
        if (ctx.cause() != null) {
            return Action.skip("context " + name + " was already cancelled");
        }
        return Action.apply(() -> ctx.cancel(null, CancelCause.CANCELED, 0));
    }

    private Action closeChannel(String name) {
        Chan<?> ch = targets.findObject(Chan.class, name);
        if (ch == null) {
            return Action.skip("no channel named " + name + " exists yet");
        }
        if (ch.isClosed()) {
            return Action.skip("channel " + name + " was already closed");
        }
        return Action.apply(() -> ch.closeBy(null, 0));
    }

    private Action injectPanic(String target) {
        Goroutine g = targets.findGoroutine(target);
        if (g == null || g.state == Goroutine.State.DONE) {
            return Action.skip("no running goroutine " + target);
        }
        return Action.apply(() -> {
            g.injectedPanic = new GoPanic("injected panic");
            if (g.state == Goroutine.State.BLOCKED && g.abortWait != null) {
                g.abortWait.run();
                sim.turns().ready(g, null);
            }
        });
    }

    private Action injectError(String target) {
        Goroutine g = targets.findGoroutine(target);
        if (g == null || g.state == Goroutine.State.DONE) {
            return Action.skip("no running goroutine " + target);
        }
        return Action.apply(() -> g.injectedError = "injected error");
    }

    private Action runNext(String target) {
        Goroutine g = targets.findGoroutine(target);
        if (g == null || g.state != Goroutine.State.RUNNABLE) {
            return Action.skip("goroutine " + target + " is not runnable here");
        }
        return Action.apply(() -> scheduler.runNext(g));
    }

    private void recomputeEarliest() {
        earliestSeq = Long.MAX_VALUE;
        for (Intervention iv : pending) {
            if (iv.afterSeq() >= 0) {
                earliestSeq = Math.min(earliestSeq, iv.afterSeq());
            }
        }
    }
}
