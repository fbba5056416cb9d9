package dev.chanscope.engine.event;

/** Which of a program's standard streams an {@link Event.Output} was written to. */
public enum StdStream implements WireEnum {
    STDOUT,
    STDERR
}
