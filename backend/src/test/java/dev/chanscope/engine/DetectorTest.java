package dev.chanscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Outcome;
import org.junit.jupiter.api.Test;

/** Each detector fires on its bug and stays silent on the fix, over many seeds. */
class DetectorTest {

    private static final int SEEDS = 100;

    // ---- deadlock --------------------------------------------------------------------------------

    private static Program mainWaitsOnAChannel(boolean fix) {
        return go -> {
            Chan<Integer> done = go.makeChan("done", 0, "done := make(chan int)");
            go.go("worker", "go worker()", () -> {
                go.work(Durations.ms(1), "work()");
                if (fix) {
                    done.send(1, "done <- 1");
                }
            });
            done.recv("<-done");
        };
    }

    @Test
    void mainWaitingOnAChannelNobodySendsOnIsAGlobalDeadlock() {
        var t = Runs.run(mainWaitsOnAChannel(false), 1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.DEADLOCKED);
        Finding f = t.findings(DiagnosticKind.DEADLOCK).getFirst();
        assertThat(f.message())
                .contains("all goroutines are asleep - deadlock!")
                .contains("main (goroutine 1)")
                .contains("receive from channel done");
        assertThat(f.goroutines()).containsExactly(1);
        assertThat(f.labels()).containsExactly("<-done");
        assertThat(f.message()).contains("seed 1");
    }

