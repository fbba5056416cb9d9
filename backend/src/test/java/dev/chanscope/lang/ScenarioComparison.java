package dev.chanscope.lang;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.Finding;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunControl;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.Event;
import dev.chanscope.lang.interp.rt.Limits;
import dev.chanscope.scenario.ParamValidator;
import dev.chanscope.scenario.Params;
import dev.chanscope.scenario.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One scenario on one seed, run twice: its Java program on the engine and its Go source through the
 * interpreter, on the same parameters and run configuration. They agree when they print the same
 * invariant lines ({@code = …}: the Java program's log events, the Go program's stdout lines, in
 * order) and end with the same set of diagnostic kinds. Each side's whole output, events, wall time
 * and CPU time (of the thread that advanced the run: the engine runs every goroutine there) are kept for
 * docs/BENCHMARKS.md.
 *
 * @param scenario the scenario and what was varied ("worker-pool", "pipeline buffered=true")
 * @param go the Go side, or null when the source did not compile
 * @param compileNanos wall time of compiling the Go source (parse, check, build the tree)
 * @param compileErrors the Go compiler's errors, or null when the source compiled
 */
record ScenarioComparison(
        String scenario, long seed, Side java, Side go, long compileNanos, String compileErrors, String goStderr) {

    /**
     * What one side printed and found, and what running it cost.
     *
     * @param lines the invariant lines
     * @param output every line printed (log events of the Java program, stdout of the Go one)
     * @param endTime virtual time at the end of the run
     */
    record Side(
            List<String> lines,
            List<String> output,
            TreeSet<String> kinds,
            long events,
            long endTime,
            long wallNanos,
            long cpuNanos) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static ScenarioComparison of(Scenario s, long seed) {
        return of(s, Map.of(), RunConfig.of(seed), s.id());
    }

    static ScenarioComparison of(Scenario s, Map<String, Object> params, RunConfig config, String name) {
        Params p = ParamValidator.validate(s, params, "params");
        List<String> javaOutput = new ArrayList<>();
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        RunResult jr = Engine.run(s.program(p), config, e -> {
            if (e instanceof Event.Log l) {
                javaOutput.add(l.text());
            }
        });
        Side java = new Side(
                invariant(javaOutput.stream()),
                javaOutput,
                kinds(jr),
                jr.events(),
                jr.endTime(),
                System.nanoTime() - wall,
                THREADS.getCurrentThreadCpuTime() - cpu);

        long compile = System.nanoTime();
        GoCompiler.Compilation c = GoCompiler.compile(s.goSource(p), "1.22");
        compile = System.nanoTime() - compile;
        if (!c.ok()) {
            return new ScenarioComparison(name, config.seed(), java, null, compile, c.errorText(), "");
        }
        wall = System.nanoTime();
        GoRun run = c.program().start(config, Limits.DEFAULT, e -> {}, RunControl.withSystemClock());
        run.advance(Long.MAX_VALUE); // on the interpreter's own large-stack thread, which counts its CPU
        GoResult gr = run.result();
        List<String> goOutput = gr.stdout().lines().toList();
        Side go = new Side(
                invariant(goOutput.stream()),
                goOutput,
                kinds(gr.engine()),
                gr.engine().events(),
                gr.engine().endTime(),
                System.nanoTime() - wall,
                run.cpuNanos());
        return new ScenarioComparison(name, config.seed(), java, go, compile, null, gr.stderr());
    }

    private static List<String> invariant(Stream<String> lines) {
        return lines.filter(l -> l.startsWith("= ")).toList();
    }

    boolean same() {
        return go != null && java.lines().equals(go.lines()) && java.kinds().equals(go.kinds());
    }

    /**
     * The difference, for a reader: the invariant lines side by side ({@code -} only in Java, {@code +}
     * only in Go, position by position), the diagnostic kinds of each, and the Go run's stderr.
     */
    String diff() {
        if (go == null) {
            return scenario + " seed " + seed + ": the Go source does not compile:\n" + compileErrors;
        }
        StringBuilder b = new StringBuilder(scenario + " seed " + seed + " (- Java, + Go):\n");
        List<String> j = java.lines();
        List<String> g = go.lines();
        for (int i = 0; i < Math.max(j.size(), g.size()); i++) {
            String jl = i < j.size() ? j.get(i) : null;
            String gl = i < g.size() ? g.get(i) : null;
            if (jl != null && jl.equals(gl)) {
                b.append("  ").append(jl).append('\n');
                continue;
            }
            if (jl != null) {
                b.append("- ").append(jl).append('\n');
            }
            if (gl != null) {
                b.append("+ ").append(gl).append('\n');
            }
        }
        b.append("diagnostic kinds: Java ").append(java.kinds()).append(", Go ").append(go.kinds());
        if (!goStderr.isEmpty()) {
            b.append("\nGo stderr:\n").append(goStderr.strip());
        }
        return b.toString();
    }

    private static TreeSet<String> kinds(RunResult r) {
        TreeSet<String> k = new TreeSet<>();
        for (Finding f : r.findings()) {
            k.add(f.kind().wireName());
        }
        return k;
    }
}
