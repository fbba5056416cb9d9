package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.EventSink;
import dev.chanscope.engine.event.ObjKind;
import dev.chanscope.engine.event.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * The core of a run: the scheduler loop, virtual time, processors, and the event stream.
 *
 * <p>Invariants: exactly one goroutine executes at a time (the {@link #current} one) and only inside
 * {@link #resume}; every decision that could go several ways draws from {@link #rng} and nothing else;
 * timers with the same deadline fire in the order they were set; events are numbered without gaps.
 *
 * <p>Each step either resumes one runnable goroutine until its next operation, or — when none is
 * runnable — advances virtual time to the earliest timer. When neither is possible the program is
 * deadlocked, exactly when Go would say "all goroutines are asleep".
 */
final class Sim {

    static final ContinuationScope SCOPE = new ContinuationScope("goroutine");

    /** A goroutine yields at least this often, so limits and interventions are checked in any loop. */
    private static final int MAX_OPS_WITHOUT_YIELD = 256;

    private static final int WALL_CHECK_INTERVAL = 1024;

    final RunConfig config;
    final Rng rng;
    final Processors processors;
    final Timers timers = new Timers();
    final Detectors detectors;
    private final EventSink sink;
    private final RunControl control;
    /** Wall time spent inside {@link #advance} so far; time waiting between calls does not count. */
    private long wallUsed;

    private long advanceStartedAt;

    private final List<Goroutine> goroutines = new ArrayList<>();
    private final List<Goroutine> runQueue = new ArrayList<>();
    private final Map<String, Integer> labels = new HashMap<>();
    private final List<String> labelTexts = new ArrayList<>();
    private final List<SyncObject> objects = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Interventions interventions;

    long now;
    private long emitted;
    private long steps;
    private long nextItem = 1;
    private int live;
    private int maxLive;
    private int opsWithoutYield;
    private boolean justWoke;
    private Goroutine current;
    private Goroutine lastSwitched;
    private Goroutine main;
    private Program program = go -> {};
    private Outcome outcome;
    private String limitHit;
    /** The message of a limit a program reached by itself ({@link #limitFromProgram}), if any. */
    private String limitMessage;

    Sim(RunConfig config, EventSink sink, RunControl control) {
        this.config = config;
        this.sink = sink;
        this.control = control;
        this.rng = new Rng(config.seed());
        this.processors = new Processors(this, config.gomaxprocs());
        this.detectors = new Detectors(this, config.raceDetection());
        this.interventions = new Interventions(this, config.interventions());
        goroutines.add(null); // id 0 is the runtime
        objects.add(null); // object id 0 is "none" / nil
        labelTexts.add(null); // label id 0 is "no label"
    }

    // ---- the scheduler loop -----------------------------------------------------------------------

    void startMain(Program program, Go go) {
        this.program = program;
        main = spawn("main", 0, () -> program.main(go));
    }

    /** Runs until at least {@code seqLimit} events exist or the run is over; true while it goes on. */
    boolean advance(long seqLimit) {
        advanceStartedAt = control.wallNanos();
        try {
            while (outcome == null && emitted < seqLimit) {
                step();
            }
        } finally {
            wallUsed += control.wallNanos() - advanceStartedAt;
        }
        return outcome == null;
    }

    boolean isOver() {
        return outcome != null;
    }

    private void step() {
        if (control.isCancelled()) {
            end(Outcome.CANCELLED);
            return;
        }
        if (checkLimits()) {
            return;
        }
        interventions.applyDue();
        if (outcome != null) {
            return;
        }
        if (!runQueue.isEmpty()) {
            resume(pickNext());
            return;
        }
        long timed = interventions.nextTime();
        if (timed != Long.MAX_VALUE && (!timers.hasPending() || timed < timers.nextDeadline())) {
            // Time stops at a timed intervention before any later timer fires (the next step applies it);
            // with nothing else pending it is not a deadlock yet: the intervention may wake someone.
            now = Math.max(now, timed);
            interventions.applyDue();
            return;
        }
        if (timers.hasPending()) {
            long when = timers.nextDeadline();
            if (when > config.limits().maxVirtualNanos()) {
                limit(
                        "virtual time",
                        "the run reached its virtual-time limit of "
                                + Durations.format(config.limits().maxVirtualNanos()));
                return;
            }
            now = Math.max(now, when);
            timers.fireDue(now);
        } else {
            detectors.allAsleep(main);
            end(Outcome.DEADLOCKED);
        }
    }

    private Goroutine pickNext() {
        int n = runQueue.size();
        int index = interventions.runNextIndex(runQueue);
        if (index < 0) {
            index = n == 1 ? 0 : rng.nextInt(n);
        }
        Goroutine g = runQueue.get(index);
        runQueue.set(index, runQueue.get(n - 1));
        runQueue.remove(n - 1);
        return g;
    }

    private void resume(Goroutine g) {
        current = g;
        g.state = Goroutine.State.RUNNING;
        if (lastSwitched != g) {
            lastSwitched = g;
            emit(new Event.GoSwitch(emitted, now, g.id));
        }
        opsWithoutYield = 0;
        justWoke = false; // set again by suspend() when g resumes from a park; a new goroutine starts fresh
        g.continuation.run();
        current = null;
        if (g.continuation.isDone()) {
            finish(g);
        }
    }

    private void finish(Goroutine g) {
        g.state = Goroutine.State.DONE;
        g.clock = null; // its releases already carried what others can learn of it
        live--;
        Throwable failure = g.failure;
        if (failure == null) {
            emit(new Event.GoExit(emitted, now, g.id));
            if (g == main) {
                detectors.mainReturned(goroutines);
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
        report(DiagnosticKind.PANIC, message + " [" + g.describe() + "]", List.of(g.id), List.of(), List.of());
        end(Outcome.PANICKED);
    }

    private boolean checkLimits() {
        RunLimits limits = config.limits();
        if (limitHit != null) {
            limit(
                    limitHit,
                    limitMessage != null ? limitMessage : "the run reached its limit of " + limitDescription(limitHit));
        } else if (steps >= limits.maxSteps()) {
            limit("steps", "the run reached its limit of " + limits.maxSteps() + " steps");
        } else if ((steps & (WALL_CHECK_INTERVAL - 1)) == 0
                && wallUsed + control.wallNanos() - advanceStartedAt > limits.maxWallNanos()) {
            limit(
                    "wall time",
                    "the run took longer than its wall-time budget of " + Durations.format(limits.maxWallNanos()));
        }
        return outcome != null;
    }

    private String limitDescription(String bound) {
        RunLimits limits = config.limits();
        return switch (bound) {
            case "events" -> limits.maxEvents() + " events";
            case "goroutines" -> limits.maxGoroutines() + " goroutines";
            default -> bound;
        };
    }

    private void limit(String bound, String message) {
        report(DiagnosticKind.LIMIT, "limit reached (" + bound + "): " + message, List.of(), List.of(), List.of());
        end(Outcome.LIMIT_REACHED);
    }

    void end(Outcome how) {
        if (outcome != null) {
            return;
        }
        outcome = how;
        if (how == Outcome.CANCELLED) {
            report(DiagnosticKind.LIMIT, "run cancelled: " + control.cancelReason(), List.of(), List.of(), List.of());
        }
        emit(new Event.RunEnd(emitted, now, how, live));
    }

    // ---- what goroutines call ---------------------------------------------------------------------

    Goroutine current() {
        Goroutine g = current;
        if (g == null) {
            throw new IllegalStateException("engine operations must be called from inside a simulated goroutine");
        }
        return g;
    }

    int currentId() {
        return current == null ? 0 : current.id;
    }

    Goroutine spawn(String name, int label, Runnable body) {
        if (goroutines.size() - 1 >= config.limits().maxGoroutines()) {
            limitHit = "goroutines";
            throw yieldToEnd();
        }
        Goroutine parent = current;
        Goroutine g = new Goroutine(goroutines.size(), name, parent, body);
        goroutines.add(g);
        live++;
        maxLive = Math.max(maxLive, live);
        detectors.spawned(parent, g);
        emit(new Event.GoCreate(emitted, now, g.id, parent == null ? 0 : parent.id, name, label));
        runQueue.add(g);
        return g;
    }

    /**
     * A scheduling point: every operation starts here. The current goroutine goes back to the run queue
     * and the scheduler picks who runs next — possibly the same goroutine — whenever another one is
     * runnable, so every interleaving of operations is reachable from some seed.
     */
    void preempt() {
        Goroutine g = current();
        if (steps >= config.limits().maxSteps()) {
            // Out of steps: this operation must not run. The loop ends the run at its next limit check,
            // so the goroutine is never resumed (a just-woken goroutine would otherwise run on).
            g.state = Goroutine.State.RUNNABLE;
            runQueue.add(g);
            suspend(g);
        }
        steps++;
        if (justWoke) {
            // Being woken was this goroutine's scheduling decision: it runs its next operation before
            // anyone else is considered, so a switch to it always shows something happening.
            justWoke = false;
            return;
        }
        if (!runQueue.isEmpty()
                || ++opsWithoutYield >= MAX_OPS_WITHOUT_YIELD
                || limitHit != null
                || emitted >= config.limits().maxEvents()
                || interventions.pendingBy(emitted)) {
            g.state = Goroutine.State.RUNNABLE;
            runQueue.add(g);
            suspend(g);
        }
    }

    /** Parks the current goroutine until {@link #ready} is called for it; it can only be woken. */
    void park(BlockReason reason, SyncObject on, int label) {
        park(reason, on, label, null);
    }

    /**
     * Parks the current goroutine until {@link #ready} is called for it. {@code abort} undoes the wait
     * (leaves the queue it is in, cancels its timer) so an intervention can wake it with a panic.
     */
    void park(BlockReason reason, SyncObject on, int label, Runnable abort) {
        Goroutine g = current();
        g.state = Goroutine.State.BLOCKED;
        g.blockReason = reason;
        g.blockedOn = on;
        g.blockLabel = label;
        g.abortWait = abort;
        emit(new Event.GoBlock(emitted, now, g.id, reason, on == null ? 0 : on.id, label));
        if (on instanceof LockDetector.Lock lock) {
            detectors.locks.blocked(g, lock);
        }
        suspend(g);
    }

    /** Parks without an event: the goroutine's state is told by another event (it holds a processor). */
    void parkSilently(BlockReason reason) {
        Goroutine g = current();
        g.state = Goroutine.State.BLOCKED;
        g.blockReason = reason;
        g.blockedOn = null;
        suspend(g);
    }

    private void suspend(Goroutine g) {
        boolean parked = g.state == Goroutine.State.BLOCKED;
        Continuation.yield(SCOPE);
        current = g;
        justWoke = parked;
        if (outcome != null) {
            throw new ProgramEnded();
        }
        if (g.injectedPanic != null) {
            GoPanic p = g.injectedPanic;
            g.injectedPanic = null;
            emit(new Event.GoPanic(emitted, now, g.id, p.getMessage(), g.blockLabel));
            throw p;
        }
    }

    /** Makes a blocked goroutine runnable; {@code by} woke it (null: the runtime or a timer). */
    void ready(Goroutine g, Goroutine by) {
        readySilently(g);
        emit(new Event.GoUnblock(emitted, now, g.id, by == null ? 0 : by.id));
    }

    void readySilently(Goroutine g) {
        if (g.state == Goroutine.State.DONE || g.state == Goroutine.State.RUNNABLE) {
            return;
        }
        g.state = Goroutine.State.RUNNABLE;
        g.blockReason = null;
        g.blockedOn = null;
        g.abortWait = null;
        runQueue.add(g);
    }

    /** Ends the program from inside a goroutine: records the panic event, then unwinds the stack. */
    GoPanic panic(Object value, int label) {
        Goroutine g = current();
        emit(new Event.GoPanic(emitted, now, g.id, String.valueOf(value), label));
        return new GoPanic(value);
    }

    GoFatal fatal(String message, int label) {
        Goroutine g = current();
        emit(new Event.GoPanic(emitted, now, g.id, "fatal error: " + message, label));
        return new GoFatal(message);
    }

    /**
     * Ends the run from inside a goroutine as if main had returned (os.Exit): goroutines still blocked
     * are reported as leaks. The caller throws the result to unwind its stack without running code.
     */
    ProgramEnded exit() {
        Goroutine g = current();
        emit(new Event.GoExit(emitted, now, g.id));
        detectors.mainReturned(goroutines);
        end(Outcome.COMPLETED);
        return new ProgramEnded();
    }

    /** Ends the run with a limit the program itself reached (memory, output, stack depth, …). */
    ProgramEnded limitFromProgram(String bound, String message) {
        if (limitHit == null) {
            limitHit = bound;
            limitMessage = message;
        }
        return yieldToEnd();
    }

    private ProgramEnded yieldToEnd() {
        if (current != null) {
            Goroutine g = current;
            runQueue.add(g);
            g.state = Goroutine.State.RUNNABLE;
            Continuation.yield(SCOPE);
        }
        return new ProgramEnded();
    }

    // ---- time and processors ----------------------------------------------------------------------

    void sleep(long nanos, int label) {
        preempt();
        if (nanos <= 0) {
            return;
        }
        Goroutine g = current();
        Timers.Task wake = timers.schedule(now + nanos, () -> ready(g, null));
        park(BlockReason.SLEEP, null, label, wake::cancel);
    }

    /** Simulated I/O: takes time but no processor; returns the injected error, if any, else null. */
    String io(long nanos, int label) {
        preempt();
        Goroutine g = current();
        if (nanos > 0) {
            Timers.Task wake = timers.schedule(now + nanos, () -> ready(g, null));
            park(BlockReason.IO, null, label, wake::cancel);
        }
        String err = g.injectedError;
        g.injectedError = null;
        return err;
    }

    void work(long nanos, int label) {
        preempt();
        if (nanos > 0) {
            processors.work(current(), nanos, label);
        }
    }

    // ---- names, objects, events -------------------------------------------------------------------

    int label(String text) {
        if (text == null) {
            return 0;
        }
        Integer id = labels.get(text);
        if (id != null) {
            return id;
        }
        int fresh = labelTexts.size();
        labels.put(text, fresh);
        labelTexts.add(text);
        emit(new Event.LabelDefine(emitted, now, fresh, program.sourceLine(text), text));
        return fresh;
    }

    String labelText(int label) {
        return label <= 0 || label >= labelTexts.size() ? null : labelTexts.get(label);
    }

    int defineObject(SyncObject obj, ObjKind kind, String name, long arg, int parent, int label) {
        int id = objects.size();
        objects.add(obj);
        emit(new Event.ObjDefine(emitted, now, id, kind, name, arg, parent, currentId(), label));
        return id;
    }

    long nextItemId() {
        return nextItem++;
    }

    long seq() {
        return emitted;
    }

    void emit(Event e) {
        emitted++;
        if (emitted >= config.limits().maxEvents()
                && limitHit == null
                && !(e instanceof Event.RunEnd)
                && !(e instanceof Event.Diagnostic)) {
            limitHit = "events";
        }
        sink.accept(e);
    }

    void report(DiagnosticKind kind, String message, List<Integer> gs, List<Integer> objs, List<String> labelList) {
        String withSeed = message + " (seed " + config.seed() + ")";
        int g = gs.isEmpty() ? 0 : gs.getFirst();
        int obj = objs.isEmpty() ? 0 : objs.getFirst();
        int label = labelList.isEmpty() ? 0 : label(labelList.getFirst());
        findings.add(new Finding(
                kind,
                withSeed,
                List.copyOf(gs),
                List.copyOf(objs),
                List.copyOf(labelList),
                emitted,
                now,
                config.seed()));
        emit(new Event.Diagnostic(emitted, now, kind, g, obj, label, withSeed));
    }

    List<Goroutine> goroutines() {
        return goroutines;
    }

    List<SyncObject> objects() {
        return objects;
    }

    /** Finds a live goroutine by name, or by id written "#7". */
    Goroutine findGoroutine(String target) {
        if (target.startsWith("#")) {
            try {
                int id = Integer.parseInt(target.substring(1));
                return id > 0 && id < goroutines.size() ? goroutines.get(id) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        for (int i = 1; i < goroutines.size(); i++) {
            Goroutine g = goroutines.get(i);
            if (g.name.equals(target) && g.state != Goroutine.State.DONE) {
                return g;
            }
        }
        return null;
    }

    <T extends SyncObject> T findObject(Class<T> type, String name) {
        for (int i = 1; i < objects.size(); i++) {
            SyncObject o = objects.get(i);
            if (type.isInstance(o) && o.name.equals(name)) {
                return type.cast(o);
            }
        }
        return null;
    }

    RunResult result() {
        return new RunResult(
                outcome,
                List.copyOf(findings),
                emitted,
                now,
                goroutines.size() - 1,
                maxLive,
                steps,
                rng.draws(),
                config.seed());
    }

    Outcome outcome() {
        return outcome;
    }

    /** Thrown through a goroutine whose program has ended, to unwind it without running its code. */
    static final class ProgramEnded extends RuntimeException {
        ProgramEnded() {
            super(null, null, false, false);
        }
    }
}
