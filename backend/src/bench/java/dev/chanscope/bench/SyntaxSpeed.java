package dev.chanscope.bench;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.GoFormatter;
import dev.chanscope.lang.syntax.Parser;
import dev.chanscope.lang.syntax.Scanner;
import dev.chanscope.lang.syntax.SourceFile;
import dev.chanscope.lang.syntax.Token;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Go front end on a program of {@code lines} lines ({@link GoProgram}), warm: scanning to EOF,
 * parsing to a tree (with the branch checks go build makes), and formatting as gofmt does. Average
 * time per operation, in microseconds.
 *
 * <p>On a shared machine other processes steal wall time, so each operation also adds the CPU time
 * of the benchmark thread to {@code cpuNanos} and counts itself in {@code ops}: {@code cpuNanos /
 * ops} is the CPU time of one operation, which load elsewhere barely moves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SyntaxSpeed {

    @Param({"1000"})
    public int lines;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SourceFile source;
    private GoFile tree;

    /** CPU time and operations per iteration (totals: divide one by the other). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        public long cpuNanos;
        public long ops;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            ops = 0;
        }

        long start() {
            return THREADS.getCurrentThreadCpuTime();
        }

        void stop(long start) {
            cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
            ops++;
        }
    }

    @Setup
    public void setup() {
        source = SourceFile.of(GoProgram.ofLines(lines));
        ErrorList errors = new ErrorList(source);
        tree = Parser.parse(source, errors);
        if (tree == null || !errors.isEmpty()) {
            throw new IllegalStateException("benchmark program does not parse: " + errors.errors());
        }
    }

    @Benchmark
    public int scan(Cpu cpu) {
        long t = cpu.start();
        Scanner s = new Scanner(source, new ErrorList(source));
        int n = 0;
        do {
            s.next();
            n++;
        } while (s.token() != Token.EOF);
        cpu.stop(t);
        return n;
    }

    @Benchmark
    public GoFile parse(Cpu cpu) {
        long t = cpu.start();
        GoFile f = Parser.parse(source, new ErrorList(source));
        cpu.stop(t);
        return f;
    }

    @Benchmark
    public String format(Cpu cpu) {
        long t = cpu.start();
        String s = GoFormatter.format(tree);
        cpu.stop(t);
        return s;
    }
}
