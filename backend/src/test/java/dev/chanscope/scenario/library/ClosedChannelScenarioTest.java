package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.DiagnosticKind;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClosedChannelScenarioTest {

    static final int SEEDS = 100;
    static final String ID = "closed-channel";

    @Test
    void everyProducerClosingTheSharedChannelAlwaysPanics() {
        Set<String> kinds = new HashSet<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.PANICKED);
            var panic = t.findings(DiagnosticKind.PANIC);
            assertThat(panic).as(t.why()).hasSize(1);
            String message = panic.getFirst().message();
            assertThat(message)
                    .as(t.why())
                    .containsAnyOf("panic: send on closed channel", "panic: close of closed channel")
                    .contains("producer-");
            kinds.add(message.contains("send on") ? "send" : "close");
            assertThat(t.all(Event.ChanClose.class)).as(t.why()).hasSize(1);
            assertThat(t.invariantLines()).as(t.why()).isEmpty();
        }
        assertThat(kinds)
                .as("both ways to hit the closed channel occur over %d seeds", SEEDS)
                .containsExactlyInAnyOrder("send", "close");
    }

    @Test
    void oneCloserAfterTheWaitGroupDeliversEveryValueExactlyOnce() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("fix", true), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.all(Event.ChanClose.class))
                    .as(t.why())
                    .singleElement()
                    .satisfies(c -> assertThat(c.g()).isEqualTo(TraceLookups.goroutine(t, "closer")));
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= received 12 values, 12 of 12 exactly once");
        }
    }

    @Test
    void aLoneProducerMayCloseItsOwnChannelSoTheBugHidesUntilASecondOneArrives() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("producers", 1), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= received 4 values, 4 of 4 exactly once");
        }
    }
}
