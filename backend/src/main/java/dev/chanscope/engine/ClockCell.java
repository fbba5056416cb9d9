package dev.chanscope.engine;

/** Where releases through one synchronisation point accumulate their clocks (race detector). */
final class ClockCell {

    /** Join of the clocks of every release so far; null until the first one. */
    VectorClock clock;
}
