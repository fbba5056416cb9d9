package dev.chanscope.engine;

/** The receive-only view of a channel ({@code <-chan T}). */
public interface RecvChan<T> {

    /** {@code v := <-ch}: the zero value once the channel is closed and drained. */
    T recv(String label);

    /** {@code v, ok := <-ch}. */
    Received<T> recvOk(String label);

    /** {@code for v := range ch}: receives until the channel is closed and drained. */
    Iterable<T> range(String label);

    int len();

    int cap();

    String name();
}
