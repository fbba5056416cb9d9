package dev.chanscope.engine;

/** A Go-style program written against the engine: its {@code main} runs as goroutine 1. */
@FunctionalInterface
public interface Program {

    void main(Go go);
}
