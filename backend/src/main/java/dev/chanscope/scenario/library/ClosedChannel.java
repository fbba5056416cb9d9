package dev.chanscope.scenario.library;

import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.scenario.GoCheck;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;
import java.util.Set;

/** Every producer closes the shared channel when it is done: the second close (or a late send) panics. */
public final class ClosedChannel extends LibraryScenario {

    public ClosedChannel() {
        super(new Info(
                "closed-channel",
                "Closing a shared channel",
                "Pitfalls",
                "Producers sharing one channel each close it when they finish, so a later send or the second close panics; one closer after a WaitGroup fixes it.",
                new Notes(
                        "The first producer to finish closes results and main's range loop ends. Watch the others: the next"
                                + " one to send, or to reach its own close, panics and takes the whole program down. With the fix,"
                                + " a single closer goroutine waits for every producer and closes once.",
                        "A closed channel stays closed: a send on it panics with \"send on closed channel\" and closing it"
                                + " again panics with \"close of closed channel\". When several goroutines send on one channel, none"
                                + " of them knows on its own that all the sending is over, so none of them may close it. With a"
                                + " single producer the same code happens to work, which is how the bug slips in.",
                        "Close a channel exactly once, from the sending side, after the last send: count the producers with a"
                                + " sync.WaitGroup and let one extra goroutine do wg.Wait() then close(results). Receivers never"
                                + " close; they just range until the channel is closed and drained."),
                List.of(
                        ParamSpec.integer("producers", 3, 1, 1000, "How many goroutines send on the shared channel."),
                        ParamSpec.integer("perProducer", 4, 1, 100, "How many values each producer sends."),
                        ParamSpec.duration(
                                "produceTime",
                                Durations.ms(1),
                                0,
                                Durations.seconds(1),
                                "How long producing one value takes."),
                        FIX),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int producers = params.getInt("producers");
        int perProducer = params.getInt("perProducer");
        long produceTime = params.getLong("produceTime");
        boolean fix = params.getBool("fix");
        return go -> {
            Chan<Integer> results = go.makeChan("results", 0, 0, "results := make(chan int)");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int p = 0; p < producers; p++) {
                int producer = p;
                wg.add(1, "wg.Add(1)");
                go.go("producer-" + p, "go func(p int) {", () -> {
                    for (int i = 0; i < perProducer; i++) {
                        go.sleep(produceTime, "time.Sleep(produceTime)");
                        results.send(producer * perProducer + i, "results <- p*perProducer + i");
                    }
                    if (!fix) {
                        results.close("close(results) // \"I'm done\"");
                    }
                    wg.done("defer wg.Done()");
                });
            }
            if (fix) {
                go.go("closer", "go func() {", () -> {
                    wg.await("wg.Wait()");
                    results.close("close(results) // so exactly one");
                });
            }
            int[] seen = new int[producers * perProducer];
            for (int v : results.range("for v := range results {")) {
                seen[v]++;
            }
            if (!fix) {
                wg.await("wg.Wait()");
            }
            int count = 0;
            int once = 0;
            for (int n : seen) {
                count += n;
                if (n == 1) {
                    once++;
                }
            }
            go.log(
                    "= received " + count + " values, " + once + " of " + seen.length + " exactly once",
                    "fmt.Printf(\"= received");
        };
    }

    @Override
    public Set<DiagnosticKind> expectedDiagnostics(Params params) {
        return panics(params) ? Set.of(DiagnosticKind.PANIC) : Set.of();
    }

    @Override
    public GoCheck goCheck(Params params) {
        // The second producer to finish either sends on the closed channel or closes it again: both
        // messages end in "closed channel", and one of them always comes.
        return panics(params) ? GoCheck.panic("closed channel") : GoCheck.OK;
    }

    private static boolean panics(Params params) {
        return !params.getBool("fix") && params.getInt("producers") > 1;
    }
}
