package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Finding;
import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoroutineLeakScenarioTest {

    static final int SEEDS = 100;
    static final String ID = "goroutine-leak";

    /** Goroutines whose last event was a GoBlock on a send to {@code channel}. */
    static Set<Integer> blockedOnSend(Trace t, int channel) {
        Set<Integer> blocked = new HashSet<>();
        for (Event e : t.events()) {
            if (e instanceof Event.GoBlock b) {
                if (b.reason() == BlockReason.SEND && b.obj() == channel) {
                    blocked.add(b.g());
                } else {
                    blocked.remove(b.g());
                }
            } else if (e instanceof Event.GoUnblock u) {
                blocked.remove(u.g());
            }
        }
        return blocked;
    }

    @Test
    void everyReplicaButTheWinnerLeaksBlockedOnItsSend() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            var leaks = t.findings(DiagnosticKind.LEAK);
            assertThat(leaks).as(t.why()).hasSize(2);
            assertThat(leaks)
                    .as(t.why())
                    .allSatisfy(
                            f -> assertThat(f.message()).contains("replica-").contains("send to channel results"));
            Set<Integer> leaked = new HashSet<>(
                    leaks.stream().map(f -> f.goroutines().getFirst()).toList());
            assertThat(leaked).as(t.why()).isEqualTo(blockedOnSend(t, TraceLookups.object(t, "results")));
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= goroutines still running: 3");
        }
    }

    @Test
    void aResultBufferWithRoomForEveryReplicaLetsThemAllFinish() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("fix", true), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.all(Event.GoExit.class)).as(t.why()).hasSize(4);
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= goroutines still running: 1");
        }
    }

    @Test
    void theLeakGrowsWithTheReplicasAndVanishesWithOne() {
        for (long seed = 1; seed <= 20; seed++) {
            Trace many = ScenarioTraces.run(ID, Map.of("replicas", 12), seed);
            assertThat(many.findings(DiagnosticKind.LEAK)).as(many.why()).hasSize(11);
            assertThat(many.invariantLines()).as(many.why()).containsExactly("= goroutines still running: 12");
            Trace one = ScenarioTraces.run(ID, Map.of("replicas", 1), seed);
            assertThat(one.result().findings())
                    .as(one.why())
                    .extracting(Finding::kind)
                    .isEmpty();
            assertThat(one.invariantLines()).as(one.why()).containsExactly("= goroutines still running: 1");
        }
    }
}
