package dev.chanscope.engine;

/** The result of {@code v, ok := <-ch}: ok is false when the channel was closed and drained. */
public record Received<T>(T value, boolean ok) {}
