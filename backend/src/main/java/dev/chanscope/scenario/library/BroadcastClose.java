package dev.chanscope.scenario.library;

import dev.chanscope.engine.AtomicInt;
import dev.chanscope.engine.Chan;
import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;

/** Closing a channel is a broadcast: every goroutine waiting to receive from it wakes at once. */
public final class BroadcastClose extends LibraryScenario {

    public BroadcastClose() {
        super(new Info(
                "broadcast-close",
                "Broadcast by closing",
                "Basics",
                "Many listeners wait on <-done; a single close(done) wakes all of them at the same instant.",
                new Notes(
                        "Every listener parks on <-done. Nothing is ever sent on done: when main calls close(done),"
                                + " all the waiting receivers wake in the same instant, each receiving the zero value"
                                + " because the channel is closed. A listener that arrived after the close would not wait"
                                + " at all: a closed channel stays ready for every receive.",
                        "Signalling with a send, done <- struct{}{}, wakes exactly one listener per send, and main has"
                                + " to know how many are listening; one send too many blocks main forever, one too few"
                                + " leaves a listener stuck. Closing the channel a second time to signal again panics.",
                        "Use close for one-to-many signals (stop, ready, shutdown) and a send for one-to-one handoffs."
                                + " Only the goroutine that owns the channel closes it, once. context.Context's Done channel"
                                + " is this same pattern with cancellation on top."),
                List.of(
                        ParamSpec.integer("listeners", 5, 1, 5_000, "How many goroutines wait on <-done."),
                        ParamSpec.duration(
                                "closeAfter",
                                Durations.ms(2),
                                0,
                                Durations.seconds(1),
                                "How long main waits before closing done.")),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int listeners = params.getInt("listeners");
        long closeAfter = params.getLong("closeAfter");
        return go -> {
            Chan<Void> done = go.makeChan("done", 0, "done := make(chan struct{})");
            AtomicInt woken = go.newAtomic("woken", 0, "var woken atomic.Int64");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int i = 1; i <= listeners; i++) {
                int id = i;
                wg.add(1, "wg.Add(1)");
                go.go("listener-" + id, "go func(id int) { // listener id", () -> {
                    done.recv("<-done // wait for the broadcast");
                    woken.add(1, "woken.Add(1)");
                    go.log("listener " + id + " woke", "fmt.Println(\"listener\", id, \"woke\")");
                    wg.done("defer wg.Done()");
                });
            }

            go.sleep(closeAfter, "time.Sleep(closeAfter)");
            done.close("close(done)");
            wg.await("wg.Wait()");
            long n = woken.load("fmt.Println(\"= listeners woken:\", woken.Load(), \"of\", listeners)");
            go.log(
                    "= listeners woken: " + n + " of " + listeners,
                    "fmt.Println(\"= listeners woken:\", woken.Load(), \"of\", listeners)");
            go.log(
                    "= goroutines left: " + GoroutinesLeft.count(go),
                    "fmt.Println(\"= goroutines left:\", goroutinesLeft())");
        };
    }
}
