package dev.chanscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Engine;
import dev.chanscope.engine.Intervention;
import dev.chanscope.engine.RunResult;
import dev.chanscope.engine.event.InterventionKind;
import dev.chanscope.run.PreparedRun;
import dev.chanscope.scenario.RunCases.RunCase;
import dev.chanscope.support.Example;
import dev.chanscope.support.PropertyTest;
import dev.chanscope.support.Seeds;
import dev.chanscope.wire.ByteBuf;
import dev.chanscope.wire.EventEncoder;
import dev.chanscope.wire.StreamDigest;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the design rests on, over generated runs of every scenario: a run is a pure function of its
 * inputs, and an intervention leaves everything before it alone ({@link RunBudgetPropertiesTest}: no
 * run crosses its budgets). Each property checks {@value Seeds#FIXED} fixed cases; {@code -Pexplore}
 * draws new ones.
 */
class RunPropertiesTest {

    @PropertyTest
    @MethodSource("runs")
    void sameInputsGiveTheSameDigest(RunCase run) {
        assertThat(digest(run.prepare(RunCases.SMALL)))
                .as(run.toString())
                .isEqualTo(digest(run.prepare(RunCases.SMALL)));
    }

    /** A run, a point in it ({@code at}: a fraction of its events) and which intervention to add. */
    record InterventionCase(RunCase run, double at, int choice) implements Example {
        static InterventionCase draw(long caseSeed) {
            SplittableRandom random = new SplittableRandom(caseSeed);
            RunCase run = RunCases.draw(random);
            return new InterventionCase(run, RunCases.fraction(random, 1, 0, 1), random.nextInt(100));
        }

        @Override
        public String java() {
            return "new InterventionCase(" + run.java() + ", " + at + ", " + choice + ")";
        }
    }

    @PropertyTest
    @MethodSource("interventionCases")
    void anInterventionLeavesEveryEventBeforeItUnchanged(InterventionCase c) {
        RunCase run = c.run();
        PreparedRun plain = run.prepare(RunCases.SMALL);
        Encoded before = encode(plain);
        long afterSeq = (long) (c.at() * (before.events() - 1));
        int choice = c.choice();
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
        PreparedRun changed = plain.withConfig(plain.config().withInterventions(List.of(added)));
        Encoded after = encode(changed);
        int prefix = before.offsets()[(int) afterSeq + 1];
        assertThat(after.bytes().length).as("%s with %s", run, added).isGreaterThanOrEqualTo(prefix);
        assertThat(Arrays.equals(before.bytes(), 0, prefix, after.bytes(), 0, prefix))
                .as("events 0..%d of %s with %s", afterSeq, run, added)
                .isTrue();
    }

    static Stream<RunCase> runs() {
        return Seeds.cases(RunCases::draw);
    }

    static Stream<InterventionCase> interventionCases() {
        return Seeds.cases(InterventionCase::draw);
    }

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
