package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterScenarioTest {

    private static final String ID = "rate-limiter";
    private static final int SEEDS = 100;
    private static final long PERIOD = Durations.ms(2);

    private static List<Event.Log> services(Trace t) {
        return t.all(Event.Log.class).stream()
                .filter(l -> l.text().startsWith("served request "))
                .toList();
    }

    private static void assertServedInOrderAndCleanlyStopped(Trace t, int requests) {
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings()).as(t.why()).isEmpty();
        assertThat(services(t).stream()
                        .map(l -> Integer.parseInt(l.text().split(" ")[2]))
                        .toList())
                .as(t.why())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, requests).boxed().toList());
        assertThat(t.invariantLines())
                .as(t.why())
                .containsExactly(
                        "= requests served: " + requests,
                        "= took at least (requests - burst) periods: true",
                        "= goroutines left: 1");
    }

    /** By any time t, at most burst + (ticks so far) requests have been served. */
    private static void assertNeverAheadOfTheTokens(Trace t, int burst, long period) {
        List<Event.Log> served = services(t);
        for (int i = 0; i < served.size(); i++) {
            long at = served.get(i).time();
            assertThat(i + 1)
                    .as("request " + (i + 1) + " served at " + at + ": " + t.why())
                    .isLessThanOrEqualTo(burst + (int) (at / period));
        }
    }

    @Test
    void requestsAreServedNoFasterThanOnePerTick() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertServedInOrderAndCleanlyStopped(t, 6);
            List<Event.Log> served = services(t);
            assertThat(served.getFirst().time())
                    .as("the first request waits for the first tick: " + t.why())
                    .isGreaterThanOrEqualTo(PERIOD);
            for (int i = 1; i < served.size(); i++) {
                assertThat(served.get(i).time() - served.get(i - 1).time())
                        .as(t.why())
                        .isGreaterThanOrEqualTo(PERIOD);
            }
            assertNeverAheadOfTheTokens(t, 0, PERIOD);
        }
    }

    @Test
    void aBurstServesSavedTokensAtOnceAndThenOnePerTick() {
        int burst = 3;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("requests", 10, "burst", burst), seed);
            assertServedInOrderAndCleanlyStopped(t, 10);
            List<Event.Log> served = services(t);
            for (int i = 0; i < burst; i++) {
                assertThat(served.get(i).time())
                        .as("request " + (i + 1) + " uses a saved token: " + t.why())
                        .isZero();
            }
            for (int i = burst; i < served.size(); i++) {
                assertThat(served.get(i).time() - served.get(i - 1).time())
                        .as(t.why())
                        .isGreaterThanOrEqualTo(PERIOD);
            }
            assertNeverAheadOfTheTokens(t, burst, PERIOD);
        }
    }

    @Test
    void theRefillGoroutineDropsTicksWhileTheBucketIsFull() {
        // With fewer requests than burst, every tick finds the bucket full and is dropped until main is done.
        for (long seed = 1; seed <= 20; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("requests", 2, "burst", 5), seed);
            assertServedInOrderAndCleanlyStopped(t, 2);
            assertThat(services(t))
                    .as(t.why())
                    .allSatisfy(l -> assertThat(l.time()).isZero());
            int tokens = TraceLookups.object(t, "tokens");
            assertThat(t.all(Event.ChanSend.class).stream().filter(s -> s.obj() == tokens))
                    .as("only the initial fill: " + t.why())
                    .hasSize(5);
        }
    }
}
