package dev.chanscope.stream.socket;

/**
 * The time the run sockets' bounds are measured in, in nanoseconds: when a client last sent a
 * message (idle without a run), its message rate, how long its queue has been full (stalled). The
 * server's is {@link System#nanoTime}, which the session tick reads too; a test that replaces it
 * moves time itself and ticks the sessions when it chooses.
 */
@FunctionalInterface
public interface SocketClock {

    long nanoTime();
}
