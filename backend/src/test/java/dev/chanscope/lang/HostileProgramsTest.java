package dev.chanscope.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.RunLimits;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.lang.interp.rt.Limits;
import org.junit.jupiter.api.Test;

/**
 * Programs written to exhaust the server: each ends with its limit's diagnostic (or Go's own fatal
 * error), never a hang, a Java error or an OutOfMemoryError, and the next run works normally.
 */
class HostileProgramsTest {

    private static final RunLimits ENGINE = RunLimits.DEFAULT.withMaxWallNanos(20_000_000_000L);

    private static GoResult run(String body, RunLimits engine, Limits limits) {
        String source =
                "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nvar _ = strings.Repeat\nvar _ = fmt.Sprint\n\n"
                        + body;
        return GoRuns.run(source, 1, engine, limits);
    }

    private static void assertLimit(GoResult r, String bound) {
        assertThat(r.engine().outcome()).as(GoRuns.why(r)).isEqualTo(Outcome.LIMIT_REACHED);
        assertThat(r.stderr()).as(GoRuns.why(r)).contains("chanscope: limit reached (" + bound + ")");
        assertThat(r.exitCode()).isEqualTo(2);
    }

    @Test
    void anInfiniteLoopEndsAtTheStepLimit() {
        GoResult r = run("func main() {\n\tfor {\n\t}\n}\n", ENGINE, Limits.DEFAULT.withMaxUnits(20_000_000));
        assertLimit(r, "steps");
    }

    @Test
    void anInfiniteLoopEndsAtTheWallTimeLimitWhenStepsAllowMore() {
        GoResult r = run(
                "func main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n",
                RunLimits.DEFAULT.withMaxWallNanos(300_000_000L),
                Limits.DEFAULT);
        assertLimit(r, "wall time");
    }

    @Test
    void aGoroutineBombEndsAtTheGoroutineLimit() {
        GoResult r = run("func main() {\n\tfor {\n\t\tgo func() { select {} }()\n\t}\n}\n", ENGINE, Limits.DEFAULT);
        assertLimit(r, "goroutines");
    }

    @Test
    void tenThousandGoroutinesAreAllowed() {
        GoResult r = run("""
                func main() {
                \tstart := make(chan struct{})
                \tdone := make(chan int, 10000)
                \tfor i := 0; i < 10000; i++ {
                \t\tgo func(i int) { <-start; done <- i }(i)
                \t}
                \tclose(start)
                \tsum := 0
                \tfor i := 0; i < 10000; i++ {
                \t\tsum += <-done
                \t}
                \tfmt.Println(sum)
                }
                """, ENGINE, Limits.DEFAULT);
        assertThat(r.stdout()).as(GoRuns.why(r)).isEqualTo("49995000\n");
    }

    @Test
    void anAllocationBombEndsAtTheMemoryLimit() {
        GoResult r = run("""
                func main() {
                \tvar keep [][]byte
                \tfor {
                \t\tkeep = append(keep, make([]byte, 1<<20))
                \t}
                }
                """, ENGINE, Limits.DEFAULT.withMaxAllocBytes(64L << 20));
        assertLimit(r, "memory");
    }

    @Test
    void endlessRecursionIsGosStackOverflow() {
        GoResult r = run(
                "func f(n int) int { return f(n+1) + 1 }\n\nfunc main() {\n\tfmt.Println(f(0))\n}\n",
                ENGINE,
                Limits.DEFAULT);
        assertThat(r.engine().outcome()).as(GoRuns.why(r)).isEqualTo(Outcome.PANICKED);
        assertThat(r.stderr())
                .startsWith(
                        "runtime: goroutine stack exceeds 1000000000-byte limit\n" + "fatal error: stack overflow\n");
        assertThat(r.exitCode()).isEqualTo(2);
    }

    @Test
    void deepButFiniteRecursionWorks() {
        GoResult r = run(
                "func f(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn f(n-1) + 1\n}\n\n"
                        + "func main() {\n\tfmt.Println(f(90000))\n}\n",
                ENGINE,
                Limits.DEFAULT);
        assertThat(r.stdout()).as(GoRuns.why(r)).isEqualTo("90000\n");
    }

    @Test
    void endlessOutputEndsAtTheOutputLimit() {
        GoResult r = run(
                "func main() {\n\tfor {\n\t\tfmt.Println(\"spam spam spam\")\n\t}\n}\n",
                ENGINE,
                Limits.DEFAULT.withMaxOutputBytes(64 * 1024));
        assertLimit(r, "output");
        assertThat(r.stdoutBytes().length).isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void aTenMegabyteBuilderFitsTheDefaultLimitsAndNotASmallerOne() {
        String body = """
                func main() {
                \tvar b strings.Builder
                \tchunk := strings.Repeat("x", 1024)
                \tfor i := 0; i < 10240; i++ {
                \t\tb.WriteString(chunk)
                \t}
                \tfmt.Println(b.Len())
                }
                """;
        GoResult ok = run(body, ENGINE, Limits.DEFAULT);
        assertThat(ok.stdout()).as(GoRuns.why(ok)).isEqualTo("10485760\n");
        GoResult limited = run(body, ENGINE, Limits.DEFAULT.withMaxAllocBytes(8L << 20));
        assertLimit(limited, "memory");
    }
}
