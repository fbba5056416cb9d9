package dev.chanscope.engine;

import java.util.List;

/**
 * Every choice a run makes, and nothing else: which runnable goroutine runs next, in which order a
 * select polls its cases, and numbers the program draws (jitter of simulated durations, {@code
 * rand.Intn}). The core loop ({@link Sim}) only hands out turns; a strategy decides them.
 *
 * <p>{@link SeededScheduler} is the strategy: uniform choices from the run's one {@link Randomness}.
 * {@link RunNextScheduler} is a layer over it that lets an intervention decide one turn. A strategy
 * is asked only when there is a real choice to make for goroutines (more than one runnable), and
 * must be deterministic: the same questions in the same order get the same answers.
 */
interface Scheduler {

    /** The goroutine to run next: an index into {@code runnable}, which holds at least one. */
    int pickGoroutine(List<Goroutine> runnable);

    /** The order in which a select polls its {@code cases} cases: a permutation of {@code 0..cases-1}. */
    int[] pollOrder(int cases);

    /** A number in {@code [0, bound)} for the program. */
    int draw(int bound);
}
