package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Finding;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LockOrderDeadlockScenarioTest {

    static final int SEEDS = 100;
    static final String ID = "lock-order-deadlock";

    @Test
    void oppositeLockOrdersDeadlockOnEverySchedule() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.DEADLOCKED);
            int ab = TraceLookups.goroutine(t, "a-to-b");
            int ba = TraceLookups.goroutine(t, "b-to-a");
            int aMu = TraceLookups.object(t, "a.mu");
            int bMu = TraceLookups.object(t, "b.mu");
            Finding cycle = t.findings(DiagnosticKind.DEADLOCK).stream()
                    .filter(f -> f.message().startsWith("deadlock:"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no lock cycle reported; " + t.why()));
            assertThat(cycle.goroutines()).as(t.why()).containsExactlyInAnyOrder(ab, ba);
            assertThat(cycle.objects()).as(t.why()).containsExactlyInAnyOrder(aMu, bMu);
            assertThat(cycle.message()).as(t.why()).contains("a-to-b", "b-to-a", "a.mu", "b.mu");
            assertThat(t.findings(DiagnosticKind.DEADLOCK))
                    .as(t.why())
                    .anySatisfy(f -> assertThat(f.message())
                            .contains("all goroutines are asleep")
                            .contains("main"));
            assertThat(t.findings(DiagnosticKind.LOCK_ORDER))
                    .as(t.why())
                    .singleElement()
                    .satisfies(f -> assertThat(f.objects()).containsExactlyInAnyOrder(aMu, bMu));
            assertThat(t.invariantLines()).as(t.why()).isEmpty();
        }
    }

    @Test
    void oneGlobalLockOrderNeverDeadlocksAndConservesTheMoney() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("fix", true), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= a 110, b 90, total 200");
        }
    }

    @Test
    void withoutThePauseTheDeadlockNeedsBadLuckButTheInversionIsReportedEveryTime() {
        int completed = 0;
        int deadlocked = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("hold", 0), seed);
            assertThat(t.findings(DiagnosticKind.LOCK_ORDER)).as(t.why()).hasSize(1);
            if (t.result().outcome() == Outcome.COMPLETED) {
                completed++;
                assertThat(t.invariantLines()).as(t.why()).containsExactly("= a 110, b 90, total 200");
            } else {
                assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.DEADLOCKED);
                deadlocked++;
            }
        }
        assertThat(completed).as("runs that completed").isPositive();
        assertThat(deadlocked).as("runs that deadlocked").isPositive();
    }

    @Test
    void manyTransfersInTheGlobalOrderAllGoThrough() {
        for (long seed = 1; seed <= 20; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("fix", true, "pairs", 20, "hold", 0), seed);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= a 300, b -100, total 200");
        }
    }
}
