package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.Engine;
import dev.chanscope.engine.Intervention;
import dev.chanscope.engine.RunConfig;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.InterventionKind;
import dev.chanscope.engine.event.ObjKind;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ParamValidator;
import dev.chanscope.scenario.Params;
import dev.chanscope.scenario.Scenario;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GracefulShutdownScenarioTest {

    private static final String ID = "graceful-shutdown";
    private static final int SEEDS = 100;
    private static final Pattern SUMMARY = Pattern.compile("accepted (\\d+), served (\\d+), dropped (\\d+)");

    /** What one run did with its requests. */
    private record Shutdown(
            Trace t, int accepted, TreeSet<Integer> served, TreeSet<Integer> dropped, long signalAt, long summaryAt) {}

    private static Shutdown analyse(Trace t) {
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings()).as(t.why()).isEmpty();
        TreeSet<Integer> served = new TreeSet<>();
        TreeSet<Integer> dropped = new TreeSet<>();
        int accepted = -1;
        long summaryAt = -1;
        for (Event.Log l : t.all(Event.Log.class)) {
            if (l.text().startsWith("served request ")) {
                assertThat(served.add(Integer.parseInt(l.text().substring("served request ".length()))))
                        .as(t.why())
                        .isTrue();
            } else if (l.text().startsWith("dropped request ")) {
                assertThat(dropped.add(Integer.parseInt(l.text().substring("dropped request ".length()))))
                        .as(t.why())
                        .isTrue();
            }
            Matcher m = SUMMARY.matcher(l.text());
            if (m.matches()) {
                accepted = Integer.parseInt(m.group(1));
                assertThat(Integer.parseInt(m.group(2))).as(t.why()).isEqualTo(served.size());
                assertThat(Integer.parseInt(m.group(3))).as(t.why()).isEqualTo(dropped.size());
                summaryAt = l.time();
            }
        }
        assertThat(accepted).as(t.why()).isNotNegative();
        int shutdownId = objectId(t, ObjKind.CONTEXT, "shutdown");
        long signalAt = t.all(Event.ContextCancel.class).stream()
                .filter(c -> c.obj() == shutdownId)
                .mapToLong(Event.ContextCancel::time)
                .min()
                .orElseThrow();
        return new Shutdown(t, accepted, served, dropped, signalAt, summaryAt);
    }

    private static int objectId(Trace t, ObjKind kind, String name) {
        return t.all(Event.ObjDefine.class).stream()
                .filter(o -> o.kind() == kind && o.name().equals(name))
                .findFirst()
                .orElseThrow()
                .obj();
    }

    /** Requests are numbered 1, 2, … in the order they are accepted. */
    private static void assertEveryAcceptedRequestWasServedOrDroppedOnce(Shutdown s) {
        TreeSet<Integer> all = new TreeSet<>(s.served());
        assertThat(s.dropped()).as("served and dropped: " + s.t().why()).doesNotContainAnyElementsOf(s.served());
        all.addAll(s.dropped());
        List<Integer> expected = new ArrayList<>();
        for (int r = 1; r <= s.accepted(); r++) {
            expected.add(r);
        }
        assertThat(all).as(s.t().why()).containsExactlyElementsOf(expected);
        assertThat(s.t().invariantLines())
                .as(s.t().why())
                .containsExactlyInAnyOrder(
                        "= every accepted request was served or dropped: true", "= goroutines left: 1");
    }

    /** Every send on queue that went through happened by the time of the signal. */
    private static void assertNothingWasAcceptedAfterTheSignal(Shutdown s) {
        int queue = objectId(s.t(), ObjKind.CHANNEL, "queue");
        List<Event.ChanSend> sends = s.t().all(Event.ChanSend.class).stream()
                .filter(e -> e.obj() == queue)
                .toList();
        assertThat(sends).as(s.t().why()).hasSize(s.accepted());
        assertThat(sends).as(s.t().why()).allSatisfy(e -> assertThat(e.time()).isLessThanOrEqualTo(s.signalAt()));
    }

    @Test
    void everyRequestAcceptedBeforeTheSignalIsServedOrDroppedAndNoGoroutineIsLeft() {
        long signalAfter = Durations.ms(10);
        long drainTimeout = Durations.ms(4);
        int runsThatDropped = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Shutdown s = analyse(ScenarioTraces.run(ID, Map.of(), seed));
            assertThat(s.signalAt()).as(s.t().why()).isEqualTo(signalAfter);
            assertThat(s.t().logs()).as(s.t().why()).contains("SIGTERM");
            assertEveryAcceptedRequestWasServedOrDroppedOnce(s);
            assertNothingWasAcceptedAfterTheSignal(s);
            assertThat(s.summaryAt())
                    .as("the drain is bounded: " + s.t().why())
                    .isLessThanOrEqualTo(signalAfter + drainTimeout);
            if (!s.dropped().isEmpty()) {
                runsThatDropped++;
                assertThat(s.summaryAt())
                        .as("drops only when the drain deadline expired: " + s.t().why())
                        .isEqualTo(signalAfter + drainTimeout);
            }
        }
        assertThat(runsThatDropped)
                .as("at the defaults the deadline usually cuts the drain short")
                .isGreaterThan(SEEDS / 2);
    }

    @Test
    void theSendSigtermButtonStartsTheShutdownWhenPressed() {
        // On a tick: the engine applies a time-based intervention at the first scheduler step at or after
        // its time, and while every goroutine waits that step is the next timer's.
        long pressedAt = Durations.ms(4);
        for (long seed = 1; seed <= SEEDS; seed++) {
            Shutdown s = analyse(runWith(
                    Map.of(), seed, Intervention.atTime(InterventionKind.CANCEL_CONTEXT, "shutdown", pressedAt)));
            assertThat(s.signalAt()).as(s.t().why()).isEqualTo(pressedAt);
            assertThat(s.t().all(Event.ContextCancel.class).stream().filter(c -> c.time() == pressedAt && c.g() == 0))
                    .as("cancelled by the runtime, not the program: " + s.t().why())
                    .isNotEmpty();
            assertThat(s.t().logs())
                    .as("the timer's SIGTERM never comes: " + s.t().why())
                    .doesNotContain("SIGTERM");
            assertThat(s.accepted()).as(s.t().why()).isLessThanOrEqualTo(4);
            assertEveryAcceptedRequestWasServedOrDroppedOnce(s);
            assertNothingWasAcceptedAfterTheSignal(s);
            assertThat(s.summaryAt()).as(s.t().why()).isLessThanOrEqualTo(pressedAt + Durations.ms(4));
        }
    }

    @Test
    void aGenerousDrainTimeoutServesEverythingAndAZeroOneDropsAllThatIsUnfinished() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Shutdown patient = analyse(ScenarioTraces.run(ID, Map.of("drainTimeout", Durations.seconds(1)), seed));
            assertEveryAcceptedRequestWasServedOrDroppedOnce(patient);
            assertThat(patient.dropped()).as(patient.t().why()).isEmpty();
            assertThat(patient.served()).as(patient.t().why()).hasSize(patient.accepted());

            Trace t = ScenarioTraces.run(ID, Map.of("drainTimeout", 0L), seed);
            Shutdown hasty = analyse(t);
            assertEveryAcceptedRequestWasServedOrDroppedOnce(hasty);
            long servedAfterSignal = t.all(Event.Log.class).stream()
                    .filter(l -> l.text().startsWith("served request") && l.time() > hasty.signalAt())
                    .count();
            assertThat(servedAfterSignal).as(t.why()).isZero();
            assertThat(hasty.summaryAt()).as(t.why()).isEqualTo(hasty.signalAt());
        }
    }

    private static Trace runWith(Map<String, Object> params, long seed, Intervention intervention) {
        Scenario s = ScenarioTraces.scenario(ID);
        Params p = ParamValidator.validate(s, params, "params");
        List<Event> events = new ArrayList<>();
        RunResult r =
                Engine.run(s.program(p), RunConfig.of(seed).withInterventions(List.of(intervention)), events::add);
        return new Trace(ID, params, seed, events, r);
    }
}
