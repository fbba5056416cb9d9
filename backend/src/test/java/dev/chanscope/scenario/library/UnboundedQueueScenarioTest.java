package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnboundedQueueScenarioTest {

    static final int SEEDS = 100;
    static final String ID = "unbounded-queue";

    static long producerSendBlocks(Trace t) {
        int producer = TraceLookups.goroutine(t, "producer");
        int jobs = TraceLookups.object(t, "jobs");
        return t.all(Event.GoBlock.class).stream()
                .filter(b -> b.g() == producer && b.reason() == BlockReason.SEND && b.obj() == jobs)
                .count();
    }

    @Test
    void theBacklogGrowsInProportionToTheWorkload() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= processed 20 jobs, sum 210");
            int backlog20 = TraceLookups.maxOccupancy(t, "jobs");
            // One job in every 3 ms is consumed while 3 arrive: about two thirds of the jobs pile up.
            assertThat(backlog20).as(t.why()).isBetween(11, 15);
            assertThat(producerSendBlocks(t)).as(t.why()).isZero();
            Trace longer = ScenarioTraces.run(ID, Map.of("items", 80), seed);
            assertThat(TraceLookups.maxOccupancy(longer, "jobs"))
                    .as(longer.why())
                    .isBetween(50, 56);
        }
    }

    @Test
    void aBoundedQueueStaysWithinItsBoundAndMakesTheProducerWait() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("fix", true), seed);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= processed 20 jobs, sum 210");
            assertThat(TraceLookups.maxOccupancy(t, "jobs")).as(t.why()).isEqualTo(4);
            assertThat(producerSendBlocks(t)).as(t.why()).isPositive();
            Trace longer = ScenarioTraces.run(ID, Map.of("fix", true, "items", 80), seed);
            assertThat(TraceLookups.maxOccupancy(longer, "jobs"))
                    .as(longer.why())
                    .isEqualTo(4);
        }
    }

    @Test
    void consumersThatKeepUpNeedNoBoundToKeepTheBacklogSmall() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("consumers", 4, "items", 80), seed);
            assertThat(TraceLookups.maxOccupancy(t, "jobs")).as(t.why()).isLessThanOrEqualTo(2);
            assertThat(t.invariantLines()).as(t.why()).containsExactly("= processed 80 jobs, sum 3240");
        }
    }
}
