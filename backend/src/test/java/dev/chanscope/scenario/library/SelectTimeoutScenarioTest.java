package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectTimeoutScenarioTest {

    private static final String ID = "select-timeout";
    private static final int SEEDS = 100;

    /** One call: when it started, how long the dependency took, and when and how the caller returned. */
    private record Call(int n, long start, long latency, long returned, String outcome) {}

    private static List<Call> calls(Trace t, int count) {
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings())
                .as("no leak, no other finding: " + t.why())
                .isEmpty();
        List<Call> out = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String name = "fetch-" + n;
            Event.GoCreate created = t.all(Event.GoCreate.class).stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElseThrow();
            int g = created.g();
            Event.GoBlock io = t.all(Event.GoBlock.class).stream()
                    .filter(b -> b.g() == g && b.reason() == BlockReason.IO)
                    .findFirst()
                    .orElseThrow();
            Event.GoUnblock woke = t.all(Event.GoUnblock.class).stream()
                    .filter(u -> u.g() == g && u.seq() > io.seq())
                    .findFirst()
                    .orElseThrow();
            String prefix = "call " + n + ": ";
            Event.Log log = t.all(Event.Log.class).stream()
                    .filter(l -> l.text().startsWith(prefix))
                    .findFirst()
                    .orElseThrow();
            assertThat(io.time()).as(t.why()).isEqualTo(created.time());
            out.add(new Call(
                    n,
                    created.time(),
                    woke.time() - io.time(),
                    log.time(),
                    log.text().substring(prefix.length())));
        }
        return out;
    }

    /** The caller returns at min(latency, timeout) after starting, and reports a timeout exactly when latency > timeout. */
    private static int assertEveryCallReturnsAtTheEarlierOfReplyAndTimeout(
            Trace t, int count, long timeout, String timeoutError) {
        int timedOut = 0;
        for (Call c : calls(t, count)) {
            String why = c + " " + t.why();
            if (c.latency() == timeout) {
                assertThat(c.returned() - c.start()).as(why).isEqualTo(timeout); // a tie: either case may win
                continue;
            }
            assertThat(c.returned() - c.start()).as(why).isEqualTo(Math.min(c.latency(), timeout));
            if (c.latency() > timeout) {
                timedOut++;
                assertThat(c.outcome()).as(why).isEqualTo(timeoutError);
            } else {
                assertThat(c.outcome()).as(why).isEqualTo("reply " + c.n());
            }
        }
        assertThat(t.invariantLines())
                .as(t.why())
                .containsExactlyInAnyOrder("= calls made: " + count, "= goroutines left: 1");
        return timedOut;
    }

    @Test
    void theCallerReturnsAtTheEarlierOfReplyAndTimeoutAndTheAbandonedCallDoesNotLeak() {
        int timeouts = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            timeouts += assertEveryCallReturnsAtTheEarlierOfReplyAndTimeout(
                    ScenarioTraces.run(ID, Map.of(), seed), 4, Durations.ms(5), "timed out");
        }
        assertThat(timeouts)
                .as("at the defaults some calls time out and some do not")
                .isBetween(SEEDS / 2, 2 * SEEDS);
    }

    @Test
    void aContextDeadlineBehavesLikeTheTimerAndReportsDeadlineExceeded() {
        int timeouts = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("via", "context"), seed);
            timeouts += assertEveryCallReturnsAtTheEarlierOfReplyAndTimeout(
                    t, 4, Durations.ms(5), "context deadline exceeded");
        }
        assertThat(timeouts).isPositive();
    }

    @Test
    void aFastDependencyNeverTimesOutAndASlowOneAlwaysDoes() {
        for (String via : List.of("time.After", "context")) {
            String error = via.equals("context") ? "context deadline exceeded" : "timed out";
            for (long seed = 1; seed <= SEEDS; seed++) {
                Trace fast = ScenarioTraces.run(ID, Map.of("via", via, "latency", Durations.ms(2), "calls", 6), seed);
                assertThat(assertEveryCallReturnsAtTheEarlierOfReplyAndTimeout(fast, 6, Durations.ms(5), error))
                        .as(fast.why())
                        .isZero();
                Trace slow = ScenarioTraces.run(ID, Map.of("via", via, "latency", Durations.ms(20), "calls", 6), seed);
                assertThat(assertEveryCallReturnsAtTheEarlierOfReplyAndTimeout(slow, 6, Durations.ms(5), error))
                        .as(slow.why())
                        .isEqualTo(6);
            }
        }
    }
}
