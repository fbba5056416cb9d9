package dev.chanscope.stream.admission;

/**
 * A token bucket limiting how fast one client may send messages: {@code perSecond} sustained, bursts
 * of {@code burst}. Not thread-safe: a socket's messages arrive one at a time.
 */
public final class RateLimit {

    private final double ratePerNano;
    private final double burst;
    private double tokens;
    private long refilledAt;
    private int dropped;

    public RateLimit(int perSecond, int burst, long now) {
        this.ratePerNano = perSecond / 1e9;
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** No limit (the startup warm-up's sessions). */
    public static RateLimit unlimited(long now) {
        return new RateLimit(Integer.MAX_VALUE, Integer.MAX_VALUE, now);
    }

    /** Takes a token for one inbound message; false when the client is sending too fast. */
    public boolean allow(long now) {
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
    public int droppedInARow() {
        return dropped;
    }
}
