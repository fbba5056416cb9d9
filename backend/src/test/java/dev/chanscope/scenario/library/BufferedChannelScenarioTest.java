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

class BufferedChannelScenarioTest {

    private static final String ID = "buffered-channel";
    private static final int SEEDS = 100;

    /** How often each side blocked on ch, checked against the buffer's occupancy at that moment. */
    private record Blocking(int producerBlocks, int consumerBlocks, int maxOccupancy) {}

    /**
     * Replays the buffer of ch from its ChanBuffer (an item enters) and ChanRecv (the head leaves) events
     * and asserts that every GoBlock of the producer on ch found the buffer full and every GoBlock of the
     * consumer (main) found it empty.
     */
    private static Blocking replay(Trace t, int cap) {
        int ch = TraceLookups.object(t, "ch");
        int producer = TraceLookups.goroutine(t, "producer");
        int consumer = TraceLookups.goroutine(t, "main");
        int occupancy = 0;
        int max = 0;
        int producerBlocks = 0;
        int consumerBlocks = 0;
        for (Event e : t.events()) {
            switch (e) {
                case Event.ChanBuffer b when b.obj() == ch -> max = Math.max(max, ++occupancy);
                case Event.ChanRecv r when r.obj() == ch -> occupancy--;
                case Event.GoBlock b
                when b.obj() == ch && b.g() == producer -> {
                    assertThat(b.reason()).as(t.why()).isEqualTo(BlockReason.SEND);
                    assertThat(occupancy)
                            .as("the producer blocked at seq " + b.seq() + " with the buffer not full; " + t.why())
                            .isEqualTo(cap);
                    producerBlocks++;
                }
                case Event.GoBlock b
                when b.obj() == ch && b.g() == consumer -> {
                    assertThat(b.reason()).as(t.why()).isEqualTo(BlockReason.RECEIVE);
                    assertThat(occupancy)
                            .as("the consumer blocked at seq " + b.seq() + " with items buffered; " + t.why())
                            .isZero();
                    consumerBlocks++;
                }
                default -> {}
            }
            assertThat(occupancy).as(t.why()).isBetween(0, cap);
        }
        return new Blocking(producerBlocks, consumerBlocks, max);
    }

    private static List<Integer> consumed(Trace t) {
        return t.logs().stream()
                .filter(l -> l.startsWith("consumed "))
                .map(l -> Integer.parseInt(l.substring("consumed ".length())))
                .toList();
    }

    @Test
    void theProducerBlocksOnlyWhenTheBufferIsFullAndTheConsumerOnlyWhenItIsEmpty() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            Blocking b = replay(t, 3);
            assertThat(b.maxOccupancy())
                    .as("the fast producer fills the buffer: " + t.why())
                    .isEqualTo(3);
            assertThat(b.producerBlocks())
                    .as("and then waits for free slots: " + t.why())
                    .isPositive();
            assertThat(b.consumerBlocks())
                    .as("the consumer waits only for the first item: " + t.why())
                    .isEqualTo(1);
        }
    }

    @Test
    void everyItemIsReceivedInTheOrderItWasSent() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(consumed(t)).as(t.why()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(t.invariantLines())
                    .as(t.why())
                    .containsExactly("= consumed 8 items, sum 36", "= in the order produced: true");
        }
    }

    @Test
    void aConsumerFasterThanTheProducerNeverLetsTheBufferFillAndTheProducerNeverWaits() {
        Map<String, Object> params =
                Map.of("items", 20, "produceTime", Durations.ms(2), "consumeTime", Durations.ms(1));
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, params, seed);
            Blocking b = replay(t, 3);
            assertThat(b.producerBlocks()).as(t.why()).isZero();
            assertThat(b.maxOccupancy())
                    .as("each item is handed straight to the waiting consumer: " + t.why())
                    .isZero();
            assertThat(b.consumerBlocks())
                    .as("the consumer waits for every item: " + t.why())
                    .isEqualTo(20);
            assertThat(consumed(t))
                    .as(t.why())
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, 20).boxed().toList());
        }
    }

    @Test
    void aBiggerBufferDoesNotMakeASlowConsumerFinishSooner() {
        // The consumer's pace decides: the first item after produceTime, then consumeTime per item.
        long expected = Durations.ms(1) + 8 * Durations.ms(3);
        for (int size : new int[] {0, 1, 3, 100}) {
            for (long seed = 1; seed <= 20; seed++) {
                Trace t = ScenarioTraces.run(ID, Map.of("bufferSize", size), seed);
                Blocking b = replay(t, size);
                assertThat(b.maxOccupancy()).as(t.why()).isLessThanOrEqualTo(size);
                long finished = t.all(Event.Log.class).stream()
                        .filter(l -> l.text().startsWith("= consumed"))
                        .findFirst()
                        .orElseThrow()
                        .time();
                assertThat(finished).as(t.why()).isEqualTo(expected);
            }
        }
    }
}
