package dev.chanscope.engine;

import java.util.List;

/**
 * Interventions as a layer over the strategy: "run goroutine 3 next" decides the next turn when that
 * goroutine is runnable then, and costs no draw; every other choice is the strategy's. So a run with
 * the intervention makes the same draws as the run without it up to that turn.
 */
final class RunNextScheduler implements Scheduler {

    private final Scheduler strategy;
    private Goroutine chosen;

    RunNextScheduler(Scheduler strategy) {
        this.strategy = strategy;
    }

    /** The next turn goes to {@code g} if it is runnable then; otherwise the strategy picks as usual. */
    void runNext(Goroutine g) {
        chosen = g;
    }

    @Override
    public int pickGoroutine(List<Goroutine> runnable) {
        if (chosen != null) {
            int index = runnable.indexOf(chosen);
            chosen = null;
            if (index >= 0) {
                return index;
            }
        }
        return strategy.pickGoroutine(runnable);
    }

    @Override
    public int[] pollOrder(int cases) {
        return strategy.pollOrder(cases);
    }

    @Override
    public int draw(int bound) {
        return strategy.draw(bound);
    }
}
