package dev.chanscope.engine;

import java.util.List;

/**
 * The run's strategy: every choice uniform, from the seeded {@link Randomness}, drawn from only when
 * there is a real choice (a lone runnable goroutine costs no draw). Changing the order or the number
 * of draws changes every run's digest.
 */
final class SeededScheduler implements Scheduler {

    private final Randomness random;

    SeededScheduler(Randomness random) {
        this.random = random;
    }

    @Override
    public int pickGoroutine(List<Goroutine> runnable) {
        int n = runnable.size();
        return n == 1 ? 0 : random.nextInt(n);
    }

    /** Fisher–Yates, from the last case down, as runtime/select.go shuffles its poll order. */
    @Override
    public int[] pollOrder(int cases) {
        int[] order = new int[cases];
        for (int i = 0; i < cases; i++) {
            order[i] = i;
        }
        for (int i = cases - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    @Override
    public int draw(int bound) {
        return random.nextInt(bound);
    }
}
