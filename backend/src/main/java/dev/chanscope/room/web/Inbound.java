package dev.chanscope.room.web;

/**
 * A socket's inbound side: whole messages from the container's pieces (at most {@code maxBytes} in
 * UTF-8), and a token bucket on how fast it may send. Messages of one socket arrive one at a time, so
 * no locking is needed.
 */
final class Inbound {

    private final long maxBytes;
    private StringBuilder text;
    private long bytes;

    private double perNano;
    private double burst;
    private double tokens;
    private long refilledAt;
    private int droppedInARow;

    Inbound(long maxBytes, int perSecond, long now) {
        this.maxBytes = maxBytes;
        rate(perSecond, now);
        this.tokens = burst;
    }

    /** Sets the sustained rate (bursts of twice that); a teacher gets a higher one after joining. */
    void rate(int perSecond, long now) {
        refill(now);
        this.perNano = perSecond / 1e9;
        this.burst = 2.0 * perSecond;
        this.tokens = Math.min(tokens, burst);
    }

    /** The whole message once its last piece is in, or null while more are to come. */
    String piece(String piece, boolean last) throws TooBig {
        bytes += utf8Length(piece);
        if (bytes > maxBytes) {
            text = null;
            throw new TooBig(maxBytes);
        }
        if (!last) {
            (text == null ? text = new StringBuilder() : text).append(piece);
            return null;
        }
        String whole = text == null ? piece : text.append(piece).toString();
        text = null;
        bytes = 0;
        return whole;
    }

    /** Takes a token; false when the socket sends too fast. */
    boolean allow(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            droppedInARow = 0;
            return true;
        }
        droppedInARow++;
        return false;
    }

    int droppedInARow() {
        return droppedInARow;
    }

    double burst() {
        return burst;
    }

    private void refill(long now) {
        if (refilledAt != 0) {
            tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
        }
        refilledAt = now;
    }

    private static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            n += ch < 0x80 ? 1 : ch < 0x800 || Character.isSurrogate(ch) ? 2 : 3;
        }
        return n;
    }

    static final class TooBig extends Exception {
        final long limit;

        TooBig(long limit) {
            super("message larger than " + limit + " bytes", null, false, false);
            this.limit = limit;
        }
    }
}
