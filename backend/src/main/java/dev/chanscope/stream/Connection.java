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
    /**
     * One of {@link SocketWarmup}'s own loopback sessions: not rate-limited, not counted in the
     * metrics ({@link #account}), and its runs are not logged.
     */
    final boolean warmup;
    /** Where this client's session and runs take their slots and are counted. */
    final RunAdmission.Account account;

    volatile RunStream stream;
    volatile boolean admitted;
    /** Protocol version of the last start or resume. */
    int version = Messages.OLDEST_PROTOCOL_VERSION;
    /** The client holds the current event schema, so {@code meta} can leave it out (version 2). */
    boolean holdsSchema;

    /** Pieces of an inbound text message longer than the container's buffer, until its last one. */
    private StringBuilder text;
    /** UTF-8 bytes of the inbound message in progress (text or binary), counted while pieces arrive. */
    private long inboundBytes;

    private final double ratePerNano;
    private final double burst;
    private double tokens;
    private long refilledAt;
    private int dropped;

    /** An ordinary client, its messages limited to {@code perSecond} with bursts of {@code burst}. */
    Connection(WebSocketSession out, RunAdmission admission, int perSecond, int burst, long now) {
        this(out, admission.account(true), false, perSecond, burst, now);
    }

    /** A warm-up session: unlimited and uncounted. */
    static Connection warmup(WebSocketSession out, RunAdmission admission, long now) {
        return new Connection(out, admission.account(false), true, Integer.MAX_VALUE, Integer.MAX_VALUE, now);
    }

    private Connection(
            WebSocketSession out, RunAdmission.Account account, boolean warmup, int perSecond, int burst, long now) {
        this.out = out;
        this.account = account;
        this.warmup = warmup;
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

    /**
     * Adds one piece of an inbound text message (the container hands a long message over in pieces of
     * its buffer's size) and returns the whole message once its last piece is in, or null while more
     * are to come.
     *
     * @throws TooBig as soon as the message is longer than {@code maxBytes} in UTF-8
     */
    String textPiece(String piece, boolean last, long maxBytes) throws TooBig {
        if (last && text == null && inboundBytes == 0 && (long) piece.length() * 3 <= maxBytes) {
            return piece; // the usual case: one piece, short enough that no character count can exceed the limit
        }
        inboundBytes += utf8Length(piece);
        if (inboundBytes > maxBytes) {
            text = null;
            throw new TooBig(maxBytes);
        }
        if (!last) {
            if (text == null) {
                text = new StringBuilder(piece.length() * 2);
            }
            text.append(piece);
            return null;
        }
        String whole = text == null ? piece : text.append(piece).toString();
        text = null;
        inboundBytes = 0;
        return whole;
    }

    /**
     * Counts one piece of an inbound binary message; true once its last piece is in.
     *
     * @throws TooBig as soon as the message is longer than {@code maxBytes}
     */
    boolean binaryPiece(int bytes, boolean last, long maxBytes) throws TooBig {
        inboundBytes += bytes;
        if (inboundBytes > maxBytes) {
            throw new TooBig(maxBytes);
        }
        if (last) {
            inboundBytes = 0;
        }
        return last;
    }

    /** UTF-8 length of UTF-16 text; each half of a surrogate pair counts 2, so a pair split between pieces counts 4. */
    static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            n += ch < 0x80 ? 1 : ch < 0x800 || Character.isSurrogate(ch) ? 2 : 3;
        }
        return n;
    }

    /** An inbound message over the size limit: the socket is closed with 1009. */
    static final class TooBig extends Exception {
        final long limit;

        TooBig(long limit) {
            super("message larger than " + limit + " bytes", null, false, false);
            this.limit = limit;
        }
    }

    /** Messages refused in a row; a client that keeps flooding is disconnected. */
    int droppedInARow() {
        return dropped;
    }
}
