package dev.chanscope.scenario;

/**
 * How the real Go program behaves, for comparing it with the simulation: whether it exits normally,
 * panics (with a message fragment) or dies of a global deadlock. Beyond that, both the Go program and
 * the simulation print lines starting with {@code "= "} that state schedule-independent facts (totals,
 * counts, which goroutines were left); those lines must be equal as multisets.
 */
public record GoCheck(Exit exit, String panicFragment) {

    public enum Exit {
        OK,
        PANIC,
        DEADLOCK
    }

    public static final GoCheck OK = new GoCheck(Exit.OK, null);
    public static final GoCheck DEADLOCK = new GoCheck(Exit.DEADLOCK, null);

    public static GoCheck panic(String fragment) {
        return new GoCheck(Exit.PANIC, fragment);
    }
}