    @Test
    void theFixedProgramHasNoDeadlock() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(mainWaitsOnAChannel(true), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
        }
    }

    private static Program transfer(boolean oneGlobalOrder, long pause) {
        return go -> {
            Mutex a = go.newMutex("a", "var a sync.Mutex");
            Mutex b = go.newMutex("b", "var b sync.Mutex");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            wg.add(2, "wg.Add(2)");
            go.go("left", "go left()", () -> {
                a.lock("a.Lock()");
                go.sleep(pause, "time.Sleep(pause)");
                b.lock("b.Lock()");
                b.unlock("b.Unlock()");
                a.unlock("a.Unlock()");
                wg.done("wg.Done()");
            });
            go.go("right", "go right()", () -> {
                Mutex first = oneGlobalOrder ? a : b;
                Mutex second = oneGlobalOrder ? b : a;
                first.lock("first.Lock()");
                go.sleep(pause, "time.Sleep(pause)");
                second.lock("second.Lock()");
                second.unlock("second.Unlock()");
                first.unlock("first.Unlock()");
                wg.done("wg.Done()");
            });
            wg.await("wg.Wait()");
        };
    }

    @Test
    void twoGoroutinesTakingTwoLocksInOppositeOrdersDeadlockAndTheCycleIsReported() {
        var t = Runs.run(transfer(false, 10), 1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.DEADLOCKED);
        var cycle = t.findings(DiagnosticKind.DEADLOCK).getFirst();
        assertThat(cycle.message())
                .as(t.why())
                .startsWith("deadlock: ")
                .contains("left (goroutine 2)")
                .contains("right (goroutine 3)");
        assertThat(cycle.goroutines()).containsExactlyInAnyOrder(2, 3);
        assertThat(t.findings(DiagnosticKind.LOCK_ORDER)).as(t.why()).hasSize(1);
    }

    @Test
    void oppositeLockOrdersAreReportedEvenWhenThisRunDidNotDeadlock() {
        // With no pause, one goroutine usually takes both locks before the other starts.
        int completedWithWarning = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(transfer(false, 0), seed);
            if (t.result().outcome() == Outcome.COMPLETED) {
                assertThat(t.findings(DiagnosticKind.LOCK_ORDER)).as(t.why()).hasSize(1);
                assertThat(t.findings(DiagnosticKind.LOCK_ORDER).getFirst().message())
                        .contains("lock-order inversion");
                completedWithWarning++;
            }
        }
        assertThat(completedWithWarning).isPositive();
    }

    @Test
    void oneGlobalLockOrderNeverDeadlocksNorWarns() {
        for (long pause : new long[] {0, 10}) {
            for (long seed = 0; seed < SEEDS; seed++) {
                var t = Runs.run(transfer(true, pause), seed);
                assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
                assertThat(t.result().findings()).as(t.why()).isEmpty();
            }
        }
    }

    // ---- races -----------------------------------------------------------------------------------

    private static Program counter(String guard) {
        return go -> {
            SharedVar counter = go.newVar("counter", 0, "var counter int");
            Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
            Chan<Integer> token = go.makeChan("token", 1, "token := make(chan int, 1)");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int i = 0; i < 3; i++) {
                wg.add(1, "wg.Add(1)");
                go.go("inc-" + i, "go inc()", () -> {
                    for (int k = 0; k < 3; k++) {
                        switch (guard) {
                            case "mutex" -> mu.lock("mu.Lock()");
                            case "channel" -> token.send(1, "token <- 1");
                            default -> {}
                        }
                        long v = counter.get("v := counter");
                        counter.set(v + 1, "counter = v + 1");
                        switch (guard) {
                            case "mutex" -> mu.unlock("mu.Unlock()");
                            case "channel" -> token.recv("<-token");
                            default -> {}
                        }
                    }
                    wg.done("wg.Done()");
                });
            }
            wg.await("wg.Wait()");
            go.log("counter " + counter.get("fmt.Println(counter)"), "fmt.Println(counter)");
        };
    }

    @Test
    void unsynchronisedIncrementsRaceAndLoseUpdatesUnderSomeSchedules() {
        int lost = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(counter("none"), seed);
            var races = t.findings(DiagnosticKind.RACE);
            assertThat(races).as(t.why()).isNotEmpty();
            assertThat(races.getFirst().message())
                    .contains("data race on counter")
                    .contains("not ordered by any synchronisation");
            assertThat(races.getFirst().goroutines()).hasSize(2);
            assertThat(races.getFirst().labels()).hasSize(2);
            if (!t.logs().contains("counter 9")) {
                lost++;
            }
        }
        assertThat(lost).as("some seeds must lose updates").isPositive();
    }

    @Test
    void incrementsUnderAMutexOrAChannelTokenNeverRaceNorLoseUpdates() {
        for (String guard : new String[] {"mutex", "channel"}) {
            for (long seed = 0; seed < SEEDS; seed++) {
                var t = Runs.run(counter(guard), seed);
                assertThat(t.result().findings()).as(guard + " " + t.why()).isEmpty();
                assertThat(t.logs()).as(t.why()).containsExactly("counter 9");
            }
        }
    }

    @Test
    void aWriteBeforeTheGoStatementHappensBeforeTheChildsRead() {
        var t = Runs.run(
                go -> {
                    SharedVar config = go.newVar("config", 0, "var config int");
                    config.set(42, "config = 42");
                    Chan<Long> done = go.makeChan("done", 0, "make");
                    go.go("reader", "go", () -> done.send(config.get("config"), "done <- config"));
                    go.log("read " + done.recv("<-done"), "print");
                },
                1);
        assertThat(t.result().findings()).as(t.why()).isEmpty();
    }

    // ---- leaks -----------------------------------------------------------------------------------

    private static Program firstResponseWins(boolean buffered) {
        return go -> {
            Chan<String> results = go.makeChan("results", buffered ? 3 : 0, "results := make(chan string)");
            for (int i = 0; i < 3; i++) {
                long latency = Durations.ms(10 + 5 * i);
                String name = "replica-" + i;
                go.go(name, "go query(replica)", () -> {
                    go.io(latency, "call(replica)");
                    results.send(name, "results <- r");
                });
            }
            go.log("first: " + results.recv("return <-results"), "return <-results");
            go.sleep(Durations.ms(100), "time.Sleep");
        };
    }

    @Test
    void goroutinesStillBlockedWhenMainReturnsAreReportedAsLeaks() {
        var t = Runs.run(firstResponseWins(false), 1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        var leaks = t.findings(DiagnosticKind.LEAK);
        assertThat(leaks).as(t.why()).hasSize(2);
        assertThat(leaks)
                .allSatisfy(l -> assertThat(l.message())
                        .contains("send to channel results")
                        .contains("`results <- r`"));
        assertThat(leaks.stream().map(l -> l.goroutines().getFirst())).containsExactlyInAnyOrder(3, 4);
    }

    @Test
    void aBufferedResultChannelLeaksNothing() {
        for (long seed = 0; seed < SEEDS; seed++) {
            var t = Runs.run(firstResponseWins(true), seed);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
        }
    }

    // ---- panic -----------------------------------------------------------------------------------

    @Test
    void anUnrecoveredPanicEndsTheProgramAndNamesTheGoroutine() {
        var t = Runs.run(
                go -> {
                    go.go("parser", "go parse()", () -> {
                        throw go.panic("index out of range [3] with length 3", "items[3]");
                    });
                    go.sleep(100, "time.Sleep");
                    go.log("not reached", "print");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
        assertThat(t.logs()).isEmpty();
        var p = t.findings(DiagnosticKind.PANIC).getFirst();
        assertThat(p.message())
                .contains("panic: index out of range [3] with length 3")
                .contains("parser (goroutine 2)");
    }
}
