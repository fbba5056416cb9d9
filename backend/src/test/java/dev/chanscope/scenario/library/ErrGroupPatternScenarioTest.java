package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrGroupPatternScenarioTest {

    private static final String ID = "errgroup";
    private static final int SEEDS = 100;

    private static List<Event.Log> logs(Trace t, String contains) {
        return t.all(Event.Log.class).stream()
                .filter(l -> l.text().contains(contains))
                .toList();
    }

    private static Event.Log waitLog(Trace t) {
        return t.all(Event.Log.class).stream()
                .filter(l -> l.text().startsWith("Wait: "))
                .findFirst()
                .orElseThrow();
    }

    private static void assertCompletedCleanly(Trace t) {
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings()).as(t.why()).isEmpty();
        assertThat(t.invariantLines()).as(t.why()).contains("= goroutines left: 1");
    }

    /**
     * The most tasks between their start (GoCreate) and giving back their slot (the receive from g.sem),
     * walking the events in order.
     */
    private static int mostRunningAtOnce(Trace t) {
        int sem = t.all(Event.ObjDefine.class).stream()
                .filter(o -> o.kind() == ObjKind.CHANNEL && o.name().equals("g.sem"))
                .findFirst()
                .orElseThrow()
                .obj();
        Set<Integer> tasks = new HashSet<>();
        int running = 0;
        int most = 0;
        for (Event e : t.events()) {
            if (e instanceof Event.GoCreate c && c.name().startsWith("task-")) {
                tasks.add(c.g());
                most = Math.max(most, ++running);
            } else if (e instanceof Event.ChanRecv r && r.obj() == sem) {
                assertThat(tasks).as(t.why()).contains(r.g());
                running--;
            }
        }
        assertThat(running).as(t.why()).isZero();
        return most;
    }

    @Test
    void waitReturnsTheFirstErrorAndTheSiblingsStopThereAndThen() {
        int stoppedEarly = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertCompletedCleanly(t);
            List<Event.Log> failures = logs(t, ": failed at step ");
            assertThat(failures).as(t.why()).isNotEmpty();
            Event.Log first = failures.stream()
                    .min(Comparator.comparingLong(Event.Log::time).thenComparingLong(Event.Log::seq))
                    .orElseThrow();
            // "task 3: failed at step 2" was logged by the task that returned "task 3 failed at step 2".
            assertThat(waitLog(t).text())
                    .as(t.why())
                    .isEqualTo("Wait: " + first.text().replace(": failed", " failed"));
            long errorAt = first.time();
            assertThat(failures)
                    .as("nobody fails after the cancellation: " + t.why())
                    .allSatisfy(f -> assertThat(f.time()).isEqualTo(errorAt));
            assertThat(logs(t, ": done"))
                    .as("no task completes its work after the first error: " + t.why())
                    .allSatisfy(d -> assertThat(d.time()).isLessThanOrEqualTo(errorAt));
            List<Event.Log> stopped = logs(t, ": stopped before step ");
            assertThat(stopped)
                    .as("every sibling still running stops at the moment of the error: " + t.why())
                    .allSatisfy(s -> assertThat(s.time()).isEqualTo(errorAt));
            assertThat(failures.size() + stopped.size() + logs(t, ": done").size())
                    .as(t.why())
                    .isEqualTo(6);
            assertThat(waitLog(t).time()).as(t.why()).isEqualTo(errorAt);
            stoppedEarly += stopped.size();
            assertThat(mostRunningAtOnce(t)).as(t.why()).isEqualTo(3);
            assertThat(t.invariantLines())
                    .as(t.why())
                    .containsExactlyInAnyOrder(
                            "= Wait returned an error: true",
                            "= the error is a task's own, not a cancelled sibling's: true",
                            "= goroutines left: 1");
        }
        assertThat(stoppedEarly).as("siblings are cut short").isGreaterThan(2 * SEEDS);
    }

    @Test
    void neverMoreThanTheLimitRunAtOnce() {
        for (int limit : new int[] {1, 2, 5, 12}) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                Trace t = ScenarioTraces.run(ID, Map.of("limit", limit, "tasks", 12, "failEvery", 0), seed);
                assertCompletedCleanly(t);
                assertThat(mostRunningAtOnce(t)).as(t.why()).isEqualTo(limit);
                assertThat(logs(t, ": done")).as(t.why()).hasSize(12);
                assertThat(waitLog(t).text()).as(t.why()).isEqualTo("Wait: <nil>");
            }
        }
    }

    @Test
    void withALimitOfOneTheTasksAfterTheFailureNeverTakeAStep() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("limit", 1), seed);
            assertCompletedCleanly(t);
            assertThat(waitLog(t).text()).as(t.why()).startsWith("Wait: task 3 failed at step ");
            assertThat(logs(t, "done").stream().map(Event.Log::text))
                    .as(t.why())
                    .containsExactly("task 1: done", "task 2: done");
            assertThat(logs(t, "stopped").stream().map(Event.Log::text))
                    .as(t.why())
                    .containsExactly(
                            "task 4: stopped before step 1",
                            "task 5: stopped before step 1",
                            "task 6: stopped before step 1");
        }
    }
}
