package dev.chanscope.lang.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.lang.GoCompiler;
import dev.chanscope.lang.GoResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program of the conformance corpus through Chanscope, compared with what real Go 1.19 did:
 * stdout byte for byte, stderr after the corpus' normalisation, the exit code; for programs that do
 * not compile, the errors. The interpreter runs them as Go 1.19 (one loop variable per loop).
 *
 * <p>{@link #KNOWN_GAPS} names programs that need something Chanscope's std declarations do not
 * provide yet; each must still fail, so the list shrinks as soon as one is fixed.
 */
class InterpreterConformanceTest {

    /** Programs that cannot pass yet, and why (the std declarations are lang.types' to extend). */
    static final Map<String, String> KNOWN_GAPS = Map.of();

    static List<GoConformanceCorpus.Program> runPrograms() {
        return GoConformanceCorpus.programs(GoConformanceCorpus.Kind.RUN);
    }

    static List<GoConformanceCorpus.Program> compilePrograms() {
        return GoConformanceCorpus.programs(GoConformanceCorpus.Kind.COMPILE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runPrograms")
    void runsAsGoDoes(GoConformanceCorpus.Program p) {
        GoCompiler.Compilation c = GoCompiler.compile(p.sourceText(), "1.19");
        String outcome;
        boolean same;
        if (!c.ok()) {
            outcome = "does not compile:\n" + c.errorText();
            same = false;
        } else {
            GoResult r = c.program().run(1);
            String stdout = new String(r.stdoutBytes(), StandardCharsets.UTF_8);
            String stderr = GoConformanceCorpus.normaliseStderr(r.stderr());
            String expectedStdout = new String(p.expectedStdout(), StandardCharsets.UTF_8);
            same = java.util.Arrays.equals(r.stdoutBytes(), p.expectedStdout())
                    && stderr.equals(p.expectedStderr())
                    && r.exitCode() == p.expectedExit();
            outcome = "stdout:\n" + stdout + "\nstderr:\n" + stderr + "\nexit " + r.exitCode()
                    + "\n--- expected stdout:\n" + expectedStdout + "\nstderr:\n" + p.expectedStderr() + "\nexit "
                    + p.expectedExit();
        }
        check(p, same, outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compilePrograms")
    void reportsTheErrorsGoReports(GoConformanceCorpus.Program p) {
        GoCompiler.Compilation c = GoCompiler.compile(p.sourceText(), "1.19");
        String got = c.ok() ? "(compiled)\n" : c.errorText();
        check(p, got.equals(p.expectedErrors()), got + "--- expected:\n" + p.expectedErrors());
    }

    private static void check(GoConformanceCorpus.Program p, boolean same, String outcome) {
        String gap = KNOWN_GAPS.get(p.toString());
        if (gap != null) {
            assertThat(same)
                    .as("%s passes now (%s): take it off KNOWN_GAPS", p, gap)
                    .isFalse();
            return;
        }
        assertThat(same).as("%s differs from Go 1.19:\n%s", p, outcome).isTrue();
    }
}
