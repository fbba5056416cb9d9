package dev.chanscope.engine;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.engine.event.StdStream;

/**
 * What a simulated program sees of the runtime: the {@code go} statement, time, and constructors for
 * channels, locks, contexts and timers. Every operation takes a source label — the line of the modelled
 * Go program — which travels in its events so the browser can highlight where each goroutine is.
 *
 * <p>Methods must be called from inside the run's goroutines (the program's main and what it starts).
 */
public final class Go {

    private final Sim sim;
    private Context background;

    Go(Sim sim) {
        this.sim = sim;
    }

    // ---- goroutines -------------------------------------------------------------------------------

    /** {@code go f()}: starts a goroutine named {@code name}. */
    public void go(String name, String label, Runnable body) {
        int l = sim.label(label);
        sim.preempt();
        sim.spawn(name, l, body);
    }

    /** runtime.NumGoroutine(): goroutines started and not yet finished, main included. */
    public int numGoroutine() {
        return sim.registry().live();
    }

    /** runtime.GOMAXPROCS(0). */
    public int gomaxprocs() {
        return sim.processors().count();
    }

    /** runtime.GOMAXPROCS(n) for n ≥ 1: returns the previous setting. */
    public int setGomaxprocs(int n) {
        int previous = sim.processors().count();
        sim.processors().resize(Math.max(1, Math.min(n, RunConfig.MAX_PROCS)));
        return previous;
    }

    /** The id of the calling goroutine (main is 1, others numbered as they start). */
    public int goroutineId() {
        return sim.current().id;
    }

    /** The seed of the run (for a program's own seeded sources, such as math/rand's). */
    public long seed() {
        return sim.seed();
    }

    // ---- time -------------------------------------------------------------------------------------

    /** time.Now(), as virtual nanoseconds since the run began. */
    public long now() {
        return sim.now();
    }

    /** time.Sleep(d): needs no processor. */
    public void sleep(long nanos, String label) {
        sim.time().sleep(nanos, sim.label(label));
    }

    /** CPU-bound work for {@code nanos}: holds one of the GOMAXPROCS processors the whole time. */
    public void work(long nanos, String label) {
        sim.processors().work(nanos, sim.label(label));
    }

    /**
     * A simulated I/O call (a network request, a disk read) taking {@code nanos} and no processor.
     * Returns null on success, or an error message when an intervention injected a failure.
     */
    public String io(long nanos, String label) {
        return sim.time().io(nanos, sim.label(label));
    }

    /** {@code d} varied by up to ±{@code percent}%, drawn from the run's seeded source. */
    public long jitter(long nanos, int percent) {
        if (percent <= 0 || nanos <= 0) {
            return nanos;
        }
        long span = nanos * percent / 100;
        return nanos
                - span
                + (span == 0 ? 0 : (long) sim.scheduler().draw((int) Math.min(Integer.MAX_VALUE, 2 * span + 1)));
    }

    /** rand.Intn(n), from the run's seeded source. */
    public int randInt(int n) {
        return sim.scheduler().draw(n);
    }

    /** time.After(d): a channel that receives the time once, after {@code d}. */
    public RecvChan<Long> after(long nanos, String label) {
        return new Timer(sim, "time.After(" + Durations.format(nanos) + ")", nanos, 0, sim.label(label)).c();
    }

    /** time.NewTimer(d). */
    public Timer newTimer(String name, long nanos, String label) {
        return new Timer(sim, name, nanos, 0, sim.label(label));
    }

    /** time.NewTicker(d). */
    public Timer newTicker(String name, long period, String label) {
        if (period <= 0) {
            throw panic("non-positive interval for NewTicker", label);
        }
        return new Timer(sim, name, period, period, sim.label(label));
    }

    /**
     * time.NewTimer or time.NewTicker ({@code period > 0}) for an interpreted program: its channel
     * receives {@code value.apply(now)} (a Go time.Time value) when it fires.
     */
    public Timer newTimer(
            String name, long delay, long period, String label, java.util.function.LongFunction<Object> value) {
        if (period < 0) {
            throw panic("non-positive interval for NewTicker", label);
        }
        return new Timer(sim, name, delay, period, sim.label(label), value, null);
    }

    /** time.AfterFunc(d, f): when the timer fires, {@code f} starts as a goroutine named {@code name}. */
    public Timer afterFunc(String name, long delay, String label, Runnable f) {
        return new Timer(sim, name, delay, 0, sim.label(label), null, f);
    }

