package dev.chanscope.engine.event;

/** External actions a user can apply to a run at a chosen point. */
public enum InterventionKind implements WireEnum {
    /** Cancel a named context: the "Ctrl-C / SIGTERM" button. */
    CANCEL_CONTEXT,
    /** Close a named channel from outside the program. */
    CLOSE_CHANNEL,
    /** Make a named goroutine panic where it stands. */
    INJECT_PANIC,
    /** Make a named goroutine's next simulated I/O call fail. */
    INJECT_ERROR,
    /** At the next scheduling choice, run this goroutine (the learner as scheduler). */
    RUN_NEXT
}
