package dev.chanscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sparse/dense vector clock against a plain map, over random ticks, joins and copies. */
class VectorClockTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void behavesAsAMapOfCounts(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<VectorClock> clocks = new ArrayList<>();
        List<TreeMap<Integer, Integer>> models = new ArrayList<>();
        int range = seed % 2 == 0 ? 40 : 5000;
        for (int i = 0; i < 8; i++) {
            clocks.add(new VectorClock());
            models.add(new TreeMap<>());
        }
        for (int step = 0; step < 4000; step++) {
            int a = r.nextInt(clocks.size());
            int b = r.nextInt(clocks.size());
            switch (r.nextInt(4)) {
                case 0, 1 -> {
                    int g = r.nextInt(range);
                    clocks.get(a).tick(g);
                    models.get(a).merge(g, 1, Integer::sum);
                }
                case 2 -> {
                    clocks.get(a).join(clocks.get(b));
                    for (var e : models.get(b).entrySet()) {
                        models.get(a).merge(e.getKey(), e.getValue(), Math::max);
                    }
                }
                default -> {
                    clocks.set(a, clocks.get(b).copy());
                    models.set(a, new TreeMap<>(models.get(b)));
                }
            }
            VectorClock c = clocks.get(a);
            TreeMap<Integer, Integer> m = models.get(a);
            for (int probe = 0; probe < 20; probe++) {
                int g = r.nextInt(range + 10);
                assertThat(c.get(g)).as("step %d, id %d", step, g).isEqualTo(m.getOrDefault(g, 0));
            }
            for (var e : m.entrySet()) {
                assertThat(c.get(e.getKey())).isEqualTo(e.getValue());
            }
            assertThat(c.footprint())
                    .as("step %d: arrays no longer than the ids call for", step)
                    .isLessThanOrEqualTo(2 * range + 64);
        }
    }

    /**
     * A mutex handed through a hundred goroutines, each locking it many times, as the race detector
     * drives clocks (acquire joins the lock's clock in; release joins the holder's into the lock's and
     * ticks the holder): the arrays stay about as long as the ids, however many rounds pass.
     */
    @Test
    void aLockHandedThroughManyGoroutinesStaysSmall() {
        VectorClock main = new VectorClock();
        main.tick(1);
        VectorClock lock = new VectorClock();
        VectorClock[] gs = new VectorClock[101];
        for (int id = 2; id < gs.length; id++) {
            gs[id] = main.copy();
            gs[id].tick(id);
            main.tick(1);
        }
        for (int round = 0; round < 100; round++) {
            for (int id = 2; id < gs.length; id++) {
                gs[id].join(lock);
                lock.join(gs[id]);
                gs[id].tick(id);
            }
        }
        assertThat(lock.footprint()).isLessThanOrEqualTo(2 * gs.length + 64);
        for (int id = 2; id < gs.length; id++) {
            assertThat(gs[id].footprint()).isLessThanOrEqualTo(2 * gs.length + 64);
        }
    }

    /** Dense clocks joining each other in turn (a lock and its holders) keep the length the ids need. */
    @Test
    void denseClocksJoiningInTurnDoNotOutgrowEachOther() {
        VectorClock a = new VectorClock();
        VectorClock b = new VectorClock();
        for (int id = 1; id <= 40; id++) {
            a.tick(id);
            b.tick(id + 1);
        }
        for (int round = 0; round < 10_000; round++) {
            a.join(b);
            b.join(a);
            a.tick(1 + round % 40);
        }
        assertThat(a.footprint()).isLessThanOrEqualTo(2 * 42 + 64);
        assertThat(b.footprint()).isLessThanOrEqualTo(2 * 42 + 64);
    }
}
