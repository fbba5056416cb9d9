package dev.chanscope.bench;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Parser;
import dev.chanscope.lang.syntax.SourceFile;
import dev.chanscope.lang.types.CheckResult;
import dev.chanscope.lang.types.Checker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Go front end, warm: one operation parses and type-checks a 1,000-line concurrency program
 * ({@link GoProgram#ofLines(int)} with 1,000) against the std declarations (loaded once, as the server
 * loads them once). The target is at most 50 ms per program (issue 13).
 *
 * <p>On a loaded machine wall time is mostly waiting for a core, so {@code parseAndCheck} also
 * counts the CPU time of its thread ({@link Cpu}): {@code cpuMicros / checks} is CPU microseconds
 * per parse+check, which load elsewhere barely moves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FrontEnd {

    private String source;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Totals per iteration (not rates): CPU microseconds spent and checks done. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        public long cpuMicros;
        public long checks;

        @Setup(Level.Iteration)
        public void reset() {
            cpuMicros = 0;
            checks = 0;
        }
    }

    @Setup
    public void setup() {
        source = GoProgram.ofLines(1000);
        CheckResult r = Checker.check(source);
        if (!r.ok()) {
            throw new IllegalStateException("the benchmark program does not check:\n" + r.errorText());
        }
        System.out.printf("%n# program: %d lines, %d bytes%n", source.split("\n", -1).length - 1, source.length());
    }

    /** Parse and check on the calling thread (what a caller already on a deep stack does). */
    @Benchmark
    public Object parseAndCheck(Cpu cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        SourceFile file = SourceFile.of(source);
        ErrorList errors = new ErrorList(file);
        GoFile goFile = Parser.parse(file, errors);
        CheckResult r = Checker.check(goFile, errors);
        cpu.cpuMicros += (THREADS.getCurrentThreadCpuTime() - start) / 1000;
        cpu.checks++;
        return r;
    }

    /** {@link Checker#check(String)}: the same on a fresh deep-stack thread, as the playground calls it. */
    @Benchmark
    public Object checkSource() {
        return Checker.check(source);
    }
}
