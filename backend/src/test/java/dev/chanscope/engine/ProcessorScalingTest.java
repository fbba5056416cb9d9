package dev.chanscope.engine;

import static dev.chanscope.engine.Durations.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §3's time model: CPU-bound work needs one of P processors, sleeping and I/O need none. A pool
 * of W workers draining J one-millisecond jobs takes J/min(W,P) ms when the jobs are CPU-bound, and J/W
 * ms when they sleep or wait on I/O.
 */
class ProcessorScalingTest {

    private static final int P = 4;
    private static final int JOBS = 64;

    private enum Kind {
        WORK,
        IO,
        SLEEP
    }

    private static Program pool(int workers, Kind kind) {
        return go -> {
            Chan<Integer> jobs = go.makeChan("jobs", JOBS, "jobs := make(chan int, J)");
            for (int j = 0; j < JOBS; j++) jobs.send(j, "jobs <- j");
            jobs.close("close(jobs)");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int w = 0; w < workers; w++) {
                wg.add(1, "wg.Add(1)");
                go.go("worker-" + w, "go worker()", () -> {
                    for (int ignored : jobs.range("for j := range jobs")) {
                        switch (kind) {
                            case WORK -> go.work(ms(1), "compute(j)");
                            case IO -> go.io(ms(1), "fetch(j)");
                            case SLEEP -> go.sleep(ms(1), "time.Sleep(1ms)");
                        }
                    }
                    wg.done("wg.Done()");
                });
            }
            wg.await("wg.Wait()");
        };
    }

    private static Runs.Trace run(int workers, Kind kind, long seed) {
        var t = Runs.run(pool(workers, kind), RunConfig.of(seed).withProcs(P));
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings()).as(t.why()).isEmpty();
        return t;
    }

    @Test
    void cpuBoundPoolTakesJobsOverMinOfWorkersAndProcsMilliseconds() {
        for (long seed = 0; seed < 20; seed++) {
            for (int w : new int[] {1, 2, 4, 8, 16}) {
                var t = run(w, Kind.WORK, seed);
                assertThat(t.result().endTime()).as(w + " workers: " + t.why()).isEqualTo(ms(JOBS / Math.min(w, P)));
            }
        }
    }

    @Test
    void cpuBoundThroughputFlattensAtGomaxprocs() {
        long four = run(4, Kind.WORK, 1).result().endTime();
        var eight = run(8, Kind.WORK, 1);
        var sixteen = run(16, Kind.WORK, 1);
        assertThat(eight.result().endTime()).as(eight.why()).isEqualTo(four);
        assertThat(sixteen.result().endTime()).as(sixteen.why()).isEqualTo(four);
    }

    @Test
    void ioAndSleepBoundPoolsKeepScalingPastGomaxprocs() {
        for (Kind kind : new Kind[] {Kind.IO, Kind.SLEEP}) {
            for (long seed = 0; seed < 20; seed++) {
                var four = run(4, kind, seed);
                var sixteen = run(16, kind, seed);
                assertThat(four.result().endTime()).as(kind + " " + four.why()).isEqualTo(ms(JOBS / 4));
                assertThat(sixteen.result().endTime())
                        .as(kind + " " + sixteen.why())
                        .isEqualTo(ms(JOBS / 16));
                assertThat(four.result().endTime())
                        .as(kind + " " + sixteen.why())
                        .isEqualTo(4 * sixteen.result().endTime());
            }
        }
    }

    @Test
    void neverMoreThanGomaxprocsGoroutinesHoldAProcessorAtOnce() {
        var t = run(16, Kind.WORK, 7);
        Set<Integer> busy = new HashSet<>();
        int most = 0;
        for (Event e : t.events()) {
            if (e instanceof Event.ProcAcquire a) {
                assertThat(busy.add(a.proc()))
                        .as("processor " + a.proc() + " handed out twice: " + t.why())
                        .isTrue();
                assertThat(a.proc()).as(t.why()).isBetween(0, P - 1);
                most = Math.max(most, busy.size());
            } else if (e instanceof Event.ProcRelease r) {
                busy.remove(r.proc());
            }
        }
        assertThat(most).as(t.why()).isEqualTo(P);
        assertThat(t.all(Event.ProcAcquire.class)).as(t.why()).hasSize(JOBS);
    }

    @Test
    void aSleepingGoroutineDoesNotHoldTheOnlyProcessor() {
        var t = Runs.run(
                go -> {
                    WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
                    wg.add(2, "wg.Add(2)");
                    go.go("sleeper", "go", () -> {
                        go.sleep(ms(10), "time.Sleep(10ms)");
                        wg.done("wg.Done()");
                    });
                    go.go("cruncher", "go", () -> {
                        go.work(ms(10), "crunch()");
                        wg.done("wg.Done()");
                    });
                    wg.await("wg.Wait()");
                    go.log("gomaxprocs " + go.gomaxprocs(), "fmt.Println");
                },
                RunConfig.of(1).withProcs(1));
        assertThat(t.logs()).as(t.why()).containsExactly("gomaxprocs 1");
        assertThat(t.result().endTime()).as(t.why()).isEqualTo(ms(10));
    }

    @Test
    void twoCpuBoundGoroutinesOnOneProcessorTakeTurnsAndTakeTwiceAsLong() {
        var t = Runs.run(
                go -> {
                    WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
                    wg.add(2, "wg.Add(2)");
                    for (int i = 0; i < 2; i++) {
                        go.go("cruncher" + i, "go", () -> {
                            go.work(ms(10), "crunch()");
                            wg.done("wg.Done()");
                        });
                    }
                    wg.await("wg.Wait()");
                },
                RunConfig.of(1).withProcs(1));
        assertThat(t.result().endTime()).as(t.why()).isEqualTo(ms(20));
    }
}
