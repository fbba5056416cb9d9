package dev.chanscope.lang.interp.rt;

import dev.chanscope.engine.Go;
import java.io.ByteArrayOutputStream;

/**
 * The interpreter's state for one run, shared by its goroutines: the engine, package variables,
 * output, made-up addresses, and the counters its limits are checked against. One goroutine runs at
 * a time, so nothing here is synchronised.
 */
public final class Machine {

    /** Virtual nanoseconds one unit of interpreted work (a statement, a call, an iteration) costs. */
    public static final long NANOS_PER_UNIT = 1;

    /** Units a goroutine runs before its work is charged to a processor and it yields. */
    public static final int QUANTUM = 10_000;

    public final Limits limits;
    public final Addresses addresses = new Addresses();
    public final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    public final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    /** Package-level variables: a Cell each, or the aggregate itself. */
    public Object[] globals;

    public Go go;
    public GState main;

    /** Units charged so far, over all goroutines. */
    public long units;

    public long allocated;

    /** The latest time.Now reading of any goroutine (engine nanoseconds): later readings are not below it. */
    public long clockFloor;

    /** Allocations counted (for runtime.MemStats), and runtime.GC calls. */
    public long allocations;

    public int gcCount;

    /** Set when main called runtime.Goexit: a deadlock then reads "no goroutines". */
    public boolean mainGoexited;

    /** Live goroutines that are not parked for good by Goexit (see the deadlock message). */
    public int goroutines;

    /** The goroutines alive, in the order they started (the deadlock report names the first). */
    public final java.util.LinkedHashSet<GState> live = new java.util.LinkedHashSet<>();

    private dev.chanscope.engine.Chan<Object> nilChan;

    /** Per-run state of the standard library (the engine atomics behind variables, …), by key. */
    public final java.util.Map<Object, Object> library = new java.util.HashMap<>();

    public Machine(Limits limits) {
        this.limits = limits;
    }

    /** The engine's nil channel (blocks forever; closing it panics), made once per run. */
    public dev.chanscope.engine.Chan<Object> nilChan() {
        if (nilChan == null) {
            nilChan = go.nilChan();
        }
        return nilChan;
    }

    /** Counts an allocation of {@code bytes}; ends the run when the total passes the limit. */
    public void alloc(long bytes) {
        allocated += bytes;
        allocations++;
        if (allocated > limits.maxAllocBytes()) {
            throw go.limit("memory", "the program allocated more than " + limits.maxAllocBytes() + " bytes");
        }
    }

    /** Appends program output (Go bytes) to stdout or stderr and logs it as an event of the writer. */
    public void write(boolean toStderr, String bytes, String label) {
        ByteArrayOutputStream out = toStderr ? stderr : stdout;
        if (stdout.size() + stderr.size() + (long) bytes.length() > limits.maxOutputBytes()) {
            throw go.limit("output", "the program wrote more than " + limits.maxOutputBytes() + " bytes of output");
        }
        byte[] b = Utf8.bytes(bytes);
        out.write(b, 0, b.length);
        go.output(toStderr, Utf8.toJava(bytes), label);
    }

    /**
     * Output written by the runtime itself (panic and fatal error reports): no scheduling point, and
     * an output event of the runtime's while the run's stream is still open.
     */
    public void writeRuntime(String bytes) {
        byte[] b = Utf8.bytes(bytes);
        stderr.write(b, 0, b.length);
        if (go != null) {
            go.runtimeOutput(Utf8.toJava(bytes));
        }
    }
}