    // ---- channels ---------------------------------------------------------------------------------

    /** {@code make(chan T, cap)}; receiving from it once closed gives null. */
    public <T> Chan<T> makeChan(String name, int cap, String label) {
        return new Chan<>(sim, name, cap, null, 0, sim.label(label));
    }

    /** {@code make(chan T, cap)} with the zero value of T, given once closed and drained. */
    public <T> Chan<T> makeChan(String name, int cap, T zero, String label) {
        return new Chan<>(sim, name, cap, zero, 0, sim.label(label));
    }

    /** A nil channel ({@code var ch chan T}): sending and receiving block forever, closing panics. */
    public <T> Chan<T> nilChan() {
        return new Chan<>(sim);
    }

    /** Starts building a {@code select} statement. */
    public Select select() {
        return new Select(sim);
    }

    // ---- sync -------------------------------------------------------------------------------------

    public Mutex newMutex(String name, String label) {
        return new Mutex(sim, name, sim.label(label));
    }

    public RWMutex newRWMutex(String name, String label) {
        return new RWMutex(sim, name, sim.label(label));
    }

    public WaitGroup newWaitGroup(String name, String label) {
        return new WaitGroup(sim, name, 0, sim.label(label));
    }

    public Once newOnce(String name, String label) {
        return new Once(sim, name, sim.label(label));
    }

    public Cond newCond(String name, Mutex mutex, String label) {
        return new Cond(sim, name, mutex, sim.label(label));
    }

    public Semaphore newSemaphore(String name, long size, String label) {
        return new Semaphore(sim, name, size, sim.label(label));
    }

    public AtomicInt newAtomic(String name, long initial, String label) {
        return new AtomicInt(sim, name, initial, sim.label(label));
    }

    /**
     * A read or write of a memory location shared between goroutines: a scheduling point (so
     * {@code x = x + 1} can lose updates, as in Go), checked by the race detector. No event is emitted.
     * Returns 0 when the access is ordered after the earlier conflicting ones, 2 when it races with a
     * write, 1 when (a write) it races only with reads.
     */
    public int access(RaceCell cell, boolean write, String label) {
        int l = sim.label(label);
        sim.preempt();
        return sim.detectors().access(sim.current(), cell, write, 0, l);
    }

    /**
     * A read or write of a shared memory location checked by the race detector, without a scheduling
     * point (reads of shared variables, which cannot lose anything by running on). Returns as
     * {@link #access} does.
     */
    public int raceCheck(RaceCell cell, boolean write, String label) {
        int l = sim.label(label);
        return sim.detectors().access(sim.current(), cell, write, 0, l);
    }

    /**
     * Starts the race detector's clocks now (when race detection is on) rather than at the first
     * {@link #access}: an interpreter calls this at a program's first {@code go} statement so that
     * accesses made before a location is first shared carry epochs ({@link #epoch}) it can compare.
     */
    public void startRaceClocks() {
        sim.detectors().activateRaces();
    }

    /**
     * The current goroutine has finished its work and will synchronise no more (only its last CPU
     * time is still to be charged): its happens-before clock, which can know of every goroutine that
     * passed the locks it took, is dropped now rather than when the goroutine ends.
     */
    public void retireRaceClock() {
        Goroutine g = sim.current();
        if (g != null) {
            g.clock = null;
        }
    }

    /**
     * The current goroutine's own entry of its happens-before clock: what a write it makes now would
     * record. 0 while clocks are off (then every earlier access counts as ordered).
     */
    public int epoch() {
        Goroutine g = sim.current();
        return g == null || g.clock == null ? 0 : g.clock.get(g.id);
    }

    /**
     * Tells {@code cell}, before its first check, of an earlier write by goroutine {@code goroutine} at
     * {@code epoch} (from {@link #epoch}) and {@code label}, made while the location was not yet
     * watched; later accesses are then checked against it as if it had been.
     */
    public void seedWrite(RaceCell cell, int goroutine, int epoch, String label) {
        if (epoch > 0) {
            cell.recordWrite(goroutine, epoch, sim.label(label));
        }
    }

    /** A plain, unsynchronised variable watched by the race detector. */
    public SharedVar newVar(String name, long initial, String label) {
        return new SharedVar(sim, name, initial, sim.label(label));
    }

    // ---- context and errgroup ---------------------------------------------------------------------

    /** context.Background(). */
    public Context background() {
        if (background == null) {
            background = new Context(sim);
        }
        return background;
    }

