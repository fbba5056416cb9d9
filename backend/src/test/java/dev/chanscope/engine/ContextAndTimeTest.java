package dev.chanscope.engine;

import static dev.chanscope.engine.Durations.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.CancelCause;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Virtual time (Sleep, After, Timer, Ticker) and package context behave as in Go 1.19. */
class ContextAndTimeTest {

    // ---- time --------------------------------------------------------------------------------------

    @Test
    void sleepAdvancesVirtualTimeByExactlyItsDuration() {
        var t = Runs.run(
                go -> {
                    go.sleep(ms(3), "time.Sleep(3ms)");
                    go.log("now " + go.now(), "fmt.Println");
                    go.sleep(Durations.us(250), "time.Sleep(250µs)");
                    go.log("now " + go.now(), "fmt.Println");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("now " + ms(3), "now " + (ms(3) + Durations.us(250)));
        assertThat(t.all(Event.Log.class).stream().map(Event::time))
                .as(t.why())
                .containsExactly(ms(3), ms(3) + Durations.us(250));
    }

    @Test
    void timeAfterDeliversTheTimeOnceAfterItsDuration() {
        var t = Runs.run(
                go -> {
                    long got = go.after(ms(7), "<-time.After(7ms)").recv("<-time.After(7ms)");
                    go.log("got " + got + " at " + go.now(), "fmt.Println");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("got " + ms(7) + " at " + ms(7));
    }

    @Test
    void timeAfterWithANegativeDurationFiresAtOnce() {
        var t = Runs.run(
                go -> {
                    go.sleep(ms(2), "time.Sleep(2ms)");
                    go.after(-ms(5), "time.After(deadline.Sub(now))").recv("<-time.After(d)");
                    go.log("at " + go.now(), "fmt.Println");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.logs()).as(t.why()).containsExactly("at " + ms(2));
    }

    @Test
    void timerStopBeforeItFiresPreventsDeliveryAndReturnsTrue() {
        var t = Runs.run(
                go -> {
                    Timer timer = go.newTimer("timer", ms(10), "time.NewTimer(10ms)");
                    go.sleep(ms(5), "time.Sleep(5ms)");
                    go.log("stop " + timer.stop("timer.Stop()"), "fmt.Println");
                    Select sel = go.select();
                    var fired = sel.recv(timer.c(), "case <-timer.C:");
                    sel.recv(go.after(ms(50), "time.After(50ms)"), "case <-time.After(50ms):");
                    go.log((sel.run("select {") == fired ? "fired" : "timeout") + " at " + go.now(), "fmt.Println");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("stop true", "timeout at " + ms(55));
        int timer = SyncPrimitivesTest.obj(t, "timer");
        assertThat(t.all(Event.TimerFire.class)).as(t.why()).noneMatch(f -> f.obj() == timer);
    }

    @Test
    void timerStopAfterItFiredReturnsFalseAndLeavesTheValueInTheChannel() {
        var t = Runs.run(
                go -> {
                    Timer timer = go.newTimer("timer", ms(10), "time.NewTimer(10ms)");
                    go.sleep(ms(15), "time.Sleep(15ms)");
                    go.log(
                            "stop " + timer.stop("timer.Stop()") + " len "
                                    + timer.c().len(),
                            "fmt.Println");
                    go.log("value " + timer.c().recv("<-timer.C"), "fmt.Println");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("stop false len 1", "value " + ms(10));
    }

    @Test
    void timerResetReArmsItFromNow() {
        var t = Runs.run(
                go -> {
                    Timer timer = go.newTimer("timer", ms(10), "time.NewTimer(10ms)");
                    go.sleep(ms(5), "time.Sleep(5ms)");
                    go.log("reset " + timer.reset(ms(10), "timer.Reset(10ms)"), "fmt.Println");
                    go.log("fired at " + timer.c().recv("<-timer.C"), "fmt.Println");
                    go.log("reset " + timer.reset(ms(3), "timer.Reset(3ms)"), "fmt.Println");
                    go.log("fired at " + timer.c().recv("<-timer.C"), "fmt.Println");
                },
                1);
        assertThat(t.logs())
                .as(t.why())
                .containsExactly("reset true", "fired at " + ms(15), "reset false", "fired at " + ms(18));
    }

    @Test
    void tickerDeliversTicksAtMultiplesOfItsPeriod() {
        var t = Runs.run(
                go -> {
                    Timer ticker = go.newTicker("ticker", ms(10), "time.NewTicker(10ms)");
                    List<Long> got = new ArrayList<>();
                    for (int i = 0; i < 5; i++) got.add(ticker.c().recv("<-ticker.C"));
                    ticker.stop("ticker.Stop()");
                    go.log(got.toString(), "fmt.Println");
                },
                1);
        assertThat(t.logs())
                .as(t.why())
                .containsExactly(List.of(ms(10), ms(20), ms(30), ms(40), ms(50)).toString());
        assertThat(t.result().endTime()).as(t.why()).isEqualTo(ms(50));
    }

    @Test
    void aTickerDropsTicksForASlowReaderInsteadOfQueueingThem() {
        var t = Runs.run(
                go -> {
                    Timer ticker = go.newTicker("ticker", ms(10), "time.NewTicker(10ms)");
                    List<Long> got = new ArrayList<>();
                    while (go.now() < ms(200)) {
                        got.add(ticker.c().recv("<-ticker.C"));
                        go.sleep(ms(30), "time.Sleep(30ms)"); // three periods per tick handled
                    }
                    ticker.stop("ticker.Stop()");
                    go.log(got.toString(), "fmt.Println");
                },
                1);
        int ticker = SyncPrimitivesTest.obj(t, "ticker");
        long fired = t.all(Event.TimerFire.class).stream()
                .filter(f -> f.obj() == ticker)
                .count();
        List<Long> got = parse(t.logs().getFirst());
        assertThat(got).as(t.why()).allMatch(v -> v % ms(10) == 0).isSorted().doesNotHaveDuplicates();
        assertThat((long) got.size()).as(t.why()).isLessThan(fired);
        assertThat(fired).as(t.why()).isGreaterThanOrEqualTo(20);
        // The buffer holds one tick: after each 30ms nap the reader finds the oldest undelivered tick.
        assertThat(got.subList(0, 3)).as(t.why()).containsExactly(ms(10), ms(20), ms(50));
    }

    @Test
    void tickerResetChangesItsPeriod() {
        var t = Runs.run(
                go -> {
                    Timer ticker = go.newTicker("ticker", ms(10), "time.NewTicker(10ms)");
                    List<Long> got = new ArrayList<>();
                    got.add(ticker.c().recv("<-ticker.C"));
                    ticker.reset(ms(30), "ticker.Reset(30ms)");
                    got.add(ticker.c().recv("<-ticker.C"));
                    got.add(ticker.c().recv("<-ticker.C"));
                    go.log(got.toString(), "fmt.Println");
                },
                1);
        assertThat(t.logs())
                .as(t.why())
                .containsExactly(List.of(ms(10), ms(40), ms(70)).toString());
    }

    private static List<Long> parse(String list) {
        return java.util.Arrays.stream(list.substring(1, list.length() - 1).split(", "))
                .map(Long::parseLong)
                .toList();
    }

    // ---- context -----------------------------------------------------------------------------------

    @Test
    void cancelClosesDoneWakingReceiversAndSetsErrToContextCanceled() {
        for (long seed = 0; seed < 50; seed++) {
            var t = Runs.run(
                    go -> {
                        Context ctx = go.withCancel(go.background(), "ctx", "ctx, cancel := context.WithCancel(bg)");
                        go.log("err before: " + ctx.err(), "fmt.Println");
                        SharedVar reason = go.newVar("reason", 0, "var reason int");
                        WaitGroup wg = go.newWaitGroup("wg", "var wg sync.WaitGroup");
                        wg.add(2, "wg.Add(2)");
                        for (int i = 0; i < 2; i++) {
                            go.go("watcher" + i, "go watch(ctx)", () -> {
                                ctx.done().recv("<-ctx.Done()");
                                reason.get("use(reason)"); // cancel() happens before Done is closed: no race
                                go.log("woke at " + go.now() + ": " + ctx.err(), "fmt.Println");
                                wg.done("wg.Done()");
                            });
                        }
                        go.sleep(ms(4), "time.Sleep(4ms)");
                        reason.set(7, "reason = 7");
                        ctx.cancel("cancel()");
                        ctx.cancel("cancel()"); // a second cancel does nothing
                        wg.await("wg.Wait()");
                    },
                    seed);
            assertThat(t.logs())
                    .as(t.why())
                    .containsExactly(
                            "err before: null",
                            "woke at " + ms(4) + ": context canceled",
                            "woke at " + ms(4) + ": context canceled");
            assertThat(t.all(Event.ContextCancel.class))
                    .as(t.why())
                    .singleElement()
                    .satisfies(c -> assertThat(c.g()).isEqualTo(1));
            assertThat(t.result().findings()).as(t.why()).isEmpty();
        }
    }

    @Test
    void cancellationPropagatesToChildrenAndGrandchildrenButNotToTheParentOrSiblings() {
        var t = Runs.run(
                go -> {
                    Context parent = go.withCancel(go.background(), "parent", "parent := WithCancel(bg)");
                    Context child = go.withCancel(parent, "child", "child := WithCancel(parent)");
                    Context sibling = go.withCancel(parent, "sibling", "sibling := WithCancel(parent)");
                    Context grandchild = go.withCancel(child, "grandchild", "gc := WithCancel(child)");
                    child.cancel("cancelChild()");
                    grandchild.done().recv("<-gc.Done()");
                    go.log(
                            "parent=" + parent.err() + " child=" + child.err() + " sibling=" + sibling.err()
                                    + " grandchild=" + grandchild.err(),
                            "fmt.Println");
                    parent.cancel("cancelParent()");
                    go.log("sibling=" + sibling.err(), "fmt.Println");
                },
                1);
        assertThat(t.logs())
                .as(t.why())
                .containsExactly(
                        "parent=null child=context canceled sibling=null grandchild=context canceled",
                        "sibling=context canceled");
    }

    @Test
    void aContextDerivedFromACancelledParentIsBornCancelled() {
        var t = Runs.run(
                go -> {
                    Context parent = go.withCancel(go.background(), "parent", "parent := WithCancel(bg)");
                    parent.cancel("cancel()");
                    Context child = go.withTimeout(parent, "child", ms(100), "child := WithTimeout(parent, 100ms)");
                    go.log("err=" + child.err(), "fmt.Println");
                    child.done().recv("<-child.Done()");
                    go.log("done at " + go.now(), "fmt.Println");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("err=context canceled", "done at 0");
        assertThat(t.all(Event.GoBlock.class)).as(t.why()).isEmpty();
    }

    @Test
    void aTimeoutThatHasAlreadyPassedIsBornWithDeadlineExceeded() {
        var t = Runs.run(
                go -> {
                    go.sleep(ms(5), "time.Sleep(5ms)");
                    Context zero = go.withTimeout(go.background(), "zero", 0, "WithTimeout(bg, 0)");
                    Context past = go.withDeadline(go.background(), "past", ms(1), "WithDeadline(bg, start+1ms)");
                    go.log(zero.err() + " / " + past.err(), "fmt.Println");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("context deadline exceeded / context deadline exceeded");
    }

    @Test
    void withTimeoutCancelsAtExactlyTheDeadlineWithDeadlineExceeded() {
        var t = Runs.run(
                go -> {
                    go.sleep(ms(1), "time.Sleep(1ms)");
                    Context ctx =
                            go.withTimeout(go.background(), "ctx", ms(50), "ctx, cancel := WithTimeout(bg, 50ms)");
                    go.log("deadline " + ctx.deadline(), "fmt.Println");
                    ctx.done().recv("<-ctx.Done()");
                    go.log("done at " + go.now() + ": " + ctx.err(), "fmt.Println");
                },
                1);
        assertThat(t.logs())
                .as(t.why())
                .containsExactly("deadline " + ms(51), "done at " + ms(51) + ": context deadline exceeded");
        assertThat(t.all(Event.ContextCancel.class))
                .as(t.why())
                .singleElement()
                .satisfies(c -> assertThat(c.cause()).isEqualTo(CancelCause.DEADLINE_EXCEEDED));
    }

    @Test
    void cancellingBeforeTheDeadlineGivesContextCanceledAndStopsTheDeadline() {
        var t = Runs.run(
                go -> {
                    Context ctx =
                            go.withTimeout(go.background(), "ctx", ms(50), "ctx, cancel := WithTimeout(bg, 50ms)");
                    go.sleep(ms(10), "time.Sleep(10ms)");
                    ctx.cancel("cancel()");
                    go.sleep(ms(100), "time.Sleep(100ms)");
                    go.log("err=" + ctx.err(), "fmt.Println");
                },
                1);
        assertThat(t.logs()).as(t.why()).containsExactly("err=context canceled");
        assertThat(t.all(Event.ContextCancel.class)).as(t.why()).hasSize(1);
    }

    @Test
    void aParentsEarlierDeadlineWinsOverAChildsLaterOne() {
        var t = Runs.run(
                go -> {
                    Context parent =
                            go.withTimeout(go.background(), "parent", ms(20), "parent := WithTimeout(bg, 20ms)");
                    Context child = go.withTimeout(parent, "child", ms(100), "child := WithTimeout(parent, 100ms)");
                    go.log("child deadline " + child.deadline(), "fmt.Println");
                    child.done().recv("<-child.Done()");
                    go.log("child done at " + go.now() + ": " + child.err(), "fmt.Println");
                },
                1);
        assertThat(t.logs())
                .as(t.why())
                .containsExactly("child deadline " + ms(20), "child done at " + ms(20) + ": context deadline exceeded");
    }

    @Test
    void aChildsEarlierDeadlineDoesNotCancelItsParent() {
        var t = Runs.run(
                go -> {
                    Context parent =
                            go.withTimeout(go.background(), "parent", ms(100), "parent := WithTimeout(bg, 100ms)");
                    Context child = go.withTimeout(parent, "child", ms(20), "child := WithTimeout(parent, 20ms)");
                    child.done().recv("<-child.Done()");
                    go.log("at " + go.now() + " child=" + child.err() + " parent=" + parent.err(), "fmt.Println");
                    parent.done().recv("<-parent.Done()");
                    go.log("parent done at " + go.now(), "fmt.Println");
                },
                1);
        assertThat(t.logs())
                .as(t.why())
                .containsExactly(
                        "at " + ms(20) + " child=context deadline exceeded parent=null", "parent done at " + ms(100));
    }

    @Test
    void backgroundsDoneNeverClosesSoWaitingOnItAloneIsAGlobalDeadlock() {
        var t = Runs.run(
                go -> {
                    go.background().cancel("cancel()"); // Background cannot be cancelled
                    go.background().done().recv("<-ctx.Done()");
                    go.log("unreachable", "fmt.Println");
                },
                1);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.DEADLOCKED);
        assertThat(t.findings(DiagnosticKind.DEADLOCK))
                .as(t.why())
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("all goroutines are asleep - deadlock!")
                        .contains("receive from a nil channel"));
        assertThat(t.logs()).as(t.why()).isEmpty();
        assertThat(t.all(Event.ContextCancel.class)).as(t.why()).isEmpty();
    }
}
