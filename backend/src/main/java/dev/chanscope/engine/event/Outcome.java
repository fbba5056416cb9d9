package dev.chanscope.engine.event;

/** How a run ended. */
public enum Outcome implements WireEnum {
    /** main returned. */
    COMPLETED,
    /** An unrecovered panic (or a fatal error such as unlocking an unlocked mutex) ended the program. */
    PANICKED,
    /** All goroutines were asleep. */
    DEADLOCKED,
    /** A run limit (goroutines, events, steps, virtual or wall time) was reached. */
    LIMIT_REACHED,
    /** The run was cancelled from outside (the client went away, the server is stopping). */
    CANCELLED
}
