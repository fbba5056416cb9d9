package dev.chanscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.RunControl;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.scenario.RunCases.RunCase;
import dev.chanscope.support.Example;
import dev.chanscope.support.PropertyTest;
import dev.chanscope.support.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No run crosses its budgets, and each budget is exact (docs/protocol.md, "Run budgets"): a run that
 * reaches one emits the first events of the same run under larger budgets, then the limit diagnostic
 * naming that bound and run-end, and nothing else.
 */
class RunBudgetPropertiesTest {

    /** A run under small budgets of every kind but wall time (the one that depends on the machine). */
    record BudgetCase(RunCase run, RunLimits limits) implements Example {
        static BudgetCase draw(long caseSeed) {
            SplittableRandom random = new SplittableRandom(caseSeed);
            RunCase run = RunCases.draw(random);
            return new BudgetCase(
                    run,
                    new RunLimits(
                            RunCases.between(random, 2, 300),
                            RunCases.between(random, 20, 20_000L),
                            RunCases.between(random, 20, 50_000L),
                            RunCases.between(random, 1, 2_000_000_000L),
                            RunLimits.DEFAULT.maxWallNanos()));
        }

        @Override
        public String java() {
            RunLimits l = limits;
            return "new BudgetCase(" + run.java() + ", new dev.chanscope.engine.RunLimits(" + l.maxGoroutines() + ", "
                    + l.maxEvents() + "L, " + l.maxSteps() + "L, " + l.maxVirtualNanos() + "L, " + l.maxWallNanos()
                    + "L))";
        }
    }

    static Stream<BudgetCase> budgetCases() {
        return Seeds.cases(BudgetCase::draw);
    }

    @PropertyTest
    @MethodSource("budgetCases")
    void noRunCrossesItsBudgets(BudgetCase c) {
        RunLimits limits = c.limits();
        Recorded run = Recorded.of(c.run(), limits);
        // The same run with one more of each budget (and virtual time to spare): it shows what would
        // have come next where the run was cut.
        Recorded more = Recorded.of(
                c.run(),
                new RunLimits(
                        limits.maxGoroutines() + 1,
                        limits.maxEvents() + 1,
                        limits.maxSteps() + 1,
                        RunLimits.DEFAULT.maxVirtualNanos(),
                        limits.maxWallNanos()));
        RunResult r = run.result();
        String why = c + ": " + r;
        assertThat(r.goroutinesStarted()).as(why).isLessThanOrEqualTo(limits.maxGoroutines());
        assertThat(r.steps()).as(why).isLessThanOrEqualTo(limits.maxSteps());
        assertThat(r.endTime()).as(why).isLessThanOrEqualTo(limits.maxVirtualNanos());
        assertThat(run.events())
                .as(why)
                .allSatisfy(e -> assertThat(e.time()).isLessThanOrEqualTo(limits.maxVirtualNanos()));
        assertThat((long) run.events().size()).as(why).isEqualTo(r.events());
        if (r.outcome() != Outcome.LIMIT_REACHED) {
            assertThat(run.events())
                    .as("a run within its budgets is not changed by them: " + why)
                    .isEqualTo(more.events());
            assertThat(r.events()).as(why).isLessThanOrEqualTo(limits.maxEvents() + 1);
            return;
        }
        List<Event> events = run.events();
        int n = events.size();
        List<Event> ordinary = events.subList(0, n - 2);
        assertThat(more.events()).as(why).hasSizeGreaterThan(n - 2);
        assertThat(more.events().subList(0, n - 2))
                .as("the events before the limit are the run's own: " + why)
                .isEqualTo(ordinary);
        assertThat(events.get(n - 2))
                .as(why)
                .isInstanceOfSatisfying(
                        Event.Diagnostic.class, d -> assertThat(d.kind()).isEqualTo(DiagnosticKind.LIMIT));
        assertThat(events.get(n - 1))
                .as(why)
                .isInstanceOfSatisfying(
                        Event.RunEnd.class, e -> assertThat(e.outcome()).isEqualTo(Outcome.LIMIT_REACHED));
        String message = ((Event.Diagnostic) events.get(n - 2)).message();
        String bound = message.substring(message.indexOf('(') + 1, message.indexOf(')'));
        Event next = more.events().get(n - 2); // what the run would have done instead of stopping
        switch (bound) {
            case "events" -> {
                assertThat((long) ordinary.size()).as(why).isEqualTo(limits.maxEvents());
                assertThat(next).as(why).isNotInstanceOf(Event.RunEnd.class);
            }
            case "steps" -> {
                assertThat(r.steps()).as(why).isEqualTo(limits.maxSteps());
                assertThat(more.result().steps()).as(why).isGreaterThan(limits.maxSteps());
            }
            case "goroutines" -> {
                assertThat(r.goroutinesStarted()).as(why).isEqualTo(limits.maxGoroutines());
                assertThat(more.result().goroutinesStarted()).as(why).isGreaterThan(limits.maxGoroutines());
            }
            case "virtual time" -> assertThat(more.result().endTime()).as(why).isGreaterThan(limits.maxVirtualNanos());
            default -> throw new AssertionError("unexpected bound " + bound + ": " + why);
        }
    }

    /** Found by the property: a goroutine woken at the last step ran one operation past the step budget. */
    @Test
    void aWokenGoroutineDoesNotRunPastTheStepBudget() {
        noRunCrossesItsBudgets(new BudgetCase(
                new RunCase("rate-limiter", Map.of("burst", 3L), 0, 1),
                new RunLimits(2, 58, 20, 1, RunLimits.DEFAULT.maxWallNanos())));
    }

    /**
     * Found by the property: errgroup, seed 2, GOMAXPROCS 1, 81 events emitted 91, as the operation in
     * progress ran on past the budget. Now the 82nd event is the limit diagnostic and the 83rd run-end.
     */
    @Test
    void anEventBudgetCutsTheRunAfterExactlyThatManyEvents() {
        BudgetCase c = new BudgetCase(
                new RunCase(
                        "errgroup",
                        Map.of("tasks", 4L, "limit", 10L, "steps", 10L, "stepTime", 547_566_356L, "failEvery", 9L),
                        2,
                        1),
                RunLimits.DEFAULT.withMaxEvents(81));
        noRunCrossesItsBudgets(c);
        Recorded run = Recorded.of(c.run(), c.limits());
        assertThat(run.events()).hasSize(83);
        assertThat(run.result().findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("limit reached (events): "))
                .satisfies(f -> assertThat(f.seq()).isEqualTo(81));
    }

    /** A run's events and result; its wall clock stands still, so only the deterministic budgets count. */
    record Recorded(List<Event> events, RunResult result) {
        static Recorded of(RunCase c, RunLimits limits) {
            PreparedRun prepared = c.prepare(limits);
            List<Event> events = new ArrayList<>();
            RunResult r = Engine.start(prepared.program(), prepared.config(), events::add, new RunControl(() -> 0))
                    .runToEnd();
            return new Recorded(events, r);
        }
    }
}
