package dev.chanscope.bench;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.GoFormatter;
import dev.chanscope.lang.syntax.Parser;
import dev.chanscope.lang.syntax.Scanner;
import dev.chanscope.lang.syntax.SourceFile;
import dev.chanscope.lang.syntax.Token;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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

    private SourceFile source;
    private GoFile tree;

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
    public int scan() {
        Scanner s = new Scanner(source, new ErrorList(source));
        int n = 0;
        do {
            s.next();
            n++;
        } while (s.token() != Token.EOF);
        return n;
    }

    @Benchmark
    public GoFile parse() {
        return Parser.parse(source, new ErrorList(source));
    }

    @Benchmark
    public String format() {
        return GoFormatter.format(tree);
    }
}
