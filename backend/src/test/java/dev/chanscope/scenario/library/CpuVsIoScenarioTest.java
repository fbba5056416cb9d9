package dev.chanscope.scenario.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.engine.Durations;
import dev.chanscope.engine.event.Outcome;
import dev.chanscope.scenario.ScenarioTraces;
import dev.chanscope.scenario.ScenarioTraces.Trace;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuVsIoScenarioTest {

    private static final String ID = "cpu-vs-io";
    private static final int SEEDS = 100;
    private static final int JOBS = 16;
    private static final long JOB_TIME = Durations.ms(2);

    private static long endTime(String kind, int workers, long seed, int procs) {
        Trace t = ScenarioTraces.run(ID, Map.of("kind", kind, "workers", workers), seed, procs);
        assertThat(t.result().outcome()).as(t.why()).isEqualTo(Outcome.COMPLETED);
        assertThat(t.result().findings()).as(t.why()).isEmpty();
        assertThat(t.invariantLines()).as(t.why()).containsExactly("= jobs done: " + JOBS);
        assertThat(t.logs()).as(t.why()).contains("GOMAXPROCS: " + procs);
        return t.result().endTime();
    }

    /** Rounds of jobTime needed when {@code parallel} jobs run at a time. */
    private static long rounds(int parallel) {
        return (JOBS + parallel - 1) / parallel * JOB_TIME;
    }

    @Test
    void cpuBoundWorkStopsGettingFasterOnceWorkersExceedGomaxprocs() {
        for (int procs = 1; procs <= 8; procs++) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                String why = "GOMAXPROCS=" + procs + " seed=" + seed;
                long[] end = new long[17];
                for (int workers = 1; workers <= 16; workers++) {
                    end[workers] = endTime("cpu", workers, seed, procs);
                    assertThat(end[workers])
                            .as(why + " workers=" + workers)
                            .isEqualTo(rounds(Math.min(workers, procs)));
                    if (workers > 1) {
                        assertThat(end[workers]).as(why + " workers=" + workers).isLessThanOrEqualTo(end[workers - 1]);
                    }
                    if (workers > procs) {
                        assertThat(end[workers])
                                .as("no gain past GOMAXPROCS: " + why + " workers=" + workers)
                                .isEqualTo(end[procs]);
                    }
                }
                if (procs > 1) {
                    assertThat(end[procs])
                            .as("up to GOMAXPROCS more workers do help: " + why)
                            .isLessThan(end[1]);
                }
            }
        }
    }

    @Test
    void ioBoundWorkKeepsGettingFasterAsWorkersGrowWhateverGomaxprocs() {
        for (int procs = 1; procs <= 8; procs++) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                String why = "GOMAXPROCS=" + procs + " seed=" + seed;
                long previous = Long.MAX_VALUE;
                for (int workers : new int[] {1, 2, 4, 8, 16}) {
                    long end = endTime("io", workers, seed, procs);
                    assertThat(end)
                            .as(why + " workers=" + workers)
                            .isEqualTo(rounds(workers))
                            .isLessThan(previous);
                    previous = end;
                }
                assertThat(previous)
                        .as("16 waiting workers beat 16 computing ones: " + why)
                        .isLessThan(rounds(procs));
            }
        }
    }

    @Test
    void theEndTimeDependsOnlyOnWorkersKindAndGomaxprocsNotOnTheSchedule() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            assertThat(endTime("cpu", 4, seed, 4)).as("seed " + seed).isEqualTo(rounds(4));
            assertThat(endTime("cpu", 8, seed, 2)).as("seed " + seed).isEqualTo(rounds(2));
            assertThat(endTime("io", 8, seed, 2)).as("seed " + seed).isEqualTo(rounds(8));
        }
    }
}
