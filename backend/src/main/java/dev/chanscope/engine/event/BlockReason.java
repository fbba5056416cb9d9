package dev.chanscope.engine.event;

/** Why a goroutine is parked; the object it waits on travels beside it in {@link Event.GoBlock}. */
public enum BlockReason implements WireEnum {
    /** Sending on a channel with no receiver and no room (or a nil channel: object 0). */
    SEND,
    /** Receiving from a channel with nothing to take (or a nil channel: object 0). */
    RECEIVE,
    /** In a select none of whose cases is ready. */
    SELECT,
    LOCK,
    RLOCK,
    WAITGROUP,
    COND,
    SLEEP,
    SEMAPHORE,
    /** Runnable, but every processor (GOMAXPROCS) is busy with CPU-bound work. */
    PROCESSOR,
    /** Waiting for another goroutine to finish a sync.Once function. */
    ONCE,
    /** In a simulated I/O call (needs no processor). */
    IO
}
