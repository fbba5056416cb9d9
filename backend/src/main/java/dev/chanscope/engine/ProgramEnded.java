package dev.chanscope.engine;

/**
 * Thrown through a goroutine whose program has ended (a budget ran out, another goroutine panicked,
 * os.Exit), to unwind its stack without running its code; and out of a scheduler step that a budget
 * cut short. Carries no stack trace: it is control flow, not an error.
 */
final class ProgramEnded extends RuntimeException {
    ProgramEnded() {
        super(null, null, false, false);
    }
}
