package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlobalDeadlockScenarioTest {

    static final int SEEDS = 100;
    static final String ID = "global-deadlock";

    @Test
    void anErrorPathThatSendsNothingLeavesMainAsleepForever() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.DEADLOCKED);
            var deadlock = t.findings(DiagnosticKind.DEADLOCK);
            assertThat(deadlock).as(t.why()).hasSize(1);
            var f = deadlock.getFirst();
            assertThat(f.message())
                    .as(t.why())
                    .contains("all goroutines are asleep", "main", "receive from channel result");
            assertThat(f.goroutines()).as(t.why()).containsExactly(TraceLookups.goroutine(t, "main"));
            assertThat(f.objects()).as(t.why()).containsExactly(TraceLookups.object(t, "result"));
            assertThat(f.labels()).as(t.why()).containsExactly("sum := <-result");
            assertThat(t.invariantLines()).as(t.why()).isEmpty();
        }
    }

    @Test
    void sendingOnEveryPathLetsMainReportTheError() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("fix", true), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= error: item 3 is invalid");
        }
    }

    @Test
    void withValidInputTheMissingSendNeverShows() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("badItem", 0), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= sum 15");
        }
    }
}
