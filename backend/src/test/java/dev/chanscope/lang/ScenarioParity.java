package dev.chanscope.lang;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.Finding;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.Event;
import dev.chanscope.lang.interp.rt.Limits;
import dev.chanscope.scenario.ParamValidator;
import dev.chanscope.scenario.Params;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.library.Library;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Every scenario's Go source through the interpreter against its Java program, seeds 1 to 3 at
 * default parameters: the invariant lines ({@code = …}) and the kinds of diagnostics, side by side.
 * A measurement for docs/BENCHMARKS.md ("Scenarios through the interpreter"), not a test: the
 * scenarios do not all agree yet.
 */
public final class ScenarioParity {

    private ScenarioParity() {}

    public static void main(String[] args) {
        int same = 0;
        int total = 0;
        for (Scenario s : Library.catalog().all()) {
            Params p = ParamValidator.validate(s, null, "params");
            GoCompiler.Compilation c = GoCompiler.compile(s.goSource(p), "1.22");
            if (!c.ok()) {
                total += 3;
                System.out.println(s.id() + "\tdoes not compile: "
                        + c.errorText().lines().findFirst().orElse(""));
                continue;
            }
            for (long seed = 1; seed <= 3; seed++) {
                total++;
                List<String> javaLines = new ArrayList<>();
                RunResult jr = Engine.run(s.program(p), RunConfig.of(seed), e -> {
                    if (e instanceof Event.Log l && l.text().startsWith("= ")) {
                        javaLines.add(l.text());
                    }
                });
                GoResult gr = c.program().run(RunConfig.of(seed), Limits.DEFAULT, e -> {});
                List<String> goLines =
                        gr.stdout().lines().filter(l -> l.startsWith("= ")).toList();
                boolean ok = javaLines.equals(goLines) && kinds(jr).equals(kinds(gr.engine()));
                same += ok ? 1 : 0;
                System.out.println(s.id() + "\tseed " + seed + "\t" + (ok ? "same" : "DIFFERENT")
                        + (ok
                                ? ""
                                : "\tjava " + javaLines + " " + kinds(jr) + "\tgo " + goLines + " " + kinds(gr.engine())
                                        + " " + gr.stderr().lines().findFirst().orElse("")));
            }
        }
        System.out.println("same: " + same + " of " + total + " (scenario x seed)");
    }

    private static TreeSet<String> kinds(RunResult r) {
        TreeSet<String> k = new TreeSet<>();
        for (Finding f : r.findings()) {
            k.add(f.kind().wireName());
        }
        return k;
    }
}
