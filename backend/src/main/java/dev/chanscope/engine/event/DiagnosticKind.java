package dev.chanscope.engine.event;

/** What a detector found. */
public enum DiagnosticKind implements WireEnum {
    DEADLOCK,
    LEAK,
    RACE,
    LOCK_ORDER,
    PANIC,
    LIMIT
}
