package dev.chanscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.InterventionKind;
import dev.chanscope.engine.event.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** External actions at a point of the run: same list, same run; the prefix before it is untouched. */
class InterventionTest {

    /** Workers that serve until a "shutdown" context is cancelled; main waits for them. */
    static Program server() {
        return go -> {
            Context ctx = go.withCancel(go.background(), "shutdown", "ctx, stop := signal.NotifyContext(...)");
            WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
            for (int w = 0; w < 2; w++) {
                wg.add(1, "wg.Add(1)");
                String name = "worker-" + w;
                go.go(name, "go worker(ctx)", () -> {
                    int served = 0;
                    while (true) {
                        Select sel = go.select();
                        var stop = sel.recv(ctx.done(), "case <-ctx.Done()");
                        sel.recv(go.after(Durations.ms(1), "time.After(1ms)"), "case <-time.After(1ms)");
                        if (sel.run("select") == stop) {
                            break;
                        }
                        served++;
                    }
                    go.log(name + " served " + served, "log.Printf");
                    wg.done("wg.Done()");
                });
            }
            wg.await("wg.Wait()");
            go.log("bye", "fmt.Println");
        };
    }

    @Test
    void cancellingANamedContextStopsTheWorkersSelectingOnDone() {
        var cfg = RunConfig.of(7)
                .withInterventions(
                        List.of(Intervention.atTime(InterventionKind.CANCEL_CONTEXT, "shutdown", Durations.ms(10))));
        var t = Runs.run(server(), cfg);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.logs()).as(t.why()).contains("bye");
        assertThat(t.all(Event.InterventionApplied.class))
                .singleElement()
                .satisfies(i -> assertThat(i.outcome()).isEqualTo("applied"));
        assertThat(t.all(Event.ContextCancel.class).getFirst().time()).isEqualTo(Durations.ms(10));
    }

    @Test
    void withoutTheInterventionTheServerRunsUntilItsLimit() {
        var cfg = RunConfig.of(7).withLimits(RunLimits.DEFAULT.withMaxVirtualNanos(Durations.ms(50)));
        var t = Runs.run(server(), cfg);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.LIMIT_REACHED);
        assertThat(t.findings(DiagnosticKind.LIMIT).getFirst().message()).contains("virtual time");
    }

    @Test
    void eventsBeforeTheInterventionPointAreIdenticalToTheRunWithoutIt() {
        for (long seed = 1; seed <= 20; seed++) {
            var plainCfg = RunConfig.of(seed).withLimits(RunLimits.DEFAULT.withMaxVirtualNanos(Durations.ms(30)));
            var plain = Runs.run(server(), plainCfg);
            long point = plain.events().size() / 2;
            var withIt = Runs.run(
                    server(),
                    plainCfg.withInterventions(
                            List.of(Intervention.afterSeq(InterventionKind.CANCEL_CONTEXT, "shutdown", point))));
            int applied = indexOf(withIt, Event.InterventionApplied.class);
            assertThat(applied).as(plain.why()).isGreaterThan((int) point);
            assertThat(withIt.events().subList(0, applied))
                    .as(plain.why())
                    .isEqualTo(plain.events().subList(0, applied));
            var replay = Runs.run(
                    server(),
                    plainCfg.withInterventions(
                            List.of(Intervention.afterSeq(InterventionKind.CANCEL_CONTEXT, "shutdown", point))));
            assertThat(replay.digest()).as(plain.why()).isEqualTo(withIt.digest());
        }
    }

    private static int indexOf(Runs.Trace t, Class<? extends Event> type) {
        for (int i = 0; i < t.events().size(); i++) {
            if (type.isInstance(t.events().get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void closingANamedChannelFromOutsideEndsARangeLoop() {
        Program p = go -> {
            Chan<Integer> in = go.makeChan("in", 0, "in := make(chan int)");
            int n = 0;
            for (int ignored : in.range("for range in")) {
                n++;
            }
            go.log("loop ended after " + n, "fmt.Println");
        };
        var t = Runs.run(
                p,
                RunConfig.of(1)
                        .withInterventions(List.of(Intervention.afterSeq(InterventionKind.CLOSE_CHANNEL, "in", 3))));
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.logs()).containsExactly("loop ended after 0");
    }

    @Test
    void anInjectedPanicWakesABlockedGoroutineAndCanBeRecovered() {
        Program p = go -> {
            Chan<Integer> never = go.makeChan("never", 0, "make");
            Chan<String> report = go.makeChan("report", 1, "make");
            go.go("victim", "go victim()", () -> {
                try {
                    never.recv("<-never");
                } catch (GoPanic e) {
                    report.send("recovered: " + go.recovered(e, "recover()"), "report <- r");
                }
            });
            go.log(report.recv("<-report"), "fmt.Println");
        };
        long blocked = Runs.run(p, 1).all(Event.GoBlock.class).stream()
                .filter(b -> b.g() == 2)
                .findFirst()
                .orElseThrow()
                .seq();
        var t = Runs.run(
                p,
                RunConfig.of(1)
                        .withInterventions(
                                List.of(Intervention.afterSeq(InterventionKind.INJECT_PANIC, "victim", blocked))));
        assertThat(t.logs()).as(t.why()).containsExactly("recovered: injected panic");
        assertThat(t.all(Event.GoRecover.class)).hasSize(1);
        assertThat(t.result().findings()).isEmpty();
    }

    @Test
    void anInjectedErrorFailsTheGoroutinesNextIoCall() {
        Program p = go -> {
            Chan<String> out = go.makeChan("out", 0, "make");
            go.go("fetcher", "go fetch()", () -> {
                String err = go.io(Durations.ms(5), "resp, err := http.Get(url)");
                out.send(err == null ? "ok" : "error: " + err, "out <- result");
            });
            go.log(out.recv("<-out"), "fmt.Println");
        };
        var t = Runs.run(
                p,
                RunConfig.of(1)
                        .withInterventions(List.of(
                                Intervention.atTime(InterventionKind.INJECT_ERROR, "fetcher", Durations.ms(1)))));
        assertThat(t.logs()).as(t.why()).containsExactly("error: injected error");
    }

    @Test
    void runNextLetsTheLearnerChooseWhichRunnableGoroutineGoesFirst() {
        Program p = go -> {
            Chan<Void> start = go.makeChan("start", 0, "start := make(chan struct{})");
            WaitGroup wg = go.newWaitGroup("wg", "wg");
            SharedVar order = go.newVar("order", 0, "var order int");
            Mutex mu = go.newMutex("mu", "mu");
            wg.add(2, "wg.Add(2)");
            for (int i = 1; i <= 2; i++) {
                int id = i;
                go.go("g" + i, "go f()", () -> {
                    start.recv("<-start");
                    mu.lock("mu.Lock()");
                    if (order.get("order") == 0) {
                        order.set(id, "order = id");
                    }
                    mu.unlock("mu.Unlock()");
                    wg.done("wg.Done()");
                });
            }
            go.sleep(1, "time.Sleep"); // both are now waiting at the gate
            start.close("close(start)");
            wg.await("wg.Wait()");
            go.log("first " + order.get("order"), "print");
        };
        for (String first : new String[] {"g1", "g2"}) {
            for (long seed = 1; seed <= 20; seed++) {
                // The choice point: right after the gate opens, both goroutines are runnable.
                long point =
                        Runs.run(p, seed).all(Event.ChanClose.class).getFirst().seq();
                var t = Runs.run(
                        p,
                        RunConfig.of(seed)
                                .withInterventions(
                                        List.of(Intervention.afterSeq(InterventionKind.RUN_NEXT, first, point))));
                assertThat(t.all(Event.InterventionApplied.class).getFirst().outcome())
                        .as(t.why())
                        .isEqualTo("applied");
                assertThat(t.logs()).as(t.why()).containsExactly("first " + first.substring(1));
            }
        }
    }

    @Test
    void anInterventionOnAMissingTargetIsRecordedWithTheReason() {
        var t = Runs.run(
                SamplePrograms.pingPong(2),
                RunConfig.of(1)
                        .withInterventions(List.of(Intervention.afterSeq(InterventionKind.CANCEL_CONTEXT, "nope", 0))));
        assertThat(t.all(Event.InterventionApplied.class).getFirst().outcome())
                .isEqualTo("no context named nope exists yet");
        assertThat(t.result().outcome()).isEqualTo(Outcome.COMPLETED);
    }

    @Test
    void aTimedInterventionStopsTheClockAtItsTimeEvenWhenNothingElseIsPending() {
        Program p = go -> {
            Context ctx = go.withCancel(go.background(), "shutdown", "ctx, stop := signal.NotifyContext(...)");
            ctx.done().recvOk("<-ctx.Done()");
            go.log("stopped at " + go.now(), "log.Println");
        };
        var t = Runs.run(
                p,
                RunConfig.of(1)
                        .withInterventions(
                                List.of(Intervention.atTime(InterventionKind.CANCEL_CONTEXT, "shutdown", 7_000_000))));
        assertThat(t.result().outcome())
                .as("not a deadlock: the intervention was still to come; " + t.why())
                .isEqualTo(Outcome.COMPLETED);
        assertThat(t.logs()).containsExactly("stopped at 7000000");
    }

    @Test
    void aTimedInterventionLandsBeforeALaterTimerFires() {
        Program p = go -> {
            Context ctx = go.withCancel(go.background(), "shutdown", "ctx := ...");
            Timer tick = go.newTicker("tick", Durations.ms(5), "time.NewTicker(5ms)");
            while (true) {
                Select sel = go.select();
                var done = sel.recv(ctx.done(), "case <-ctx.Done()");
                sel.recv(tick.c(), "case <-tick.C");
                if (sel.run("select") == done) {
                    break;
                }
                go.log("tick at " + go.now(), "log.Println");
            }
            go.log("stopped at " + go.now(), "log.Println");
        };
        var t = Runs.run(
                p,
                RunConfig.of(1)
                        .withInterventions(
                                List.of(Intervention.atTime(InterventionKind.CANCEL_CONTEXT, "shutdown", 9_500_000))));
        assertThat(t.logs()).as(t.why()).containsExactly("tick at 5000000", "stopped at 9500000");
    }
}
