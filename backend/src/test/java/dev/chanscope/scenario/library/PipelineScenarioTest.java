package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PipelineScenarioTest {

    private static final String ID = "pipeline";
    private static final int SEEDS = 100;

    /** How often a goroutine parked sending on, or receiving from, a channel. */
    private static long blocks(Trace t, String goroutine, BlockReason reason, String channel) {
        int g = TraceLookups.goroutine(t, goroutine);
        int ch = TraceLookups.object(t, channel);
        return t.all(Event.GoBlock.class).stream()
                .filter(b -> b.g() == g && b.obj() == ch && b.reason() == reason)
                .count();
    }

    private static List<Integer> written(Trace t) {
        return t.logs().stream()
                .filter(l -> l.startsWith("wrote "))
                .map(l -> Integer.parseInt(l.substring("wrote ".length())))
                .toList();
    }

    private static long finishedAt(Trace t) {
        return t.all(Event.Log.class).stream()
                .filter(l -> l.text().startsWith("= records written"))
                .findFirst()
                .orElseThrow()
                .time();
    }

    private static List<Integer> squares(int n) {
        return IntStream.rangeClosed(1, n).map(i -> i * i).boxed().toList();
    }

    @Test
    void theSlowTransformStageStaysBusyWhileReadWaitsToSendAndWriteWaitsToReceive() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            // Upstream of the bottleneck: read keeps finding raw full.
            assertThat(blocks(t, "stage-read", BlockReason.SEND, "raw"))
                    .as(t.why())
                    .isGreaterThanOrEqualTo(4);
            // The bottleneck never waits for its consumer, and for its input only before the first record.
            assertThat(blocks(t, "stage-transform", BlockReason.SEND, "squares"))
                    .as(t.why())
                    .isZero();
            assertThat(blocks(t, "stage-transform", BlockReason.RECEIVE, "raw"))
                    .as(t.why())
                    .isEqualTo(1);
            // Downstream: write waits for every square.
            assertThat(blocks(t, "main", BlockReason.RECEIVE, "squares"))
                    .as(t.why())
                    .isEqualTo(8);
            // So the whole run takes one read, eight transforms and one write.
            assertThat(finishedAt(t)).as(t.why()).isEqualTo(Durations.ms(1) + 8 * Durations.ms(3) + Durations.ms(1));
        }
    }

    @Test
    void theOutputOrderEqualsTheInputOrder() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(written(t)).as(t.why()).containsExactlyElementsOf(squares(8));
            assertThat(t.invariantLines())
                    .as(t.why())
                    .containsExactly("= records written: 8", "= output order equals input order: true");
        }
    }

    @Test
    void makingWriteTheSlowestStageMovesTheBottleneckToTheEnd() {
        Map<String, Object> params =
                Map.of("records", 12, "transformTime", Durations.ms(1), "writeTime", Durations.ms(4));
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, params, seed);
            // Now transform waits to send, and write never waits after the first square.
            assertThat(blocks(t, "stage-transform", BlockReason.SEND, "squares"))
                    .as(t.why())
                    .isPositive();
            assertThat(blocks(t, "main", BlockReason.RECEIVE, "squares"))
                    .as(t.why())
                    .isEqualTo(1);
            assertThat(blocks(t, "stage-read", BlockReason.SEND, "raw"))
                    .as(t.why())
                    .isPositive();
            assertThat(finishedAt(t)).as(t.why()).isEqualTo(Durations.ms(1) + Durations.ms(1) + 12 * Durations.ms(4));
            assertThat(written(t)).as(t.why()).containsExactlyElementsOf(squares(12));
        }
    }

    @Test
    void biggerBuffersLetTheFastStagesRunAheadButDoNotShortenTheRun() {
        for (long seed = 1; seed <= 20; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("bufferSize", 100), seed);
            assertThat(blocks(t, "stage-read", BlockReason.SEND, "raw"))
                    .as("read is never held back: " + t.why())
                    .isZero();
            assertThat(TraceLookups.maxOccupancy(t, "raw")).as(t.why()).isGreaterThan(1);
            assertThat(finishedAt(t)).as(t.why()).isEqualTo(Durations.ms(1) + 8 * Durations.ms(3) + Durations.ms(1));
            assertThat(written(t)).as(t.why()).containsExactlyElementsOf(squares(8));
        }
    }
}
