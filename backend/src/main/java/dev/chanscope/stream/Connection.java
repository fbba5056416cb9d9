package dev.chanscope.stream;

import org.springframework.web.socket.WebSocketSession;

/**
 * One client of {@code /ws/runs}: its bounded outbound queue, its current run, whether that run holds
 * an admission slot, the protocol version it speaks, whether it holds the event schema, and a token
 * bucket limiting how fast it may send control messages. Messages of one session are delivered one at
 * a time, so the fields need no locking beyond {@code volatile} for the close path.
 */
final class Connection {

    final WebSocketSession out;
    volatile RunStream stream;
    volatile boolean admitted;
    /** Protocol version of the last start or resume. */
    int version = Messages.OLDEST_PROTOCOL_VERSION;
    /** The client holds the current event schema, so {@code meta} can leave it out (version 2). */
    boolean holdsSchema;

    private final double ratePerNano;
    private final double burst;
    private double tokens;
    private long refilledAt;
    private int dropped;

    Connection(WebSocketSession out, int perSecond, int burst, long now) {
        this.out = out;
        this.ratePerNano = perSecond / 1e9;
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** Takes a token for one inbound message; false when the client is sending too fast. */
    boolean allowMessage(long now) {
        tokens = Math.min(burst, tokens + (now - refilledAt) * ratePerNano);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            dropped = 0;
            return true;
        }
        dropped++;
        return false;
    }

    /** Messages refused in a row; a client that keeps flooding is disconnected. */
    int droppedInARow() {
        return dropped;
    }
}
