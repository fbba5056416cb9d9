package dev.chanscope.stream.socket;

/**
 * One socket's inbound messages, assembled from the pieces the container hands over (a piece is at
 * most its buffer: {@link WebSocketConfig}) and bounded as they arrive: a message over the limit is
 * refused at the piece that crosses it, never held whole. Used by one thread at a time (a session's
 * messages arrive one at a time).
 */
public final class Inbound {

    /** Pieces of an inbound text message longer than the container's buffer, until its last one. */
    private StringBuilder text;
    /** UTF-8 bytes of the inbound message in progress (text or binary), counted while pieces arrive. */
    private long inboundBytes;

    /**
     * Adds one piece of an inbound text message and returns the whole message once its last piece is
     * in, or null while more are to come.
     *
     * @throws TooBig as soon as the message is longer than {@code maxBytes} in UTF-8
     */
    public String textPiece(String piece, boolean last, long maxBytes) throws TooBig {
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
    public boolean binaryPiece(int bytes, boolean last, long maxBytes) throws TooBig {
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
    public static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            n += ch < 0x80 ? 1 : ch < 0x800 || Character.isSurrogate(ch) ? 2 : 3;
        }
        return n;
    }

    /** An inbound message over the size limit: the socket is closed with 1009. */
    public static final class TooBig extends Exception {
        final long limit;

        TooBig(long limit) {
            super("message larger than " + limit + " bytes", null, false, false);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
