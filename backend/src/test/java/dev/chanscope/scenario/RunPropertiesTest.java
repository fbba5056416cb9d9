package dev.chanscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.Intervention;
import dev.chanscope.engine.RunLimits;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.InterventionKind;
import dev.chanscope.wire.ByteBuf;
import dev.chanscope.wire.EventEncoder;
import dev.chanscope.wire.StreamDigest;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * What the design rests on, over generated runs of every scenario: a run is a pure function of its
 * inputs, an intervention leaves everything before it alone, and no run crosses its budgets.
 * Tries per property: {@code jqwik.tries.default} (junit-platform.properties; raise it with
 * {@code -Djqwik.tries.default=N} for a longer run).
 */
class RunPropertiesTest {

    @Property
    void sameInputsGiveTheSameDigest(@ForAll(supplier = RunArbitraries.Runs.class) RunArbitraries.RunCase run) {
        assertThat(digest(run.prepare(RunArbitraries.SMALL)))
                .as(run.toString())
                .isEqualTo(digest(run.prepare(RunArbitraries.SMALL)));
    }

    @Property
    void anInterventionLeavesEveryEventBeforeItUnchanged(
            @ForAll(supplier = RunArbitraries.Runs.class) RunArbitraries.RunCase run,
            @ForAll @DoubleRange(min = 0, max = 1) double at,
            @ForAll @IntRange(min = 0, max = 99) int choice) {
        PreparedRun plain = run.prepare(RunArbitraries.SMALL);
        Encoded before = encode(plain);
        long afterSeq = (long) (at * (before.events() - 1));
        List<InterventionOffer> offers = run.scenarioObject().interventions();
        Intervention added = offers.isEmpty()
                ? Intervention.afterSeq(
                        InterventionKind.values()[choice % InterventionKind.values().length],
                        "#" + (1 + choice % 4),
                        afterSeq)
                : Intervention.afterSeq(
                        offers.get(choice % offers.size()).kind(),
                        offers.get(choice % offers.size()).target(),
                        afterSeq);
        PreparedRun changed =
                new PreparedRun(plain.scenario(), plain.params(), plain.config().withInterventions(List.of(added)));
        Encoded after = encode(changed);
        int prefix = before.offsets()[(int) afterSeq + 1];
        assertThat(after.bytes().length).as("%s with %s", run, added).isGreaterThanOrEqualTo(prefix);
        assertThat(Arrays.equals(before.bytes(), 0, prefix, after.bytes(), 0, prefix))
                .as("events 0..%d of %s with %s", afterSeq, run, added)
                .isTrue();
    }

    @Property
    void noRunCrossesItsBudgets(
            @ForAll(supplier = RunArbitraries.Runs.class) RunArbitraries.RunCase run,
            @ForAll @IntRange(min = 2, max = 300) int goroutines,
            @ForAll @LongRange(min = 20, max = 20_000) long events,
            @ForAll @LongRange(min = 20, max = 50_000) long steps,
            @ForAll @LongRange(min = 1, max = 2_000_000_000L) long virtualNanos) {
        RunLimits limits = new RunLimits(goroutines, events, steps, virtualNanos, RunLimits.DEFAULT.maxWallNanos());
        PreparedRun prepared = run.prepare(limits);
        RunResult r = Engine.run(prepared.program(), prepared.config(), e -> {});
        String why = run + " within " + limits + ": " + r;
        assertThat(r.goroutinesStarted()).as(why).isLessThanOrEqualTo(goroutines);
        assertThat(r.steps()).as(why).isLessThanOrEqualTo(steps);
        assertThat(r.endTime()).as(why).isLessThanOrEqualTo(virtualNanos);
        // The operation in progress finishes, then the limit diagnostic and run-end close the stream.
        assertThat(r.events()).as(why).isLessThanOrEqualTo(events + EVENT_OVERRUN);
    }

    /** Found by the property: a goroutine woken at the last step ran one operation past the step budget. */
    @net.jqwik.api.Example
    void aWokenGoroutineDoesNotRunPastTheStepBudget() {
        noRunCrossesItsBudgets(
                new RunArbitraries.RunCase("rate-limiter", java.util.Map.of("burst", 3L), 0, 1), 2, 58, 20, 1);
    }

    /** Events past the event budget: the rest of the operation in progress, the diagnostic, run-end. */
    static final long EVENT_OVERRUN = 8;

    static String digest(PreparedRun run) {
        StreamDigest d = new StreamDigest();
        Engine.run(run.program(), run.config(), d);
        return d.hex();
    }

    /** A run's encoded events and where each starts ({@code offsets[events]} is the end). */
    record Encoded(byte[] bytes, int[] offsets) {
        long events() {
            return offsets.length - 1;
        }
    }

    static Encoded encode(PreparedRun run) {
        EventEncoder encoder = new EventEncoder();
        ByteBuf buf = new ByteBuf(1 << 16);
        int[][] offsets = {new int[1024]};
        int[] n = {0};
        RunResult r = Engine.run(run.program(), run.config(), e -> {
            if (n[0] + 1 >= offsets[0].length) {
                offsets[0] = Arrays.copyOf(offsets[0], offsets[0].length * 2);
            }
            offsets[0][n[0]++] = buf.size();
            encoder.encode(e, buf);
        });
        offsets[0][n[0]] = buf.size();
        assertThat((long) n[0]).isEqualTo(r.events());
        return new Encoded(buf.toByteArray(), Arrays.copyOf(offsets[0], n[0] + 1));
    }
}
