package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BroadcastCloseScenarioTest {

    private static final String ID = "broadcast-close";
    private static final int SEEDS = 100;

    private static Set<Integer> listeners(Trace t) {
        return t.all(Event.GoCreate.class).stream()
                .filter(c -> c.name().startsWith("listener-"))
                .map(Event.GoCreate::g)
                .collect(Collectors.toSet());
    }

    /** Asserts that the close woke every listener parked on done, in the same instant, and returns the close. */
    private static Event.ChanClose assertOneCloseWokeEveryWaitingListenerAtOnce(Trace t, int expectedListeners) {
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings()).as(t.why()).isEmpty();
        int done = TraceLookups.object(t, "done");
        Set<Integer> listeners = listeners(t);
        assertThat(listeners).as(t.why()).hasSize(expectedListeners);

        List<Event.ChanClose> closes = t.all(Event.ChanClose.class).stream()
                .filter(c -> c.obj() == done)
                .toList();
        assertThat(closes).as(t.why()).hasSize(1);
        Event.ChanClose close = closes.getFirst();
        assertThat(close.g()).as("main closes done: " + t.why()).isEqualTo(TraceLookups.goroutine(t, "main"));

        Set<Integer> parked = t.all(Event.GoBlock.class).stream()
                .filter(b -> b.obj() == done && b.seq() < close.seq())
                .peek(b -> assertThat(b.reason()).as(t.why()).isEqualTo(BlockReason.RECEIVE))
                .map(Event.GoBlock::g)
                .collect(Collectors.toSet());
        List<Event.ChanRecvClosed> woke = t.all(Event.ChanRecvClosed.class).stream()
                .filter(r -> r.obj() == done)
                .toList();
        assertThat(woke.stream().map(Event.ChanRecvClosed::g).toList())
                .as("each listener receives the close once: " + t.why())
                .doesNotHaveDuplicates();
        assertThat(woke.stream().map(Event.ChanRecvClosed::g).collect(Collectors.toSet()))
                .as(t.why())
                .isEqualTo(listeners);

        // The parked listeners are woken by the close itself: their ChanRecvClosed events follow it
        // directly, at its virtual time, and each is unblocked by main.
        List<Event> afterClose = t.events().subList((int) close.seq() + 1, (int) close.seq() + 1 + 2 * parked.size());
        for (int i = 0; i < parked.size(); i++) {
            Event recv = afterClose.get(2 * i);
            Event unblock = afterClose.get(2 * i + 1);
            assertThat(recv).as(t.why()).isInstanceOfSatisfying(Event.ChanRecvClosed.class, r -> {
                assertThat(r.obj()).isEqualTo(done);
                assertThat(r.time()).isEqualTo(close.time());
                assertThat(parked).contains(r.g());
            });
            assertThat(unblock).as(t.why()).isInstanceOfSatisfying(Event.GoUnblock.class, u -> {
                assertThat(u.g()).isEqualTo(((Event.ChanRecvClosed) recv).g());
                assertThat(u.by()).isEqualTo(close.g());
                assertThat(u.time()).isEqualTo(close.time());
            });
        }
        // Late listeners (if any) pass <-done without parking, at or after the close.
        assertThat(woke).as(t.why()).allSatisfy(r -> assertThat(r.time()).isGreaterThanOrEqualTo(close.time()));
        assertThat(t.all(Event.GoBlock.class).stream().filter(b -> b.obj() == done && b.seq() > close.seq()))
                .as("nobody waits on a closed channel: " + t.why())
                .isEmpty();
        assertThat(t.invariantLines())
                .as(t.why())
                .containsExactly(
                        "= listeners woken: " + expectedListeners + " of " + expectedListeners, "= goroutines left: 1");
        return close;
    }

    @Test
    void closingDoneWakesEveryBlockedListenerAtTheSameVirtualTime() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            Event.ChanClose close = assertOneCloseWokeEveryWaitingListenerAtOnce(t, 5);
            assertThat(close.time()).as(t.why()).isEqualTo(2_000_000L);
            int done = TraceLookups.object(t, "done");
            assertThat(t.all(Event.GoBlock.class).stream()
                            .filter(b -> b.obj() == done)
                            .map(Event.GoBlock::g)
                            .collect(Collectors.toSet()))
                    .as("with closeAfter > 0 every listener is parked before the close: " + t.why())
                    .isEqualTo(listeners(t));
        }
    }

    @Test
    void aThousandListenersStillWakeInTheSameInstant() {
        for (long seed = 1; seed <= 10; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("listeners", 1000), seed);
            assertOneCloseWokeEveryWaitingListenerAtOnce(t, 1000);
            int done = TraceLookups.object(t, "done");
            assertThat(t.all(Event.GoBlock.class).stream()
                            .filter(b -> b.obj() == done)
                            .count())
                    .as(t.why())
                    .isEqualTo(1000);
        }
    }

    @Test
    void listenersArrivingAfterTheCloseDoNotWaitAtAll() {
        int sawLateListeners = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("closeAfter", 0L), seed);
            Event.ChanClose close = assertOneCloseWokeEveryWaitingListenerAtOnce(t, 5);
            int done = TraceLookups.object(t, "done");
            long parked = t.all(Event.GoBlock.class).stream()
                    .filter(b -> b.obj() == done)
                    .count();
            if (parked < 5) {
                sawLateListeners++;
            }
            assertThat(t.all(Event.ChanRecvClosed.class).stream().filter(r -> r.obj() == done))
                    .as(t.why())
                    .allSatisfy(r -> assertThat(r.time()).isEqualTo(close.time()));
        }
        assertThat(sawLateListeners)
                .as("with closeAfter = 0 some listeners usually start after the close")
                .isPositive();
    }
}
