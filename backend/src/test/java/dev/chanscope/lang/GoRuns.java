package dev.chanscope.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.lang.interp.rt.Limits;

/** Test support: compile a Go program (failing the test on compile errors) and run it. */
final class GoRuns {

    private GoRuns() {}

    static GoProgram compile(String source) {
        return compile(source, "1.22");
    }

    static GoProgram compile(String source, String goVersion) {
        GoCompiler.Compilation c = GoCompiler.compile(source, goVersion);
        assertThat(c.errors()).as("compile errors").isEmpty();
        return c.program();
    }

    static GoResult run(String source) {
        return compile(source).run(1);
    }

    static GoResult run(String source, long seed, RunLimits engine, Limits interp) {
        return compile(source).run(RunConfig.of(seed).withLimits(engine), interp, e -> {});
    }

    /** A description of a result for assertion messages. */
    static String why(GoResult r) {
        return "outcome " + r.engine().outcome() + ", exit " + r.exitCode() + "\nstdout:\n" + r.stdout() + "\nstderr:\n"
                + r.stderr() + "\nfindings: " + r.engine().findings();
    }
}
