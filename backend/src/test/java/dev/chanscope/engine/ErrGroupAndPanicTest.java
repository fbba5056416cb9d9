package dev.chanscope.engine;

import static dev.chanscope.engine.Durations.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import org.junit.jupiter.api.Test;

/** errgroup (x/sync 2022), panics and recover, and how a program ends when main returns. */
class ErrGroupAndPanicTest {

    private static final int SEEDS = 200;

    // ---- errgroup ----------------------------------------------------------------------------------

    @Test
    void errGroupWaitWaitsForAllAndReturnsTheFirstErrorInTimeOrder() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        ErrGroup g = go.newErrGroup("g", "var g errgroup.Group");
                        g.go("a", "g.Go(a)", () -> {
                            go.sleep(ms(30), "time.Sleep(30ms)");
                            return "a failed";
                        });
                        g.go("b", "g.Go(b)", () -> {
                            go.sleep(ms(10), "time.Sleep(10ms)");
                            return "b failed";
                        });
                        g.go("c", "g.Go(c)", () -> {
                            go.sleep(ms(50), "time.Sleep(50ms)");
                            return null;
                        });
                        String err = g.await("err := g.Wait()");
                        go.log("err=" + err + " at " + go.now(), "fmt.Println");
                    },
                    seed);
            assertThat(t.logs()).as(t.why()).endsWith("err=b failed at " + ms(50));
            assertThat(t.result().findings()).as(t.why()).isEmpty();
        }
    }

    @Test
    void errGroupWithContextCancelsTheContextOnTheFirstErrorSoSiblingsStopEarly() {
        for (long seed = 0; seed < 50; seed++) {
            var t = Runs.run(
                    go -> {
                        ErrGroup g = go.errGroupWithContext(go.background(), "g", "g, ctx := errgroup.WithContext(bg)");
                        Context ctx = g.context();
                        g.go("failer", "g.Go(fail)", () -> {
                            go.sleep(ms(10), "time.Sleep(10ms)");
                            return "boom";
                        });
                        g.go("watcher", "g.Go(watch)", () -> {
                            Select sel = go.select();
                            var done = sel.recv(ctx.done(), "case <-ctx.Done():");
                            sel.recv(go.after(Durations.seconds(1), "time.After(1s)"), "case <-time.After(1s):");
                            boolean cancelled = sel.run("select {") == done;
                            go.log(
                                    "watcher stopped at " + go.now() + (cancelled ? ": " + ctx.err() : ""),
                                    "fmt.Println");
                            return ctx.err();
                        });
                        g.go("plodder", "g.Go(plod)", () -> {
                            go.sleep(ms(30), "time.Sleep(30ms)");
                            return null;
                        });
                        String err = g.await("err := g.Wait()");
                        go.log("err=" + err + " at " + go.now(), "fmt.Println");
                    },
                    seed);
            assertThat(t.logs())
                    .as(t.why())
                    .contains("watcher stopped at " + ms(10) + ": context canceled")
                    .endsWith("err=boom at " + ms(30));
            assertThat(t.all(Event.ContextCancel.class))
                    .as(t.why())
                    .singleElement()
                    .satisfies(c -> assertThat(c.time()).isEqualTo(ms(10)));
        }
    }

    @Test
    void errGroupWaitCancelsTheGroupContextEvenWithoutAnError() {
        var t = Runs.run(
                go -> {
                    ErrGroup g = go.errGroupWithContext(go.background(), "g", "g, ctx := errgroup.WithContext(bg)");
                    g.go("ok", "g.Go(ok)", () -> null);
                    go.log("err=" + g.await("g.Wait()") + " ctx=" + g.context().err(), "fmt.Println");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("err=null ctx=context canceled");
    }

    @Test
    void errGroupSetLimitNeverRunsMoreThanNAtOnceAndBlocksTheCallerOfGo() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(
                    go -> {
                        ErrGroup g = go.newErrGroup("g", "var g errgroup.Group");
                        g.setLimit(2, "g.SetLimit(2)");
                        AtomicInt running = go.newAtomic("running", 0, "var running atomic.Int64");
                        long[] highWater = {0};
                        for (int i = 0; i < 6; i++) {
                            g.go("task" + i, "g.Go(task)", () -> {
                                highWater[0] = Math.max(highWater[0], running.add(1, "running.Add(1)"));
                                go.sleep(ms(10), "time.Sleep(10ms)");
                                running.add(-1, "running.Add(-1)");
                                return null;
                            });
                        }
                        go.log("all started at " + go.now(), "fmt.Println");
                        g.await("g.Wait()");
                        go.log("high water " + highWater[0] + ", done at " + go.now(), "fmt.Println");
                    },
                    seed);
            assertThat(t.logs())
                    .as(t.why())
                    .containsExactly("all started at " + ms(20), "high water 2, done at " + ms(30));
            int sem = SyncPrimitivesTest.obj(t, "g.sem");
            assertThat(t.all(Event.GoBlock.class))
                    .as(t.why())
                    .anyMatch(b -> b.g() == 1 && b.reason() == BlockReason.SEND && b.obj() == sem);
        }
    }

    // ---- panics ------------------------------------------------------------------------------------

    @Test
    void aPanicInAnyGoroutineEndsTheWholeProgram() {
        for (long seed = 0; seed < 50; seed++) {
            var t = Runs.run(
                    go -> {
                        go.go("worker", "go worker()", () -> {
                            go.sleep(ms(2), "time.Sleep(2ms)");
                            throw go.panic("boom", "panic(\"boom\")");
                        });
                        go.sleep(ms(10), "time.Sleep(10ms)");
                        go.log("main finished", "fmt.Println");
                    },
                    seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
            assertThat(t.result().endTime()).as(t.why()).isEqualTo(ms(2));
            assertThat(t.findings(DiagnosticKind.PANIC))
                    .as(t.why())
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.message()).contains("panic: boom").contains("worker (goroutine 2)");
                        assertThat(f.goroutines()).containsExactly(2);
                    });
            assertThat(t.logs()).as(t.why()).isEmpty();
        }
    }

    @Test
    void aPanicInAnErrGroupFunctionIsNotTurnedIntoAnErrorAndCrashesTheProgram() {
        var t = Runs.run(
                go -> {
                    ErrGroup g = go.newErrGroup("g", "var g errgroup.Group");
                    g.go("task", "g.Go(task)", () -> {
                        throw go.panic("nil map", "m[k] = v");
                    });
                    go.log("err=" + g.await("g.Wait()"), "fmt.Println");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
        assertThat(t.findings(DiagnosticKind.PANIC).getFirst().message())
                .as(t.why())
                .contains("panic: nil map")
                .contains("task");
    }

    @Test
    void recoverStopsAPanicAndTheGoroutineCarriesOn() {
        var t = Runs.run(
                go -> {
                    WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
                    wg.add(1, "wg.Add(1)");
                    go.go("worker", "go worker()", () -> {
                        try {
                            throw go.panic("boom", "panic(\"boom\")");
                        } catch (GoPanic p) {
                            go.log("recovered " + go.recovered(p, "recover()"), "fmt.Println");
                        }
                        wg.done("wg.Done()");
                    });
                    wg.await("wg.Wait()");
                    go.log("main finished", "fmt.Println");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.logs()).as(t.why()).containsExactly("recovered boom", "main finished");
        assertThat(t.all(Event.GoPanic.class))
                .as(t.why())
                .singleElement()
                .satisfies(p -> assertThat(p.g()).isEqualTo(2));
        assertThat(t.all(Event.GoRecover.class))
                .as(t.why())
                .singleElement()
                .satisfies(r -> assertThat(r.g()).isEqualTo(2));
        assertThat(t.result().findings()).as(t.why()).isEmpty();
    }

    // ---- main returning ----------------------------------------------------------------------------

    @Test
    void mainReturningEndsTheProgramAndOnlyGoroutinesBlockedOnSyncAreLeaks() {
        for (long seed = 0; seed < 50; seed++) {
            var t = Runs.run(
                    go -> {
                        Chan<Integer> ch = go.makeChan("results", 0, "results := make(chan int)");
                        Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
                        mu.lock("mu.Lock()");
                        go.go("receiver", "go receive()", () -> ch.recv("<-results"));
                        go.go("locker", "go lock()", () -> mu.lock("mu.Lock()"));
                        go.go("sleeper", "go nap()", () -> go.sleep(Durations.seconds(1), "time.Sleep(1s)"));
                        go.go("cruncher", "go crunch()", () -> go.work(Durations.seconds(1), "crunch()"));
                        go.sleep(ms(1), "time.Sleep(1ms)");
                    },
                    seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().endTime()).as(t.why()).isEqualTo(ms(1));
            assertThat(t.findings(DiagnosticKind.LEAK).stream().map(Finding::message))
                    .as(t.why())
                    .satisfiesExactlyInAnyOrder(
                            m -> assertThat(m)
                                    .contains("receiver")
                                    .contains("receive from channel results")
                                    .contains("`<-results`"),
                            m -> assertThat(m).contains("locker").contains("Lock of mu"));
            assertThat(t.all(Event.RunEnd.class))
                    .as(t.why())
                    .singleElement()
                    .satisfies(e -> assertThat(e.goroutinesLeft()).isEqualTo(4));
        }
    }
}
