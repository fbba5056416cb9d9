package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnceInitScenarioTest {

    private static final String ID = "once-init";
    private static final int SEEDS = 100;

    /**
     * Checks one run: the load ran once, every caller got the loaded value, callers who arrived during
     * the load waited for it and got it the moment it finished. Returns how many callers waited.
     */
    private static int assertLoadedOnceForEveryone(Trace t, int callers, long initTime) {
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings())
                .as("Once orders the load before every read: " + t.why())
                .isEmpty();
        List<Event.OnceDo> dos = t.all(Event.OnceDo.class);
        List<Event.OnceDo> ran = dos.stream().filter(Event.OnceDo::ran).toList();
        assertThat(ran).as(t.why()).hasSize(1);
        assertThat(dos).as("every caller went through once.Do: " + t.why()).hasSize(callers);
        long start = ran.getFirst().time();
        long end = start + initTime;

        Map<Integer, String> names = new HashMap<>();
        t.all(Event.GoCreate.class).forEach(c -> names.put(c.g(), c.name()));
        Map<String, Long> gotAt = new HashMap<>();
        for (Event.Log l : t.all(Event.Log.class)) {
            if (l.text().startsWith("caller ")) {
                assertThat(l.text()).as(t.why()).endsWith(" got version 42");
                gotAt.put("caller-" + l.text().split(" ")[1], l.time());
            }
        }
        assertThat(gotAt).as(t.why()).hasSize(callers);
        int waited = 0;
        for (Event.GoBlock b : t.all(Event.GoBlock.class)) {
            if (b.reason() == BlockReason.ONCE) {
                waited++;
                assertThat(b.time()).as(t.why()).isBetween(start, end);
                assertThat(gotAt.get(names.get(b.g())))
                        .as("a caller who arrived during the load gets it as it ends: " + t.why())
                        .isEqualTo(end);
            }
        }
        assertThat(gotAt.values())
                .as("nobody gets the config before it is loaded: " + t.why())
                .allSatisfy(at -> assertThat(at).isGreaterThanOrEqualTo(end));
        assertThat(t.invariantLines())
                .as(t.why())
                .containsExactlyInAnyOrder(
                        "= loadConfig ran 1 time(s)",
                        "= " + callers + " of " + callers + " callers saw the loaded config");
        return waited;
    }

    @Test
    void theLoadRunsExactlyOnceAndEveryCallerSeesItsResult() {
        int waited = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            waited += assertLoadedOnceForEveryone(ScenarioTraces.run(ID, Map.of(), seed), 8, Durations.ms(3));
        }
        assertThat(waited)
                .as("at the defaults several callers arrive during the load")
                .isGreaterThan(2 * SEEDS);
    }

    @Test
    void anyNumberOfCallersStillLoadsOnce() {
        for (int callers : new int[] {1, 2, 50, 500}) {
            for (long seed = 1; seed <= (callers > 50 ? 10 : SEEDS); seed++) {
                assertLoadedOnceForEveryone(
                        ScenarioTraces.run(ID, Map.of("callers", callers), seed), callers, Durations.ms(3));
            }
        }
    }

    @Test
    void whenEveryoneArrivesAtOnceAllButTheLoaderWait() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("spread", 0L), seed);
            assertThat(assertLoadedOnceForEveryone(t, 8, Durations.ms(3)))
                    .as(t.why())
                    .isEqualTo(7);
        }
    }
}
