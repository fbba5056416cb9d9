package dev.chanscope.scenario.library;

import dev.chanscope.engine.Mutex;
import dev.chanscope.engine.Program;
import dev.chanscope.engine.SharedVar;
import dev.chanscope.engine.WaitGroup;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.scenario.LibraryScenario;
import dev.chanscope.scenario.Notes;
import dev.chanscope.scenario.ParamSpec;
import dev.chanscope.scenario.Params;
import java.util.List;
import java.util.Set;

/** Goroutines incrementing a plain shared int lose updates; a mutex around read-modify-write fixes it. */
public final class SharedCounter extends LibraryScenario {

    public SharedCounter() {
        super(new Info(
                "shared-counter",
                "Racy shared counter",
                "Pitfalls",
                "Several goroutines add to one plain int without synchronisation and updates get lost; a mutex makes every increment count.",
                new Notes(
                        "Each increment is two steps: read counter into v, then write v + 1 back. Watch two workers read the"
                                + " same value one after the other: both write the same result and one increment disappears. The"
                                + " race detector flags the unordered accesses even in runs where, by luck, nothing was lost.",
                        "counter++ (or v := counter; counter = v + 1) is not atomic: between the read and the write another"
                                + " goroutine can do its own read-modify-write, and the later write silently overwrites the earlier"
                                + " one. The final total then depends on the schedule, so tests pass on a quiet laptop and fail under"
                                + " load. With a single worker there is nothing to race with and the bug hides completely.",
                        "Make the read-modify-write one indivisible step: hold a sync.Mutex around it (as here), use"
                                + " sync/atomic (atomic.Int64.Add), or give the counter to one goroutine and send it increments over"
                                + " a channel. Run tests with go test -race, which reports the race on the first unordered access."),
                List.of(
                        ParamSpec.integer("workers", 4, 1, 1000, "How many goroutines increment the counter."),
                        ParamSpec.integer("increments", 5, 1, 100, "How many times each goroutine increments it."),
                        FIX),
                List.of()));
    }

    @Override
    public Program program(Params params) {
        int workers = params.getInt("workers");
        int increments = params.getInt("increments");
        boolean fix = params.getBool("fix");
        return go -> {
            SharedVar counter = go.newVar("counter", 0, "var counter int");
            Mutex mu = fix ? go.newMutex("mu", "var mu sync.Mutex") : null;
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int w = 0; w < workers; w++) {
                wg.add(1, "wg.Add(1)");
                go.go("worker-" + w, "go func() {", () -> {
                    for (int i = 0; i < increments; i++) {
                        if (fix) {
                            mu.lock("mu.Lock()");
                        }
                        long v = counter.get("v := counter");
                        counter.set(v + 1, "counter = v + 1");
                        if (fix) {
                            mu.unlock("mu.Unlock()");
                        }
                    }
                    wg.done("defer wg.Done()");
                });
            }
            wg.await("wg.Wait()");
            long total = counter.get("fmt.Println(\"counter:\", counter");
            int expected = workers * increments;
            go.log("counter: " + total + " lost updates: " + (expected - total), "fmt.Println(\"counter:\", counter");
            go.log("= expected " + expected, "fmt.Printf(\"= expected");
            if (fix) {
                go.log("= counter " + total, "fmt.Printf(\"= counter");
            }
        };
    }

    @Override
    public Set<DiagnosticKind> expectedDiagnostics(Params params) {
        return params.getBool("fix") ? Set.of() : Set.of(DiagnosticKind.RACE);
    }
}
