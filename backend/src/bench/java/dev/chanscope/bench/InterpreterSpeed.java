package dev.chanscope.bench;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunControl;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.lang.GoCompiler;
import dev.chanscope.lang.GoProgram;
import dev.chanscope.lang.GoResult;
import dev.chanscope.lang.GoRun;
import dev.chanscope.lang.interp.rt.Limits;
import java.nio.charset.StandardCharsets;
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
 * The Go interpreter's speed (docs/BENCHMARKS.md, "Interpreter speed"). One operation is one complete
 * run, events encoded and digested as the live stream does:
 *
 * <ul>
 *   <li>{@code GO_PINGPONG}: ping-pong written in Go and interpreted; {@code JAVA_PINGPONG}: the engine
 *       workload PINGPONG written in Java, the same 20,000 round trips. {@code run:events} reads as
 *       events/s; the target is the Go version within 2× of the Java one.
 *   <li>{@code CPU_LOOP}: the Collatz loop of backend/bench/go-interp/main.go; {@code run:steps} reads
 *       as inner-loop steps/s, compared with real Go's ns/step (target: within 30×).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED", "-Xms2g", "-Xmx2g"})
public class InterpreterSpeed {

    static final int ROUND_TRIPS = 20_000;
    static final int COLLATZ_LIMIT = 100_000;

    static final String PINGPONG = """
            package main

            import "fmt"

            func main() {
            	ping := make(chan int)
            	pong := make(chan int)
            	go func() {
            		for i := 0; i < %d; i++ {
            			v := <-ping
            			pong <- v
            		}
            	}()
            	sum := 0
            	for i := 0; i < %d; i++ {
            		ping <- i
            		sum += <-pong
            	}
            	fmt.Println(sum)
            }
            """.formatted(ROUND_TRIPS, ROUND_TRIPS);

    static final String CPU_LOOP = """
            package main

            import "fmt"

            func collatzSteps(limit int) int {
            	total := 0
            	for i := 1; i < limit; i++ {
            		n := i
            		for n != 1 {
            			if n%%2 == 0 {
            				n /= 2
            			} else {
            				n = 3*n + 1
            			}
            			total++
            		}
            	}
            	return total
            }

            func main() {
            	fmt.Println(collatzSteps(%d))
            }
            """.formatted(COLLATZ_LIMIT);

    public enum Case {
        GO_PINGPONG,
        JAVA_PINGPONG,
        CPU_LOOP
    }

    @Param({"GO_PINGPONG", "JAVA_PINGPONG", "CPU_LOOP"})
    public Case which;

    private GoProgram program;
    private long eventsPerRun;
    private long stepsPerRun;

    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        /** Engine events emitted (encoded and digested): reads as events/s. */
        public long events;

        /** Inner-loop steps of the CPU loop: reads as steps/s. */
        public long steps;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
            steps = 0;
        }
    }

    /**
     * Totals per iteration: events and steps, and the CPU time of the thread that simulated them, so
     * that {@code cpuEvents / (cpuNanos / 1e9)} is a rate per CPU-second, which load elsewhere on a
     * shared machine barely moves.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuCounters {
        public long cpuEvents;
        public long cpuSteps;
        public long cpuNanos;

        @Setup(Level.Iteration)
        public void reset() {
            cpuEvents = 0;
            cpuSteps = 0;
            cpuNanos = 0;
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    @Setup(Level.Trial)
    public void setUp() {
        if (which != Case.JAVA_PINGPONG) {
            GoCompiler.Compilation c = GoCompiler.compile(which == Case.CPU_LOOP ? CPU_LOOP : PINGPONG, "1.22");
            if (!c.ok()) {
                throw new IllegalStateException(c.errorText());
            }
            program = c.program();
        }
        Result first = once();
        eventsPerRun = first.events;
        if (which == Case.CPU_LOOP) {
            stepsPerRun = Long.parseLong(first.stdout.strip());
        }
        System.out.printf(
                "%n# %s: %d events/run, %d steps/run, stdout %s%n",
                which, eventsPerRun, stepsPerRun, first.stdout.strip());
    }

    private record Result(long events, String stdout, long cpuNanos) {}

    private Result once() {
        LiveSink sink = new LiveSink(false);
        RunConfig config = EngineThroughput.liveConfig(true);
        if (which == Case.JAVA_PINGPONG) {
            long start = THREADS.getCurrentThreadCpuTime();
            RunResult r = Engine.start(
                            Workload.PINGPONG.program(ROUND_TRIPS), config, sink, RunControl.withSystemClock())
                    .runToEnd();
            EngineThroughput.check(r);
            sink.finish();
            return new Result(r.events(), "", THREADS.getCurrentThreadCpuTime() - start);
        }
        GoRun run = program.start(config, Limits.DEFAULT, sink, RunControl.withSystemClock());
        run.advance(Long.MAX_VALUE);
        GoResult r = run.result();
        if (r.engine().outcome() != Outcome.COMPLETED || r.exitCode() != 0) {
            throw new IllegalStateException(which + " did not complete: " + r.engine() + "\n" + r.stderr());
        }
        sink.finish();
        return new Result(r.engine().events(), new String(r.stdoutBytes(), StandardCharsets.UTF_8), run.cpuNanos());
    }

    @Benchmark
    public void run(Counters counters, CpuCounters cpu, Blackhole bh) {
        Result r = once();
        if (r.events != eventsPerRun) {
            throw new IllegalStateException(which + ": run differs from the first");
        }
        bh.consume(r);
        counters.events += r.events;
        counters.steps += stepsPerRun;
        cpu.cpuEvents += r.events;
        cpu.cpuSteps += stepsPerRun;
        cpu.cpuNanos += r.cpuNanos;
    }
}
