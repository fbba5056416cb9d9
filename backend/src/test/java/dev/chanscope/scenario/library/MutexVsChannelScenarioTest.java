package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MutexVsChannelScenarioTest {

    private static final String ID = "mutex-vs-channel";
    private static final int SEEDS = 100;

    private static void assertCorrectBalanceWithoutRaces(Trace t, long expected) {
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings()).as("no race, no leak: " + t.why()).isEmpty();
        assertThat(t.invariantLines())
                .as(t.why())
                .containsExactlyInAnyOrder("= final balance: " + expected, "= sum of all deposits: " + expected);
    }

    /** Names of the goroutines that read or wrote balance. */
    private static Set<String> goroutinesTouchingTheBalance(Trace t) {
        int balance = t.all(Event.ObjDefine.class).stream()
                .filter(o -> o.name().equals("balance"))
                .findFirst()
                .orElseThrow()
                .obj();
        Map<Integer, String> names = new HashMap<>();
        names.put(1, "main");
        t.all(Event.GoCreate.class).forEach(c -> names.put(c.g(), c.name()));
        return t.all(Event.VarAccess.class).stream()
                .filter(a -> a.obj() == balance)
                .map(a -> names.get(a.g()))
                .collect(Collectors.toSet());
    }

    @Test
    void bothStylesEndWithTheSameCorrectBalanceForEverySeed() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace mutex = ScenarioTraces.run(ID, Map.of("style", "mutex"), seed);
            Trace channel = ScenarioTraces.run(ID, Map.of("style", "channel"), seed);
            assertCorrectBalanceWithoutRaces(mutex, 300);
            assertCorrectBalanceWithoutRaces(channel, 300);
            assertThat(mutex.invariantLines()).as(mutex.why()).isEqualTo(channel.invariantLines());
        }
    }

    @Test
    void withTheChannelOnlyTheTellerEverTouchesTheBalance() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("style", "channel"), seed);
            assertThat(goroutinesTouchingTheBalance(t)).as(t.why()).containsExactly("teller");
            assertThat(t.all(Event.LockAcquire.class))
                    .as("no lock needed: " + t.why())
                    .isEmpty();
        }
    }

    @Test
    void withTheMutexEveryClientTouchesTheBalanceButAlwaysUnderTheLock() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("style", "mutex"), seed);
            assertThat(goroutinesTouchingTheBalance(t))
                    .as(t.why())
                    .containsExactlyInAnyOrder("client-1", "client-2", "client-3", "client-4", "main");
            int mu = t.all(Event.ObjDefine.class).stream()
                    .filter(o -> o.name().equals("mu"))
                    .findFirst()
                    .orElseThrow()
                    .obj();
            int balance = t.all(Event.ObjDefine.class).stream()
                    .filter(o -> o.name().equals("balance"))
                    .findFirst()
                    .orElseThrow()
                    .obj();
            Integer holder = null;
            for (Event e : t.events()) {
                if (e instanceof Event.LockAcquire a && a.obj() == mu) {
                    holder = a.g();
                } else if (e instanceof Event.LockRelease r && r.obj() == mu) {
                    holder = null;
                } else if (e instanceof Event.VarAccess v && v.obj() == balance && v.g() != 1) {
                    assertThat(holder)
                            .as("a client touches balance only while holding mu: " + t.why())
                            .isEqualTo(v.g());
                }
            }
        }
    }

    @Test
    void manyClientsStillAgreeOnTheBalance() {
        for (String style : List.of("mutex", "channel")) {
            for (long seed = 1; seed <= 10; seed++) {
                assertCorrectBalanceWithoutRaces(
                        ScenarioTraces.run(ID, Map.of("style", style, "clients", 200, "deposits", 5), seed),
                        10L * 5 * 200 * 201 / 2);
            }
        }
    }
}
