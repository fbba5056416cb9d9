package dev.chanscope.engine;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.EventSink;
import dev.chanscope.engine.event.ObjKind;
import dev.chanscope.engine.event.Outcome;
import java.util.List;
import jdk.internal.vm.ContinuationScope;

/**
 * The core loop of a run: it hands turns to goroutines, moves virtual time, and numbers the events.
 * Everything else is a collaborator with one job: {@link Scheduler} decides every choice, {@link
 * Turns} knows who holds the turn and who could have it next, {@link Budget} says when a bound would
 * be crossed, {@link Ending} ends the run, {@link VirtualTime} keeps the clock and what is due, {@link
 * Registry} what the run has made, {@link Labels} and {@link Findings} what it has named and found,
 * {@link Interventions} what it is told from outside. Primitives ({@link Chan}, {@link Mutex}, …) call
 * the methods below and those collaborators' narrow methods, never anyone's state.
 *
 * <p>Invariants: exactly one goroutine executes at a time (the {@link #current} one) and only inside
 * {@link #resume}; every decision that could go several ways is the {@link #scheduler}'s; timers with
 * the same deadline fire in the order they were set; events are numbered without gaps.
 *
 * <p>Each step either resumes one runnable goroutine until its next operation, or — when none is
 * runnable — advances virtual time to the earliest timer. When neither is possible the program is
 * deadlocked, exactly when Go would say "all goroutines are asleep".
 *
 * <p>Budgets are exact: a run stops at the first thing that would cross one — the event past {@code
 * maxEvents}, the operation past {@code maxSteps}, the goroutine past {@code maxGoroutines}, the
 * moment past {@code maxVirtualNanos} — without doing it, even in the middle of an operation, and
 * closes the stream with the limit diagnostic and run-end. Nothing else follows, so the events before
 * them are exactly the first events of the same run under larger budgets.
 *
 * <p>Longer than most files: it is the loop every collaborator above is called from; the collaborators
 * hold the rest.
 */
final class Sim {

    static final ContinuationScope SCOPE = new ContinuationScope("goroutine");

    private final RunConfig config;
    private final EventSink sink;
    private final RunControl control;
    private final Randomness randomness;
    private final RunNextScheduler scheduler;
    private final Budget budget;
    private final VirtualTime time = new VirtualTime(this);
    private final Registry registry = new Registry();
    private final Labels labels = new Labels(this);
    private final Findings findings;
    private final Processors processors;
    private final Detectors detectors;
    private final Interventions interventions;
    private final Turns turns = new Turns(this);
    private final Ending ending;
    private final FrequentEvents events;

    private long emitted;
    private long steps;
    private long nextItem = 1;
    private int live;
    private int maxLive;
    private Goroutine lastSwitched;
    private Goroutine main;

    Sim(RunConfig config, EventSink sink, RunControl control, Randomness randomness) {
        this.config = config;
        this.sink = sink;
        this.events = new FrequentEvents(this, sink);
        this.control = control;
        this.randomness = randomness;
        this.scheduler = new RunNextScheduler(new SeededScheduler(randomness));
        this.budget = new Budget(config.limits(), control);
        this.ending = new Ending(this, control);
        this.findings = new Findings(this, config.seed());
        this.processors = new Processors(this, config.gomaxprocs());
        this.detectors = new Detectors(this, config.raceDetection());
        this.interventions = new Interventions(this, registry, scheduler, config.interventions());
    }

    // ---- the core loop ----------------------------------------------------------------------------

    void startMain(Program program, Go go) {
        labels.lines(program);
        main = spawn("main", 0, () -> program.main(go));
    }

    /** Runs until at least {@code seqLimit} events exist or the run is over; true while it goes on. */
    boolean advance(long seqLimit) {
        budget.advanceStarted();
        try {
            while (!ending.isOver() && emitted < seqLimit) {
                try {
                    step();
                } catch (ProgramEnded stopped) {
                    // a budget ran out part-way through the step (see stop()); the run has ended
                }
            }
        } finally {
            budget.advanceEnded();
        }
        return !ending.isOver();
    }

    /** The running goroutine, or null outside one. */
    Goroutine currentOrNull() {
        return turns.currentOrNull();
    }

    boolean isOver() {
        return ending.isOver();
    }

    private void step() {
        if (control.isCancelled()) {
            ending.end(Outcome.CANCELLED);
            return;
        }
        Budget.Exceeded wall = budget.wallTime();
        if (wall != null) {
            ending.limit(wall);
            return;
        }
        interventions.applyDue();
        if (ending.isOver()) {
            return;
        }
        if (turns.anyRunnable()) {
            resume(turns.pick(scheduler));
            return;
        }
        long timed = interventions.nextTime();
        if (timed != Long.MAX_VALUE && (!time.hasPending() || timed < time.nextDeadline())) {
            // Time stops at a timed intervention before any later timer fires (the next step applies it);
            // with nothing else pending it is not a deadlock yet: the intervention may wake someone.
            if (timeMayReach(timed)) {
                time.moveTo(timed);
                interventions.applyDue();
            }
            return;
        }
        if (time.hasPending()) {
            long when = time.nextDeadline();
            if (timeMayReach(when)) {
                time.moveTo(when);
                time.fireDue();
            }
        } else {
            detectors.allAsleep(main);
            ending.end(Outcome.DEADLOCKED);
        }
    }

    private void resume(Goroutine g) {
        turns.enter(g);
        if (lastSwitched != g) {
            lastSwitched = g;
            events.goSwitch(g.id);
        }
        turns.run(g);
        if (g.continuation.isDone()) {
            g.state = Goroutine.State.DONE;
            g.clock = null; // its releases already carried what others can learn of it
            live--;
            ending.finished(g, g == main);
        }
    }

