package dev.chanscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operations the Go interpreter needs beyond the scenario API: exit, limits, GOMAXPROCS, races. */
class InterpreterHooksTest {

    @Test
    void exitFromAGoroutineEndsTheRunAndReportsBlockedGoroutinesAsLeaks() {
        var t = Runs.run(
                go -> {
                    Chan<Integer> never = go.makeChan("never", 0, "never := make(chan int)");
                    go.go("waiter", "go waiter()", () -> never.recv("<-never"));
                    go.go("exiter", "go exiter()", () -> {
                        go.sleep(Durations.ms(1), "time.Sleep(time.Millisecond)");
                        throw go.exit();
                    });
                    never.recv("<-never");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.findings(DiagnosticKind.LEAK)).as(t.why()).hasSize(2);
        assertThat(t.result().endTime()).isEqualTo(Durations.ms(1));
    }

    @Test
    void aLimitReachedByTheProgramEndsTheRunWithItsMessage() {
        var t = Runs.run(
                go -> {
                    throw go.limit("memory", "the program allocated more than 1 MiB");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.LIMIT_REACHED);
        assertThat(t.findings(DiagnosticKind.LIMIT).getFirst().message())
                .startsWith("limit reached (memory): the program allocated more than 1 MiB");
    }

    @Test
    void gomaxprocsCanBeRaisedWhileWorkWaitsForAProcessor() {
        List<Long> ends = new ArrayList<>();
        Program p = go -> {
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            wg.add(2, "wg.Add(2)");
            for (int i = 0; i < 2; i++) {
                go.go("spin", "go spin()", () -> {
                    go.work(Durations.ms(10), "work()");
                    ends.add(go.now());
                    wg.done("wg.Done()");
                });
            }
            assertThat(go.setGomaxprocs(2)).isEqualTo(1);
            assertThat(go.gomaxprocs()).isEqualTo(2);
            wg.await("wg.Wait()");
        };
        var t = Runs.run(p, RunConfig.of(3).withProcs(1));
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(ends).as(t.why()).containsExactly(Durations.ms(10), Durations.ms(10));
    }

    @Test
    void unorderedAccessesToARaceCellAreReportedOnceAndOrderedOnesAreNot() {
        for (boolean locked : new boolean[] {false, true}) {
            var t = Runs.run(
                    go -> {
                        RaceCell counter = new RaceCell("counter");
                        Mutex mu = go.newMutex("mu", "var mu sync.Mutex");
                        WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
                        wg.add(3, "wg.Add(3)");
                        for (int i = 0; i < 3; i++) {
                            go.go("inc", "go inc()", () -> {
                                if (locked) {
                                    mu.lock("mu.Lock()");
                                }
                                go.access(counter, false, "counter++");
                                go.access(counter, true, "counter++");
                                if (locked) {
                                    mu.unlock("mu.Unlock()");
                                }
                                wg.done("wg.Done()");
                            });
                        }
                        wg.await("wg.Wait()");
                    },
                    7);
            var races = t.findings(DiagnosticKind.RACE);
            if (locked) {
                assertThat(races).as(t.why()).isEmpty();
            } else {
                assertThat(races).as(t.why()).hasSize(1);
                assertThat(races.getFirst().message()).contains("data race on counter");
            }
            assertThat(t.all(Event.VarAccess.class)).isEmpty();
        }
    }
}
