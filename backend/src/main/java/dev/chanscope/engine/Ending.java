package dev.chanscope.engine;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import java.util.List;
import jdk.internal.vm.Continuation;

/**
 * How a run ends, and the one way it does ({@link #end}): the outcome is set, then the stream closes
 * with the diagnostic that says why it stopped early (if any) and run-end; nothing else is emitted and
 * no goroutine runs again. The ways in: main returns or a goroutine dies of a panic ({@link
 * #finished}), os.Exit ({@link #exit}), a budget would be crossed ({@link #stop}), a deadlock, a
 * cancellation from outside.
 */
final class Ending {

    private final Sim sim;
    private final RunControl control;
    /** Set by {@link #end}: from then on only the closing diagnostic and run-end are emitted. */
    private Outcome outcome;
    /** Set when {@link #end} begins: a second ending (a budget crossed by the last word) is ignored. */
    private boolean closing;
    /** The program's last word ({@link Go#onEnding}), told before the stream closes. */
    private java.util.function.BiConsumer<Outcome, String> onEnd = (how, why) -> {};

    Ending(Sim sim, RunControl control) {
        this.sim = sim;
        this.control = control;
    }

    void onEnd(java.util.function.BiConsumer<Outcome, String> hook) {
        this.onEnd = hook;
    }

    /** The run is ending or over: events still emitted are its last ones, outside every budget. */
    boolean isClosing() {
        return closing;
    }

    boolean isOver() {
        return outcome != null;
    }

    Outcome outcome() {
        return outcome;
    }

    void end(Outcome how) {
        end(how, how == Outcome.CANCELLED ? "run cancelled: " + control.cancelReason() : null);
    }

    void limit(Budget.Exceeded x) {
        end(Outcome.LIMIT_REACHED, "limit reached (" + x.bound() + "): " + x.message());
    }

    /**
     * Ends the run where it stands because a budget would be crossed, then leaves whatever was going on:
     * a goroutine is never resumed, and a scheduler step unwinds to {@link Sim#advance}. The caller
     * throws the result.
     */
    ProgramEnded stop(Budget.Exceeded x) {
        limit(x);
        if (Continuation.getCurrentContinuation(Sim.SCOPE) != null) {
            Continuation.yield(Sim.SCOPE); // the loop sees the run is over and never resumes this goroutine
        }
        return new ProgramEnded();
    }

    /** A goroutine's function returned or threw: main returning ends the run, and so does a panic. */
    void finished(Goroutine g, boolean main) {
        Throwable failure = g.failure;
        if (failure == null) {
            sim.emit(new Event.GoExit(sim.seq(), sim.now(), g.id));
            if (main) {
                sim.detectors().mainReturned(sim.registry().goroutines());
                end(Outcome.COMPLETED);
            }
            return;
        }
        if (failure instanceof ProgramEnded) {
            return; // the run already ended inside the goroutine (a limit, say)
        }
        String message =
                failure instanceof GoFatal ? "fatal error: " + failure.getMessage() : "panic: " + failure.getMessage();
        if (!(failure instanceof GoPanic) && !(failure instanceof GoFatal)) {
            message = "panic: the simulated program failed: " + failure;
        }
        sim.report(DiagnosticKind.PANIC, message + " [" + g.describe() + "]", List.of(g.id), List.of(), List.of());
        end(Outcome.PANICKED);
    }

    /**
     * Ends the run from inside a goroutine as if main had returned (os.Exit): goroutines still blocked
     * are reported as leaks. The caller throws the result to unwind its stack without running code.
     */
    ProgramEnded exit() {
        Goroutine g = sim.current();
        sim.emit(new Event.GoExit(sim.seq(), sim.now(), g.id));
        sim.detectors().mainReturned(sim.registry().goroutines());
        end(Outcome.COMPLETED);
        return new ProgramEnded();
    }

    /** Closes the stream: the diagnostic that says why it stopped early (if any), then run-end. */
    private void end(Outcome how, String why) {
        if (closing) {
            return;
        }
        closing = true; // no budget is checked from here: the program's last word and the closing events
        onEnd.accept(how, why);
        outcome = how; // from here on Sim.emit lets only these closing events through
        if (why != null) {
            sim.report(DiagnosticKind.LIMIT, why, List.of(), List.of(), List.of());
        }
        sim.emit(new Event.RunEnd(sim.seq(), sim.now(), how, sim.live()));
    }
}
