package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoundedConcurrencyScenarioTest {

    private static final String ID = "semaphore";
    private static final int SEEDS = 100;

    private static int objectId(Trace t, ObjKind kind, String name) {
        return t.all(Event.ObjDefine.class).stream()
                .filter(o -> o.kind() == kind && o.name().equals(name))
                .findFirst()
                .orElseThrow()
                .obj();
    }

    /** The most goroutines inside the request (blocked on its simulated I/O) at once. */
    private static int mostRequestsInFlight(Trace t) {
        Set<Integer> inIo = new HashSet<>();
        int most = 0;
        for (Event e : t.events()) {
            if (e instanceof Event.GoBlock b && b.reason() == BlockReason.IO) {
                inIo.add(b.g());
                most = Math.max(most, inIo.size());
            } else if (e instanceof Event.GoUnblock u) {
                inIo.remove(u.g());
            }
        }
        return most;
    }

    /** The highest value the inFlight counter reached. */
    private static long highestInFlightCount(Trace t) {
        int inFlight = objectId(t, ObjKind.ATOMIC, "inFlight");
        return t.all(Event.AtomicOp.class).stream()
                .filter(a -> a.obj() == inFlight)
                .mapToLong(Event.AtomicOp::value)
                .max()
                .orElseThrow();
    }

    /** The most tokens sem held at once. */
    private static int mostTokensHeld(Trace t) {
        int sem = objectId(t, ObjKind.CHANNEL, "sem");
        int held = 0;
        int most = 0;
        for (Event e : t.events()) {
            if (e instanceof Event.ChanBuffer b && b.obj() == sem) {
                most = Math.max(most, ++held);
            } else if (e instanceof Event.ChanRecv r && r.obj() == sem) {
                held--;
            }
        }
        assertThat(held).as(t.why()).isZero();
        return most;
    }

    private static void assertCompleted(Trace t) {
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings()).as(t.why()).isEmpty();
    }

    @Test
    void withTheSemaphoreNeverMoreThanLimitRequestsAreInFlight() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertCompleted(t);
            assertThat(mostRequestsInFlight(t)).as(t.why()).isEqualTo(3);
            assertThat(highestInFlightCount(t)).as(t.why()).isEqualTo(3);
            assertThat(mostTokensHeld(t)).as(t.why()).isEqualTo(3);
            assertThat(t.logs()).as(t.why()).contains("peak in flight: 3");
            assertThat(t.invariantLines())
                    .as(t.why())
                    .containsExactlyInAnyOrder("= requests made: 10", "= never more than the limit in flight: true");
        }
    }

    @Test
    void withoutItEveryRequestIsInFlightAtOnce() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("bounded", false), seed);
            assertCompleted(t);
            assertThat(mostRequestsInFlight(t)).as(t.why()).isEqualTo(10);
            assertThat(highestInFlightCount(t)).as(t.why()).isEqualTo(10);
            assertThat(t.logs()).as(t.why()).contains("peak in flight: 10");
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= requests made: 10");
        }
    }

    @Test
    void atStressSizeTheSemaphoreAlsoBoundsTheGoroutinesAlive() {
        for (long seed = 1; seed <= 10; seed++) {
            Trace bounded = ScenarioTraces.run(ID, Map.of("tasks", 2000, "limit", 50), seed);
            assertCompleted(bounded);
            assertThat(mostRequestsInFlight(bounded)).as(bounded.why()).isEqualTo(50);
            assertThat(mostTokensHeld(bounded)).as(bounded.why()).isEqualTo(50);
            // main, limit requests, and goroutines that gave their token back but have not returned yet
            assertThat(bounded.result().maxLiveGoroutines()).as(bounded.why()).isLessThanOrEqualTo(2 * 50 + 1);

            Trace unbounded = ScenarioTraces.run(ID, Map.of("tasks", 2000, "limit", 50, "bounded", false), seed);
            assertCompleted(unbounded);
            assertThat(mostRequestsInFlight(unbounded)).as(unbounded.why()).isEqualTo(2000);
            assertThat(unbounded.result().maxLiveGoroutines())
                    .as(unbounded.why())
                    .isEqualTo(2001);
        }
    }
}
