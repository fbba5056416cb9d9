package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FanOutFanInScenarioTest {

    private static final String ID = "fan-out-fan-in";
    private static final int SEEDS = 100;

    private static List<Integer> results(Trace t) {
        return t.logs().stream()
                .filter(l -> l.startsWith("result "))
                .map(l -> Integer.parseInt(l.substring("result ".length())))
                .toList();
    }

    private static void assertEveryResultArrivesOnceAndNothingLeaks(Trace t, int tasks, long maxLatency) {
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings())
                .as("no leak or other finding: " + t.why())
                .isEmpty();

        // Fan-in: one receive per task, of that task's result.
        assertThat(results(t))
                .as(t.why())
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, tasks).map(i -> i * 10).boxed().toList());
        assertThat(t.invariantLines())
                .as(t.why())
                .containsExactly("= results received: " + tasks + " each exactly once: true", "= goroutines left: 1");

        // Fan-out: one goroutine per task, plus the closer; all of them returned before main did.
        Set<Integer> started = t.all(Event.GoCreate.class).stream()
                .filter(c -> c.g() != 1)
                .map(Event.GoCreate::g)
                .collect(Collectors.toSet());
        assertThat(started).as(t.why()).hasSize(tasks + 1);
        Set<Integer> exited =
                t.all(Event.GoExit.class).stream().map(Event.GoExit::g).collect(Collectors.toSet());
        assertThat(exited).as(t.why()).containsAll(started);
        assertThat(t.all(Event.RunEnd.class).getFirst().goroutinesLeft())
                .as(t.why())
                .isZero();

        // The closer closes results only after the last task's send went through.
        int results = TraceLookups.object(t, "results");
        int closer = TraceLookups.goroutine(t, "closer");
        Event.ChanClose close = t.all(Event.ChanClose.class).stream()
                .filter(c -> c.obj() == results)
                .findFirst()
                .orElseThrow();
        assertThat(close.g()).as(t.why()).isEqualTo(closer);
        long lastHandoff = t.all(Event.ChanHandoff.class).stream()
                .filter(h -> h.obj() == results)
                .mapToLong(Event::seq)
                .max()
                .orElseThrow();
        assertThat(close.seq()).as(t.why()).isGreaterThan(lastHandoff);

        // Side by side: the batch takes as long as the slowest call, not the sum of them.
        long lastResult = t.all(Event.Log.class).stream()
                .filter(l -> l.text().startsWith("result "))
                .mapToLong(Event::time)
                .max()
                .orElseThrow();
        assertThat(lastResult).as(t.why()).isLessThan(maxLatency);
    }

    @Test
    void theFanInReceivesEveryResultExactlyOnceAndNoGoroutineLeaks() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            assertEveryResultArrivesOnceAndNothingLeaks(ScenarioTraces.run(ID, Map.of(), seed), 6, Durations.ms(5));
        }
    }

    @Test
    void aThousandTasksStillFinishWithinOneCallsLatency() {
        for (long seed = 1; seed <= 5; seed++) {
            assertEveryResultArrivesOnceAndNothingLeaks(
                    ScenarioTraces.run(ID, Map.of("tasks", 1000), seed), 1000, Durations.ms(5));
        }
    }

    @Test
    void resultsArriveInTheOrderTheCallsFinishNotTheOrderTheyStarted() {
        int outOfOrder = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<Integer> r = results(ScenarioTraces.run(ID, Map.of(), seed));
            if (!r.equals(r.stream().sorted().toList())) {
                outOfOrder++;
            }
        }
        assertThat(outOfOrder)
                .as("random latencies reorder the results in most runs")
                .isGreaterThan(SEEDS / 2);
    }

    @Test
    void orderedGivesEachTaskItsOwnChannelAndReadsThemInTaskOrder() {
        for (long seed = 1; seed <= 5; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("tasks", 1000, "ordered", true), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(results(t))
                    .as(t.why())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 1000)
                            .map(i -> i * 10)
                            .boxed()
                            .toList());
            assertThat(t.invariantLines())
                    .as(t.why())
                    .containsExactly("= results received in task order: true", "= goroutines left: 1");
            long channels = t.all(Event.ObjDefine.class).stream()
                    .filter(d -> d.name().startsWith("result-"))
                    .count();
            assertThat(channels).as(t.why()).isEqualTo(1000);
        }
    }
}
