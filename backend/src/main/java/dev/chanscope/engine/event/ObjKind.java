package dev.chanscope.engine.event;

/** The kinds of synchronisation object a run can make. */
public enum ObjKind implements WireEnum {
    CHANNEL,
    MUTEX,
    RWMUTEX,
    WAITGROUP,
    ONCE,
    COND,
    SEMAPHORE,
    ATOMIC,
    VARIABLE,
    CONTEXT,
    TIMER,
    TICKER,
    ERRGROUP
}
