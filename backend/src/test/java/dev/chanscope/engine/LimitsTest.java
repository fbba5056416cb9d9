package dev.chanscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.EventSink;
import dev.chanscope.engine.event.InterventionKind;
import dev.chanscope.engine.event.Outcome;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Every run is bounded; reaching a bound ends it cleanly with a limit diagnostic naming the bound, then
 * run-end and nothing else. The bounds are exact: the run stops at the first thing that would cross one.
 */
class LimitsTest {

    private static Program forkBomb() {
        return go -> {
            while (true) {
                go.go("child", "go child()", () -> go.sleep(Durations.seconds(1), "time.Sleep"));
            }
        };
    }

    private static Program spinner() {
        return go -> {
            Chan<Integer> never = go.makeChan("never", 0, "make");
            while (true) {
                Select sel = go.select().withDefault();
                sel.recv(never, "case <-never");
                sel.run("select { default: }");
            }
        };
    }

    private static Program ticker() {
        return go -> {
            Timer t = go.newTicker("t", Durations.ms(1), "time.NewTicker");
            while (true) {
                t.c().recv("<-t.C");
            }
        };
    }

    @Test
    void tooManyGoroutinesEndTheRunWithAGoroutineLimit() {
        var t = Runs.run(forkBomb(), RunConfig.of(1).withLimits(RunLimits.DEFAULT.withMaxGoroutines(100)));
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.LIMIT_REACHED);
        assertThat(t.findings(DiagnosticKind.LIMIT).getFirst().message())
                .contains("goroutines")
                .contains("100");
        assertThat(t.result().goroutinesStarted()).isEqualTo(100);
        assertThat(t.all(Event.GoCreate.class)).hasSize(100);
        assertClosedByLimit(t);
    }

    @Test
    void aBusyLoopEndsAtExactlyItsStepLimit() {
        var steps = Runs.run(spinner(), RunConfig.of(1).withLimits(RunLimits.DEFAULT.withMaxSteps(10_000)));
        assertThat(steps.findings(DiagnosticKind.LIMIT).getFirst().message())
                .as(steps.why())
                .contains("steps");
        assertThat(steps.result().steps()).isEqualTo(10_000);
        assertClosedByLimit(steps);
    }

    @Test
    void anEventLimitOfNEndsTheRunAfterExactlyNEventsThenTheDiagnosticAndRunEnd() {
        var events = Runs.run(spinner(), RunConfig.of(1).withLimits(RunLimits.DEFAULT.withMaxEvents(5_000)));
        assertThat(events.findings(DiagnosticKind.LIMIT).getFirst().message())
                .as(events.why())
                .isEqualTo("limit reached (events): the run reached its limit of 5000 events (seed 1)");
        assertThat(events.events()).hasSize(5_002);
        assertThat(events.findings(DiagnosticKind.LIMIT).getFirst().seq()).isEqualTo(5_000);
        assertClosedByLimit(events);
        var longer = Runs.run(spinner(), RunConfig.of(1).withLimits(RunLimits.DEFAULT.withMaxEvents(6_000)));
        assertThat(events.events().subList(0, 5_000)).isEqualTo(longer.events().subList(0, 5_000));
    }

    @Test
    void aTickerThatNeverStopsEndsAtTheVirtualTimeLimit() {
        var t = Runs.run(ticker(), RunConfig.of(1).withLimits(RunLimits.DEFAULT.withMaxVirtualNanos(Durations.ms(20))));
        assertThat(t.findings(DiagnosticKind.LIMIT).getFirst().message())
                .as(t.why())
                .contains("virtual time");
        assertThat(t.result().endTime()).isLessThanOrEqualTo(Durations.ms(20));
        assertThat(t.events()).allSatisfy(e -> assertThat(e.time()).isLessThanOrEqualTo(Durations.ms(20)));
        assertClosedByLimit(t);
    }

    @Test
    void aTimedInterventionPastTheVirtualTimeLimitDoesNotMoveTimePastIt() {
        Program waitsForever = go -> {
            Chan<Integer> never = go.makeChan("never", 0, "make");
            never.recv("<-never");
        };
        var t = Runs.run(
                waitsForever,
                RunConfig.of(1)
                        .withLimits(RunLimits.DEFAULT.withMaxVirtualNanos(Durations.ms(20)))
                        .withInterventions(List.of(
                                Intervention.atTime(InterventionKind.CLOSE_CHANNEL, "never", Durations.ms(30)))));
        assertThat(t.findings(DiagnosticKind.LIMIT).getFirst().message())
                .as(t.why())
                .contains("virtual time");
        assertThat(t.result().endTime()).isZero();
        assertClosedByLimit(t);
    }

    /** The last two events are the limit diagnostic and run-end; there is one of each. */
    private static void assertClosedByLimit(Runs.Trace t) {
        List<Event> events = t.events();
        assertThat(events.get(events.size() - 2))
                .as(t.why())
                .isInstanceOfSatisfying(
                        Event.Diagnostic.class, d -> assertThat(d.kind()).isEqualTo(DiagnosticKind.LIMIT));
        assertThat(events.getLast())
                .as(t.why())
                .isInstanceOfSatisfying(
                        Event.RunEnd.class, e -> assertThat(e.outcome()).isEqualTo(Outcome.LIMIT_REACHED));
        assertThat(t.findings(DiagnosticKind.LIMIT)).hasSize(1);
        assertThat(t.all(Event.RunEnd.class)).hasSize(1);
    }

    @Test
    void theWallTimeBudgetIsMeasuredWithTheHostsClock() {
        AtomicLong fakeClock = new AtomicLong();
        RunControl control = new RunControl(() -> fakeClock.addAndGet(1_000_000)); // 1 ms per reading
        Run run = Engine.start(
                spinner(),
                RunConfig.of(1).withLimits(RunLimits.DEFAULT.withMaxWallNanos(Durations.ms(50))),
                EventSink.NONE,
                control);
        RunResult r = run.runToEnd();
        assertThat(r.outcome()).isEqualTo(Outcome.LIMIT_REACHED);
        assertThat(r.findings().getFirst().message()).contains("wall-time");
    }

    @Test
    void aRunCancelledFromOutsideEndsAtItsNextStep() {
        Run run = Engine.start(spinner(), RunConfig.of(1), EventSink.NONE, RunControl.withSystemClock());
        assertThat(run.advance(1_000)).isTrue();
        RunControl control = RunControl.withSystemClock();
        Run run2 = Engine.start(spinner(), RunConfig.of(1), EventSink.NONE, control);
        run2.advance(1_000);
        control.cancel("client disconnected");
        assertThat(run2.advance(Long.MAX_VALUE)).isFalse();
        assertThat(run2.result().outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(run2.result().findings().getFirst().message()).contains("client disconnected");
    }

    @Test
    void tenThousandRunsSomeAbandonedMidwayLeaveNoThreadsBehind() {
        int before = Thread.activeCount();
        for (int i = 0; i < 10_000; i++) {
            RunControl control = RunControl.withSystemClock();
            Run run = Engine.start(SamplePrograms.pingPong(20), RunConfig.of(i), EventSink.NONE, control);
            if (i % 3 == 0) {
                run.advance(30); // abandoned mid-way, like a client that went away
                control.cancel("abandoned");
                run.advance(Long.MAX_VALUE);
                assertThat(run.result().outcome()).isEqualTo(Outcome.CANCELLED);
            } else {
                assertThat(run.runToEnd().outcome()).isEqualTo(Outcome.COMPLETED);
            }
        }
        assertThat(Thread.activeCount()).isLessThanOrEqualTo(before);
    }
}