    /** context.WithCancel(parent); the returned context's {@code cancel} is the CancelFunc. */
    public Context withCancel(Context parent, String name, String label) {
        return new Context(sim, name, parent, sim.label(label));
    }

    /** context.WithTimeout(parent, d). */
    public Context withTimeout(Context parent, String name, long nanos, String label) {
        return withDeadline(parent, name, sim.now() + nanos, label);
    }

    /** context.WithDeadline(parent, t), with t in virtual ns. */
    public Context withDeadline(Context parent, String name, long when, String label) {
        int l = sim.label(label);
        Context ctx = new Context(sim, name, parent, l);
        ctx.deadline(when, l);
        return ctx;
    }

    /** A zero errgroup.Group. */
    public ErrGroup newErrGroup(String name, String label) {
        return new ErrGroup(sim, name, null, sim.label(label));
    }

    /** errgroup.WithContext(parent): the group's context is cancelled by the first error. */
    public ErrGroup errGroupWithContext(Context parent, String name, String label) {
        int l = sim.label(label);
        return new ErrGroup(sim, name, new Context(sim, name + ".ctx", parent, l), l);
    }

    // ---- panics and output ------------------------------------------------------------------------

    /** {@code panic(v)}: use as {@code throw go.panic(v, label)}. */
    public GoPanic panic(Object value, String label) {
        int l = sim.label(label);
        sim.preempt();
        return sim.panic(value, l);
    }

    /** A fatal error ({@code fatal error: ...} in Go): use as {@code throw go.fatal(message, label)}. */
    public GoFatal fatal(String message, String label) {
        int l = sim.label(label);
        return sim.fatal(message, l);
    }

    /** Records that the calling goroutine panicked with {@code message} (for a panic made elsewhere). */
    public void panicked(String message, String label) {
        int l = sim.label(label);
        Goroutine g = sim.current();
        sim.emit(new Event.GoPanic(sim.seq(), sim.now(), g.id, message, l));
    }

    /**
     * os.Exit: ends the run now, as main returning does (blocked goroutines are reported as leaks),
     * without running deferred calls. Use as {@code throw go.exit()}: the result unwinds the caller.
     */
    public RuntimeException exit() {
        return sim.exit();
    }

    /**
     * Registers the program's last word: {@code hook} is told, once, that the run is about to end
     * with an outcome ({@code why}: the limit or cancellation that stopped it, or null) and may still
     * emit events, such as the report Go prints for a deadlock ({@link #runtimeOutput}). It runs
     * possibly outside any goroutine and may not block.
     */
    public void onEnding(java.util.function.BiConsumer<Outcome, String> hook) {
        sim.onEnding(hook);
    }

    /** os.Exit(code): as {@link #exit()}, and the run's {@link RunResult#exitCode} is {@code code}. */
    public RuntimeException exit(int code) {
        sim.requestExit(code);
        return sim.exit();
    }

    /**
     * Ends the run with a limit diagnostic, for a bound the program reached by itself (memory, output,
     * stack depth): {@code throw go.limit("memory", "...")}. Unwinds the caller.
     */
    public RuntimeException limit(String bound, String message) {
        return sim.limitFromProgram(bound, message);
    }

    /** Marks a caught {@link GoPanic} as recovered (a deferred {@code recover()} returned it). */
    public Object recovered(GoPanic p, String label) {
        int l = sim.label(label);
        Goroutine g = sim.current();
        sim.emit(new Event.GoRecover(sim.seq(), sim.now(), g.id, l));
        return p.value();
    }

    /**
     * One write of an interpreted program to stdout or stderr ({@code text} exactly as written,
     * newlines included), by the calling goroutine: a scheduling point, as {@link #log} is.
     */
    public void output(boolean stderr, String text, String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        sim.emit(new Event.Output(sim.seq(), sim.now(), g.id, stderr ? StdStream.STDERR : StdStream.STDOUT, text, l));
    }

    /**
     * What the runtime itself writes to stderr (a crash report, the deadlock message): no scheduling
     * point, callable from an {@link #onEnding} hook; tied to the calling goroutine, or to 0 outside one.
     */
    public void runtimeOutput(String text) {
        Goroutine g = sim.currentOrNull();
        sim.emit(new Event.Output(sim.seq(), sim.now(), g == null ? 0 : g.id, StdStream.STDERR, text, 0));
    }

    /** fmt.Println: a line of program output, shown in the narration. */
    public void log(String text, String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        sim.emit(new Event.Log(sim.seq(), sim.now(), g.id, text, l));
    }
}
