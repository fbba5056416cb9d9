package dev.chanscope.stream;

import java.net.URI;
import java.time.Duration;

/**
 * A network path to the app that can be made to misbehave on the server-to-client direction: what both
 * the in-process {@link dev.chanscope.support.FaultyRelay} and Toxiproxy (where Docker exists) offer.
 * Faults apply to connections opened after they are set, and add up until {@link #clear()}.
 */
interface NetworkFaults extends AutoCloseable {

    /** The {@code /ws/runs} address through the faulty path. */
    URI runsUri();

    /** Delays each chunk of data by {@code perChunk}. */
    void latency(Duration perChunk);

    /** Cuts the stream into slices of about {@code averageBytes} (1..2×), each sent on its own. */
    void slicer(int averageBytes);

    /** Throttles to about {@code kilobytesPerSecond}. */
    void bandwidth(int kilobytesPerSecond);

    /** Ends each connection abruptly once {@code bytes} have passed. */
    void cutAfterBytes(long bytes);

    /** Resets each connection (TCP RST) {@code after} it opened. */
    void resetPeerAfter(Duration after);

    /** Removes every fault. */
    void clear();
}
