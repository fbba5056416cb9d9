package dev.chanscope.bench;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunControl;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.Outcome;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Engine throughput on one thread: one benchmark operation is one complete run of a workload — the
 * engine simulating it and every event encoded into bytes and digested, as the live stream does.
 *
 * <p>The primary score is runs/s. The figure that matters is the secondary result {@code run:events}:
 * JMH prints it with the unit "ops/s", but each of its "ops" is one engine event, so it reads as
 * <b>events/s</b>. {@code run:chanOps} is likewise channel operations/s (completed sends + receives),
 * the unit the Go programs report.
 *
 * <p>On a shared machine other processes steal wall time, so the run also records the CPU time of the
 * benchmark thread ({@link CpuCounters}): {@code run:cpuEvents / (run:cpuNanos / 1e9)} is events per
 * CPU-second of the one thread that runs the engine, which load elsewhere barely moves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED", "-Xms2g", "-Xmx2g"})
public class EngineThroughput {

    @Param({"PINGPONG", "BUFFERED", "FANOUT", "SELECT"})
    public Workload workload;

    /** The live stream always runs with the race detector on (RunRequestParser); off shows its cost. */
    @Param({"true"})
    public boolean race;

    private RunConfig config;
    private int n;
    private long eventsPerRun;

    /** Per-iteration counters; JMH divides each by the iteration's time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        /** Engine events emitted (and encoded and digested): reads as events/s. */
        public long events;

        /** Channel operations simulated (completed sends + completed receives): reads as channel ops/s. */
        public long chanOps;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
            chanOps = 0;
        }
    }

    /** Totals per iteration (not rates): events and the benchmark thread's CPU time spent on them. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuCounters {
        public long cpuEvents;
        public long cpuNanos;

        @Setup(Level.Iteration)
        public void reset() {
            cpuEvents = 0;
            cpuNanos = 0;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Setup(Level.Trial)
    public void setUp() {
        n = workload.defaultN;
        config = liveConfig(race);
        LiveSink sink = new LiveSink(false);
        RunResult r = Engine.run(workload.program(n), config, sink);
        check(r);
        eventsPerRun = r.events();
        System.out.printf(
                "%n# %s race=%s n=%d: %d events/run, %d channel ops/run, %.2f events per channel op, %d encoded bytes/run (%.2f B/event), digest %s%n",
                workload,
                race,
                n,
                eventsPerRun,
                workload.chanOps(n),
                (double) eventsPerRun / workload.chanOps(n),
                sink.encodedBytes(),
                (double) sink.encodedBytes() / eventsPerRun,
                sink.finish().substring(0, 16));
    }

    @Benchmark
    public void run(Counters counters, CpuCounters cpu, Blackhole bh) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        LiveSink sink = new LiveSink(false);
        RunResult r = Engine.start(workload.program(n), config, sink, RunControl.withSystemClock())
                .runToEnd();
        if (r.events() != eventsPerRun || r.outcome() != Outcome.COMPLETED) {
            throw new IllegalStateException(workload + ": run differs from the first: " + r);
        }
        bh.consume(sink.finish());
        cpu.cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
        cpu.cpuEvents += r.events();
        counters.events += r.events();
        counters.chanOps += workload.chanOps(n);
    }

    /** What the live stream runs with (RunRequestParser): seed 1, 4 processors, default limits, races on. */
    static RunConfig liveConfig(boolean race) {
        return new RunConfig(1, 4, RunLimits.DEFAULT, List.of(), race);
    }

    static void check(RunResult r) {
        if (r.outcome() != Outcome.COMPLETED || !r.findings().isEmpty()) {
            throw new IllegalStateException("benchmark run did not complete cleanly: " + r);
        }
    }
}
