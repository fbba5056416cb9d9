package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedCounterScenarioTest {

    static final int SEEDS = 100;
    static final String ID = "shared-counter";

    /** The final value main printed ("counter: 17 lost updates: 3"). */
    static long finalCounter(Trace t) {
        String line = t.logs().stream()
                .filter(l -> l.startsWith("counter: "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(t.why()));
        return Long.parseLong(line.split(" ")[1]);
    }

    @Test
    void theUnprotectedCounterLosesUpdatesOnSomeSchedulesAndRacesOnEvery() {
        int lossy = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            long total = finalCounter(t);
            assertThat(total).as(t.why()).isBetween(1L, 20L);
            if (total < 20) {
                lossy++;
            }
            assertThat(t.findings(DiagnosticKind.RACE)).as(t.why()).isNotEmpty();
            assertThat(t.findings(DiagnosticKind.RACE).getFirst().message())
                    .as(t.why())
                    .contains("data race on counter");
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= expected 20");
        }
        assertThat(lossy).as("seeds out of %d that lost an update", SEEDS).isPositive();
    }

    @Test
    void theMutexMakesEveryIncrementCountWithoutARace() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("fix", true), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(finalCounter(t)).as(t.why()).isEqualTo(20);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= expected 20", "= counter 20");
        }
    }

    @Test
    void aSingleWorkerHasNothingToRaceWithSoTheBugHides() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("workers", 1, "increments", 50), seed);
            assertThat(finalCounter(t)).as(t.why()).isEqualTo(50);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
        }
    }

    @Test
    void moreIncrementsLoseMoreUpdates() {
        long lostFew = 0;
        long lostMany = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            lostFew += 4 * 5 - finalCounter(ScenarioTraces.run(ID, Map.of(), seed));
            lostMany += 4 * 50 - finalCounter(ScenarioTraces.run(ID, Map.of("increments", 50), seed));
        }
        assertThat(lostMany)
                .as("updates lost over %d seeds with 50 increments each vs 5", SEEDS)
                .isGreaterThan(lostFew);
    }
}
