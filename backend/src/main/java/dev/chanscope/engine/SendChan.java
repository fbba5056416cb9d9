package dev.chanscope.engine;

/** The send-only view of a channel ({@code chan<- T}). */
public interface SendChan<T> {

    /** {@code ch <- v}. */
    void send(T value, String label);

    /** {@code close(ch)}. */
    void close(String label);

    int len();

    int cap();

    String name();
}
