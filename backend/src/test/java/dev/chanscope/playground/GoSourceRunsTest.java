package dev.chanscope.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.lang.interp.rt.Limits;
import dev.chanscope.run.FieldError;
import dev.chanscope.run.InvalidRequestException;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.scenario.ScenarioResolver;
import dev.chanscope.scenario.library.Library;
import dev.chanscope.wire.StreamDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs of Go source through the request parser and the engine, as the server makes them: output
 * events, Go's exit status, compile errors at their line and column, stable digests.
 */
class GoSourceRunsTest {

    private static final RunRequestParser PARSER =
            new RunRequestParser(RunLimits.DEFAULT, new ScenarioResolver(Library.catalog()), new GoSourceResolver());

    /** What a run printed and how it ended. */
    record Ran(String stdout, String stderr, int exitCode, Outcome outcome, String digest, List<Event> events) {}

    static Ran run(Map<String, Object> request) {
        PreparedRun prepared = PARSER.parse(request, "");
        return run(prepared);
    }

    static Ran run(PreparedRun prepared) {
        PlaygroundOutput out = new PlaygroundOutput();
        StreamDigest digest = new StreamDigest();
        List<Event> events = new ArrayList<>();
        RunResult r = Engine.run(prepared.program(), prepared.config(), e -> {
            out.accept(e);
            digest.accept(e);
            events.add(e);
        });
        return new Ran(out.stdout(), out.stderr(), r.exitCode(), r.outcome(), digest.hex(), events);
    }

    static final String HELLO = """
            package main

            import "fmt"

            func main() {
            	ch := make(chan string)
            	go func() { ch <- "hello" }()
            	fmt.Println(<-ch, "world")
            }
            """;

    @Test
    void aProgramsOutputArrivesAsOutputEventsOfItsGoroutineAndLine() {
        Ran r = run(Map.of("source", HELLO));
        assertThat(r.stdout()).isEqualTo("hello world\n");
        assertThat(r.stderr()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
        Event.Output o = r.events().stream()
                .filter(Event.Output.class::isInstance)
                .map(Event.Output.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(o.g()).isEqualTo(1);
        assertThat(o.text()).isEqualTo("hello world\n");
        Event.LabelDefine label = r.events().stream()
                .filter(e -> e instanceof Event.LabelDefine d && d.label() == o.label())
                .map(Event.LabelDefine.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(label.line()).isEqualTo(8);
        assertThat(r.events()).anyMatch(e -> e instanceof Event.GoCreate c && c.g() == 2);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theSameRequestGivesTheSameDigestEveryTime(long seed) {
        Map<String, Object> request = Map.of("source", HELLO, "seed", seed, "gomaxprocs", 2);
        String first = run(request).digest();
        assertThat(run(request).digest()).isEqualTo(first);
        assertThat(run(PARSER.parse(request, "")).digest()).isEqualTo(first);
    }

    @Test
    void compileErrorsAreFieldErrorsAtTheirLineAndColumn() {
        String src = "package main\n\nimport \"os\"\n\nfunc main() {\n\tx := 1\n}\n";
        assertThatThrownBy(() -> PARSER.parse(Map.of("source", src), "run"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        FieldError.inText("source", 3, 8, "imported and not used: \"os\""),
                                        FieldError.inText("source", 6, 2, "x declared but not used")));
        assertThatThrownBy(() -> PARSER.parse(Map.of("source", "package main\n\nfunc main() {\n\tfor {\n}\n"), ""))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    FieldError only = e.errors().getFirst();
                    assertThat(only.path()).isEqualTo("source");
                    assertThat(only.line()).isEqualTo(6);
                    assertThat(only.message()).startsWith("syntax error");
                });
    }

    @Test
    void aBadGoVersionOrParamsAreRejectedWhereTheyAre() {
        assertThatThrownBy(() -> PARSER.parse(Map.of("source", HELLO, "goVersion", "2.0"), "run"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors().getFirst().path()).isEqualTo("run.goVersion"));
        assertThatThrownBy(() -> PARSER.parse(Map.of("source", HELLO, "params", Map.of("n", 1)), ""))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors().getFirst().path()).isEqualTo("params"));
    }

    @Test
    void aPanicPrintsGosReportToStderrAndExitsTwo() {
        Ran r = run(Map.of("source", "package main\n\nfunc main() {\n\tvar s []int\n\tidx := 5\n\t_ = s[idx]\n}\n"));
        assertThat(r.stderr())
                .startsWith("panic: runtime error: index out of range [5] with length 0\n\ngoroutine 1 [running]:\n");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.outcome()).isEqualTo(Outcome.PANICKED);
    }

    @Test
    void aDeadlockPrintsGosFatalErrorAndExitsTwo() {
        Ran r = run(Map.of("source", "package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n"));
        assertThat(r.stderr())
                .startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.outcome()).isEqualTo(Outcome.DEADLOCKED);
        // The report reached the stream before run-end closed it.
        assertThat(r.events().getLast()).isInstanceOf(Event.RunEnd.class);
        assertThat(r.events())
                .anyMatch(e -> e instanceof Event.Output o && o.text().startsWith("fatal error"));
    }

    @Test
    void osExitEndsWithItsCodeWithoutRunningDefers() {
        Ran r = run(Map.of(
                "source",
                "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tdefer fmt.Println(\"deferred\")\n"
                        + "\tfmt.Println(\"bye\")\n\tos.Exit(3)\n}\n"));
        assertThat(r.stdout()).isEqualTo("bye\n");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
    }

    @Test
    void aRunawayProgramEndsWithALimitLineAndExitsTwo() {
        GoSourceResolver small = new GoSourceResolver(new Limits(4_000_000_000L, 256L << 20, 100_000, 1000));
        RunRequestParser parser = new RunRequestParser(RunLimits.DEFAULT, small);
        Ran r = run(parser.parse(
                Map.of(
                        "source",
                        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor {\n\t\tfmt.Println(\"again\")\n\t}\n}\n"),
                ""));
        assertThat(r.outcome()).isEqualTo(Outcome.LIMIT_REACHED);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("chanscope: limit reached (output)");
        assertThat(r.stdout()).startsWith("again\nagain\n");
    }

    @Test
    void theLoopVariableIsSharedBeforeGo122() {
        String src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar fs []func()\n\tfor i := 0; i < 3; i++ {\n"
                + "\t\tfs = append(fs, func() { fmt.Print(i) })\n\t}\n\tfor _, f := range fs {\n\t\tf()\n\t}\n}\n";
        assertThat(run(Map.of("source", src)).stdout()).isEqualTo("012");
        assertThat(run(Map.of("source", src, "goVersion", "1.21")).stdout()).isEqualTo("333");
    }

    /**
     * Endless recursion ends with Go's stack overflow report and exit 2, whether the interpreter's
     * depth limit or the stack of the thread advancing the run (a small one here, as a request
     * thread's may be) runs out first.
     */
    @Test
    void endlessRecursionEndsWithGosStackOverflowEvenOnASmallThreadStack() throws Exception {
        String src = "package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tf(0)\n}\n";
        Ran[] ran = new Ran[1];
        Thread t = new Thread(null, () -> ran[0] = run(Map.of("source", src)), "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertThat(ran[0].stderr()).contains("fatal error: stack overflow");
        assertThat(ran[0].exitCode()).isEqualTo(2);
    }
}