    /** Whether virtual time may move to {@code when}; if not, the run ends at the current time. */
    private boolean timeMayReach(long when) {
        Budget.Exceeded x = budget.virtualTime(when);
        if (x != null) {
            ending.limit(x);
        }
        return x == null;
    }

    // ---- goroutines: what the primitives call (turns: {@link Turns}) ---------------------------------

    Goroutine current() {
        return turns.current();
    }

    Goroutine spawn(String name, int label, Runnable body) {
        Budget.Exceeded x = budget.goroutines(registry.nextGoroutineId() - 1);
        if (x != null) {
            throw ending.stop(x);
        }
        Goroutine parent = turns.currentOrNull();
        Goroutine g = new Goroutine(registry.nextGoroutineId(), name, parent, body);
        registry.add(g);
        live++;
        maxLive = Math.max(maxLive, live);
        detectors.spawned(parent, g);
        emit(new Event.GoCreate(emitted, now(), g.id, parent == null ? 0 : parent.id, name, label));
        turns.started(g);
        return g;
    }

    /** A scheduling point: every operation starts here (see {@link Turns#preempt}). */
    void preempt() {
        turns.preempt();
    }

    /** Counts an operation, or stops the run if it would cross the step budget. */
    void takeStep() {
        Budget.Exceeded x = budget.steps(steps);
        if (x != null) {
            throw ending.stop(x);
        }
        steps++;
    }

    /** Whether an intervention is due now: the current goroutine then gives up its turn. */
    boolean interventionDue() {
        return interventions.pendingBy(emitted);
    }

    // ---- how a program ends from inside -----------------------------------------------------------

    /** Ends the program from inside a goroutine: records the panic event, then unwinds the stack. */
    GoPanic panic(Object value, int label) {
        Goroutine g = current();
        emit(new Event.GoPanic(emitted, now(), g.id, String.valueOf(value), label));
        return new GoPanic(value);
    }

    GoFatal fatal(String message, int label) {
        Goroutine g = current();
        emit(new Event.GoPanic(emitted, now(), g.id, "fatal error: " + message, label));
        return new GoFatal(message);
    }

    /** os.Exit (see {@link Ending#exit}). */
    ProgramEnded exit() {
        return ending.exit();
    }

    /** Ends the run with a limit the program itself reached (memory, output, stack depth, …). */
    ProgramEnded limitFromProgram(String bound, String message) {
        return ending.stop(new Budget.Exceeded(bound, message));
    }

    // ---- names, objects, events -------------------------------------------------------------------

    /** The id of a source label, defining it on the wire the first time (see {@link Labels}). */
    int label(String text) {
        return labels.id(text);
    }

    String labelText(int label) {
        return labels.text(label);
    }

    int defineObject(SyncObject obj, ObjKind kind, String name, long arg, int parent, int label) {
        int id = registry.add(obj);
        Goroutine by = turns.currentOrNull();
        emit(new Event.ObjDefine(emitted, now(), id, kind, name, arg, parent, by == null ? 0 : by.id, label));
        return id;
    }

    long nextItemId() {
        return nextItem++;
    }

    /** The sequence number the next event gets. */
    long seq() {
        return emitted;
    }

    /** Virtual nanoseconds since the run began. */
    long now() {
        return time.now();
    }

    /**
     * Emits the next event. While the run goes on, an event that would be number {@code maxEvents + 1}
     * is not emitted: the run stops there instead (see {@link Ending#stop}). The closing events are exempt.
     */
    void emit(Event e) {
        claimSeq();
        sink.accept(e);
    }

    /**
     * The sequence number of an event about to be emitted, counted as emitted; or, when the budget
     * has no room for it, the run stops instead (see {@link #emit}).
     */
    long claimSeq() {
        if (!ending.isClosing()) {
            Budget.Exceeded x = budget.events(emitted);
            if (x != null) {
                throw ending.stop(x);
            }
        }
        return emitted++;
    }

    /** The events operations emit most, sent to the sink without a record (see {@link FrequentEvents}). */
    FrequentEvents events() {
        return events;
    }

    void report(DiagnosticKind kind, String message, List<Integer> gs, List<Integer> objs, List<String> labelList) {
        findings.report(kind, message, gs, objs, labelList);
    }

    // ---- collaborators the primitives use ---------------------------------------------------------

    Turns turns() {
        return turns;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    VirtualTime time() {
        return time;
    }

    Processors processors() {
        return processors;
    }

    Detectors detectors() {
        return detectors;
    }

    /** Goroutines started and not yet finished. */
    int live() {
        return live;
    }

    Registry registry() {
        return registry;
    }

    long seed() {
        return config.seed();
    }

    /** What os.Exit asked for; the exit status when main returns is 0. */
    private int requestedExit;

    void onEnding(java.util.function.BiConsumer<Outcome, String> hook) {
        ending.onEnd(hook);
    }

    void requestExit(int code) {
        requestedExit = code;
    }

    private int exitCode() {
        Outcome o = ending.outcome();
        if (o == null) {
            return -1;
        }
        return o == Outcome.COMPLETED ? requestedExit : 2;
    }

    RunResult result() {
        return new RunResult(
                ending.outcome(),
                findings.all(),
                emitted,
                now(),
                registry.nextGoroutineId() - 1,
                maxLive,
                steps,
                randomness.draws(),
                config.seed(),
                exitCode());
    }
}
