package dev.chanscope.engine;

import java.util.List;

/**
 * The inputs of a run besides the program itself. Together with the program they determine the run's
 * event stream completely.
 *
 * @param seed seeds the run's only random source
 * @param gomaxprocs simulated processors available to CPU-bound work
 * @param limits bounds that end the run cleanly
 * @param interventions external actions; when several are due at one step they apply in list order
 * @param raceDetection whether happens-before clocks are kept and shared variables checked
 */
public record RunConfig(
        long seed, int gomaxprocs, RunLimits limits, List<Intervention> interventions, boolean raceDetection) {

    public static final int MAX_PROCS = 64;

    public RunConfig {
        if (gomaxprocs < 1 || gomaxprocs > MAX_PROCS) {
            throw new IllegalArgumentException("gomaxprocs must be between 1 and " + MAX_PROCS + ", was " + gomaxprocs);
        }
        limits = limits == null ? RunLimits.DEFAULT : limits;
        interventions = interventions == null ? List.of() : List.copyOf(interventions);
    }

    public static RunConfig of(long seed) {
        return new RunConfig(seed, 4, RunLimits.DEFAULT, List.of(), true);
    }

    public RunConfig withProcs(int procs) {
        return new RunConfig(seed, procs, limits, interventions, raceDetection);
    }

    public RunConfig withLimits(RunLimits l) {
        return new RunConfig(seed, gomaxprocs, l, interventions, raceDetection);
    }

    public RunConfig withInterventions(List<Intervention> list) {
        return new RunConfig(seed, gomaxprocs, limits, list, raceDetection);
    }

    public RunConfig withRaceDetection(boolean on) {
        return new RunConfig(seed, gomaxprocs, limits, interventions, on);
    }
}
