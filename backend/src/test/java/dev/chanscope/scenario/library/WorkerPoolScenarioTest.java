package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkerPoolScenarioTest {

    private static final String ID = "worker-pool";
    private static final int SEEDS = 100;
    private static final int PROCS = 4;

    private static Set<Integer> workers(Trace t) {
        return t.all(Event.GoCreate.class).stream()
                .filter(c -> c.name().startsWith("worker-"))
                .map(Event.GoCreate::g)
                .collect(Collectors.toSet());
    }

    /**
     * The most jobs in flight at once: a job is in flight from the moment a worker takes it from jobs
     * (out of the buffer, or handed over directly) until that worker starts sending its result.
     */
    private static int maxInFlight(Trace t) {
        int jobs = TraceLookups.object(t, "jobs");
        int results = TraceLookups.object(t, "results");
        Set<Integer> workers = workers(t);
        int now = 0;
        int max = 0;
        for (Event e : t.events()) {
            boolean took = (e instanceof Event.ChanRecv r && r.obj() == jobs && workers.contains(r.g()))
                    || (e instanceof Event.ChanHandoff h && h.obj() == jobs && workers.contains(h.to()));
            if (took) {
                max = Math.max(max, ++now);
            } else if (e instanceof Event.ChanSend s && s.obj() == results && workers.contains(s.g())) {
                now--;
            }
            assertThat(now).as(t.why()).isNotNegative();
        }
        return max;
    }

    /** The values main received from results, in order, following each item from its send. */
    private static List<String> resultsReceived(Trace t) {
        int results = TraceLookups.object(t, "results");
        int main = TraceLookups.goroutine(t, "main");
        Map<Long, String> values = new HashMap<>();
        List<String> received = new ArrayList<>();
        for (Event e : t.events()) {
            if (e instanceof Event.ChanSend s && s.obj() == results) {
                values.put(s.item(), s.value());
            } else if (e instanceof Event.ChanRecv r && r.obj() == results && r.g() == main) {
                received.add(values.remove(r.item()));
            } else if (e instanceof Event.ChanHandoff h && h.obj() == results && h.to() == main) {
                received.add(values.remove(h.item()));
            }
        }
        return received;
    }

    private static long finishedAt(Trace t) {
        return t.all(Event.Log.class).stream()
                .filter(l -> l.text().startsWith("= results received"))
                .findFirst()
                .orElseThrow()
                .time();
    }

    private static long processorWaits(Trace t) {
        return t.all(Event.GoBlock.class).stream()
                .filter(b -> b.reason() == BlockReason.PROCESSOR)
                .count();
    }

    @Test
    void thePoolNeverHasMoreJobsInFlightThanWorkers() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed, PROCS);
            assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
            assertThat(t.result().findings()).as(t.why()).isEmpty();
            assertThat(maxInFlight(t))
                    .as("three workers, nine jobs: the pool is full but never over: " + t.why())
                    .isEqualTo(3);
        }
        for (long seed = 1; seed <= 20; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of("workers", 7, "jobs", 40, "work", "io"), seed, PROCS);
            assertThat(maxInFlight(t)).as(t.why()).isEqualTo(7);
        }
    }

    @Test
    void everyJobsResultIsReceivedExactlyOnce() {
        List<String> expected =
                IntStream.rangeClosed(1, 9).mapToObj(String::valueOf).toList();
        for (long seed = 1; seed <= SEEDS; seed++) {
            Trace t = ScenarioTraces.run(ID, Map.of(), seed, PROCS);
            assertThat(resultsReceived(t)).as(t.why()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(t.invariantLines())
                    .as(t.why())
                    .containsExactly("= results received: 9 every job exactly once: true", "= goroutines left: 1");
        }
    }

    @Test
    void withCpuWorkThroughputStopsImprovingAboveGomaxprocs() {
        for (long seed = 1; seed <= 10; seed++) {
            Map<Integer, Long> took = new HashMap<>();
            for (int workers : new int[] {1, 2, 4, 8, 16}) {
                Trace t = ScenarioTraces.run(ID, Map.of("workers", workers, "jobs", 32, "work", "cpu"), seed, PROCS);
                took.put(workers, finishedAt(t));
                if (workers > PROCS) {
                    assertThat(processorWaits(t))
                            .as("workers beyond GOMAXPROCS queue for a processor: " + t.why())
                            .isPositive();
                } else {
                    assertThat(processorWaits(t))
                            .as("up to GOMAXPROCS workers each have a processor: " + t.why())
                            .isZero();
                }
            }
            assertThat(took.get(2)).as("seed " + seed + " " + took).isLessThan(took.get(1));
            assertThat(took.get(4)).as("seed " + seed + " " + took).isLessThan(took.get(2));
            assertThat(took.get(8)).as("seed " + seed + " " + took).isEqualTo(took.get(4));
            assertThat(took.get(16)).as("seed " + seed + " " + took).isEqualTo(took.get(4));
        }
    }

    @Test
    void withIoWorkMoreWorkersKeepFinishingSooner() {
        for (long seed = 1; seed <= 10; seed++) {
            Map<Integer, Long> took = new HashMap<>();
            for (int workers : new int[] {1, 2, 4, 8, 16}) {
                Trace t = ScenarioTraces.run(ID, Map.of("workers", workers, "jobs", 32, "work", "io"), seed, PROCS);
                took.put(workers, finishedAt(t));
                assertThat(processorWaits(t))
                        .as("I/O needs no processor: " + t.why())
                        .isZero();
            }
            assertThat(took.get(2)).as("seed " + seed + " " + took).isLessThan(took.get(1));
            assertThat(took.get(4)).as("seed " + seed + " " + took).isLessThan(took.get(2));
            assertThat(took.get(8)).as("seed " + seed + " " + took).isLessThan(took.get(4));
            assertThat(took.get(16)).as("seed " + seed + " " + took).isLessThan(took.get(8));
        }
    }
}
