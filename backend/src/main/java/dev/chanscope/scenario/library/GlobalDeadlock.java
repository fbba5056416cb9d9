package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Go;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.scenario.GoCheck;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;
import java.util.Set;

/** The worker's error path returns without sending, so main waits on result forever. */
public final class GlobalDeadlock extends LibraryScenario {

    public GlobalDeadlock() {
        super(new Info(
                "global-deadlock",
                "Waiting for a send that never comes",
                "Pitfalls",
                "main waits for the worker's result, but the worker's error path returns without sending: every goroutine is asleep and Go aborts.",
                new Notes(
                        "main parks on sum := <-result straight away. Watch the worker reach the invalid item and return"
                                + " without touching result: it is gone, main is the only goroutine left and nothing can ever send"
                                + " to it. The runtime notices that every goroutine is blocked and stops the program.",
                        "A goroutine that reports back over a channel must send on every path out of it, including early"
                                + " returns for errors. Miss one and the receiver waits forever. Here Go catches it because nothing"
                                + " else is running; in a server with other busy goroutines the same bug is a silent hang of one"
                                + " request (and a leak), with no crash to point at it.",
                        "Send a result on every path: put the error in the message (a struct with a value and an err, as"
                                + " here) so the receiver learns about failure instead of waiting for success. errgroup.Group does"
                                + " this for you, and a receive that can also give up (select with ctx.Done() or time.After) bounds"
                                + " the damage when a sender is lost."),
                List.of(
                        ParamSpec.integer("items", 5, 1, 10_000, "How many items the worker adds up."),
                        ParamSpec.integer(
                                "badItem", 3, 0, 10_000, "Which item is invalid (0, or more than items: none is)."),
                        ParamSpec.duration(
                                "step", Durations.ms(2), 0, Durations.seconds(1), "How long parsing one item takes."),
                        FIX),
                List.of()));
    }

    private record Outcome(long sum, String err) {
        /** As the channel shows the value: Go's composite literal. */
        @Override
        public String toString() {
            return err == null ? "outcome{sum: " + sum + "}" : "outcome{err: " + err + "}";
        }
    }

    @Override
    public Program program(Params params) {
        int items = params.getInt("items");
        int badItem = params.getInt("badItem");
        long step = params.getLong("step");
        return params.getBool("fix") ? fixed(items, badItem, step) : buggy(items, badItem, step);
    }

    private static Program buggy(int items, int badItem, long step) {
        return go -> {
            Chan<Long> result = go.makeChan("result", 0, 0L, "result := make(chan int)");
            go.go("worker", "go func() {", () -> {
                long sum = 0;
                for (int i = 1; i <= items; i++) {
                    go.sleep(step, "time.Sleep(step)");
                    if (i == badItem) {
                        go.log("worker: item " + i + " is invalid, giving up", "fmt.Println(\"worker: item\"");
                        return;
                    }
                    sum += i;
                }
                result.send(sum, "result <- sum");
            });
            long sum = result.recv("sum := <-result");
            go.log("= sum " + sum, "fmt.Printf(\"= sum");
        };
    }

    private static Program fixed(int items, int badItem, long step) {
        return go -> {
            Chan<Outcome> result = go.makeChan("result", 0, new Outcome(0, null), "result := make(chan outcome)");
            go.go("worker", "go func() {", () -> work(go, result, items, badItem, step));
            Outcome r = result.recv("r := <-result");
            if (r.err() != null) {
                go.log("= error: " + r.err(), "fmt.Printf(\"= error");
                return;
            }
            go.log("= sum " + r.sum(), "fmt.Printf(\"= sum");
        };
    }

    private static void work(Go go, Chan<Outcome> result, int items, int badItem, long step) {
        long sum = 0;
        for (int i = 1; i <= items; i++) {
            go.sleep(step, "time.Sleep(step)");
            if (i == badItem) {
                result.send(new Outcome(0, "item " + i + " is invalid"), "result <- outcome{err:");
                return;
            }
            sum += i;
        }
        result.send(new Outcome(sum, null), "result <- outcome{sum: sum}");
    }

    @Override
    public Set<DiagnosticKind> expectedDiagnostics(Params params) {
        return deadlocks(params) ? Set.of(DiagnosticKind.DEADLOCK) : Set.of();
    }

    @Override
    public GoCheck goCheck(Params params) {
        return deadlocks(params) ? GoCheck.DEADLOCK : GoCheck.OK;
    }

    private static boolean deadlocks(Params params) {
        return !params.getBool("fix")
                && params.getInt("badItem") >= 1
                && params.getInt("badItem") <= params.getInt("items");
    }
}
