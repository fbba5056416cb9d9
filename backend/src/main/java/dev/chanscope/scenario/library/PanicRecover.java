package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.GoPanic;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.InterventionKind;
import dev.chanscope.scenario.GoCheck;
import dev.chanscope.scenario.InterventionOffer;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;
import java.util.Set;

/** One worker's panic kills the whole program; a deferred recover turns it into an error for main. */
public final class PanicRecover extends LibraryScenario {

    static final String INDEX_PANIC = "runtime error: index out of range [0] with length 0";

    public PanicRecover() {
        super(
                new Info(
                        "panic-recover",
                        "A panicking goroutine",
                        "Pitfalls",
                        "One worker indexes an empty string and panics, which ends the whole program; a deferred recover in the worker turns the panic into an error main can report.",
                        new Notes(
                                "Every worker reads the first digit of its input; one input is empty. Watch that worker reach s[0]:"
                                        + " without the fix the panic ends the run on the spot, whatever the other goroutines were doing."
                                        + " With the fix its deferred function recovers and sends an error on results like any other answer.",
                                "A panic that is not recovered in the goroutine where it happens crashes the entire process: main"
                                        + " cannot catch it, because recover only works in a deferred call on the panicking goroutine's own"
                                        + " stack. One bad input in one background goroutine takes down every request the server was"
                                        + " handling.",
                                "At the top of a goroutine that runs code you do not fully trust, defer a function that calls"
                                        + " recover() and reports the value as an error over the channel main already reads. Keep it to"
                                        + " reporting: a recovered goroutine should finish, not carry on with half-updated state. Prefer"
                                        + " returning errors over panicking in your own code."),
                        List.of(
                                ParamSpec.integer("workers", 4, 1, 1000, "How many workers run, one input each."),
                                ParamSpec.integer(
                                        "badInput",
                                        2,
                                        0,
                                        1000,
                                        "Which worker gets the empty input (workers or more: none)."),
                                ParamSpec.duration(
                                        "workTime",
                                        Durations.ms(2),
                                        0,
                                        Durations.seconds(1),
                                        "How long a worker works before parsing."),
                                FIX),
                        List.of(
                                new InterventionOffer(
                                        InterventionKind.INJECT_PANIC,
                                        "worker-0",
                                        "Crash worker-0",
                                        "Make worker-0 panic where it stands: without the fix the program dies, with it the panic becomes an error."))));
    }

    private record Result(int worker, int digit, String err) {
        /** As the channel shows the value: Go's composite literal. */
        @Override
        public String toString() {
            return err == null
                    ? "result{worker: " + worker + ", digit: " + digit + "}"
                    : "result{worker: " + worker + ", err: " + err + "}";
        }
    }

    @Override
    public Program program(Params params) {
        int workers = params.getInt("workers");
        int badInput = params.getInt("badInput");
        long workTime = params.getLong("workTime");
        boolean fix = params.getBool("fix");
        return go -> {
            Chan<Result> results = go.makeChan("results", 0, "results := make(chan result)");
            for (int w = 0; w < workers; w++) {
                int id = w;
                String input = w == badInput ? "" : Integer.toString(w + 1);
                go.go(
                        "worker-" + w,
                        "go worker(w, input, results)",
                        () -> worker(go, id, input, results, workTime, fix));
            }
            int sum = 0;
            int failed = 0;
            for (int i = 0; i < workers; i++) {
                Result r = results.recv("r := <-results");
                if (r.err() != null) {
                    go.log("= recovered: " + r.err(), "fmt.Printf(\"= recovered");
                    failed++;
                    continue;
                }
                sum += r.digit();
            }
            go.log(
                    "= " + workers + " workers, " + failed + " failed, sum of first digits " + sum,
                    "fmt.Printf(\"= %d workers");
        };
    }

    private static void worker(Go go, int id, String input, Chan<Result> results, long workTime, boolean fix) {
        if (!fix) {
            work(go, id, input, results, workTime);
            return;
        }
        try {
            work(go, id, input, results, workTime);
        } catch (GoPanic p) {
            Object r = go.recovered(p, "if r := recover(); r != nil {");
            results.send(new Result(id, 0, "worker " + id + ": " + r), "results <- result{worker: id, err:");
        }
    }

    private static void work(Go go, int id, String input, Chan<Result> results, long workTime) {
        go.sleep(workTime, "time.Sleep(workTime)");
        int digit = firstDigit(go, input);
        results.send(new Result(id, digit, null), "results <- result{worker: id, digit: firstDigit(input)}");
    }

    /** firstDigit(s): s[0] on an empty string is Go's index-out-of-range runtime panic. */
    private static int firstDigit(Go go, String s) {
        if (s.isEmpty()) {
            throw go.panic(INDEX_PANIC, "return int(s[0] - '0')");
        }
        return s.charAt(0) - '0';
    }

    @Override
    public Set<DiagnosticKind> expectedDiagnostics(Params params) {
        // The offered intervention can crash a worker in the buggy program whatever its input.
        return params.getBool("fix") ? Set.of() : Set.of(DiagnosticKind.PANIC);
    }

    @Override
    public GoCheck goCheck(Params params) {
        return panics(params) ? GoCheck.panic("index out of range") : GoCheck.OK;
    }

    private static boolean panics(Params params) {
        return !params.getBool("fix") && params.getInt("badInput") < params.getInt("workers");
    }
}
