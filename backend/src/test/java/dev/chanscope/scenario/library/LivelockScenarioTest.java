package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LivelockScenarioTest {

    static final int SEEDS = 100;
    static final String ID = "livelock";

    /** Lanes a walker showed the other, in order: what it sent on its tell channel. */
    static java.util.List<String> lanesShown(Trace t, String channel) {
        int id = TraceLookups.object(t, channel);
        return t.all(Event.ChanSend.class).stream()
                .filter(s -> s.obj() == id)
                .map(Event.ChanSend::value)
                .toList();
    }

    @Test
    void politeWalkersStepAsideInLockstepAndNeverGetPast() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= 0 got past, 2 gave up");
            var alice = lanesShown(t, "aliceToBob");
            var bob = lanesShown(t, "bobToAlice");
            assertThat(alice).as(t.why()).hasSize(30).isEqualTo(bob);
            // Busy the whole time: every attempt moved them, none of them got anywhere.
            assertThat(t.logs())
                    .as(t.why())
                    .contains("alice gave up after 30 attempts", "bob gave up after 30 attempts");
        }
    }

    @Test
    void randomisedExponentialBackoffLetsBothPassWithinTheAttempts() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("fix", true), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= 2 got past, 0 gave up");
            var alice = lanesShown(t, "aliceToBob");
            var bob = lanesShown(t, "bobToAlice");
            assertThat(alice).as(t.why()).hasSameSizeAs(bob);
            assertThat(alice.getLast()).as(t.why()).isNotEqualTo(bob.getLast());
        }
    }

    @Test
    void everyCorridorLivelocksWithoutJitterAndClearsWithIt() {
        for (long seed = 1; seed <= 20; seed++) {
            Trace stuck = ScenarioTraces.run(ID, Map.of("corridors", 25), seed);
            assertThat(stuck.invariantLines()).as(stuck.why()).containsExactly("= 0 got past, 50 gave up");
            Trace clear = ScenarioTraces.run(ID, Map.of("corridors", 25, "fix", true), seed);
            assertThat(clear.invariantLines()).as(clear.why()).containsExactly("= 50 got past, 0 gave up");
        }
    }

    @Test
    void backoffNeedsRetriesSoASingleAttemptGivesUpEvenWithTheFix() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("fix", true, "maxAttempts", 1), seed);
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= 0 got past, 2 gave up");
        }
    }
}
