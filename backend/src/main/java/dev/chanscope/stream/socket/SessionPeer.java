package dev.chanscope.stream.socket;

import dev.chanscope.stream.Peer;
import dev.chanscope.system.ChanscopeProperties;
import java.io.IOException;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebSocket session as a {@link Peer} that never waits for the network: messages go into the
 * session's {@link SendQueue} and leave through the container's asynchronous send, one completion
 * starting the next write. The protocol stops producing frames while the queue is above its mark (a
 * quarter of {@code max-buffered-bytes}) and goes on when it has drained; a client whose queue stays
 * full with no write completing for {@code stall-timeout} is not reading, and {@link #stalled} says so
 * to the handler's tick. Control messages are written as JSON text made safe for UTF-8.
 */
public final class SessionPeer implements Peer {

    private final WebSocketSession session;
    private final SendQueue out;
    private final JsonMapper json;

    SessionPeer(
            WebSocketSession session,
            Wire wire,
            JsonMapper json,
            ChanscopeProperties.Websocket limits,
            LongSupplier clock,
            SendQueue.Listener listener) {
        long max = limits.maxBufferedBytes().toBytes();
        this.session = session;
        this.out = new SendQueue(
                wire,
                clock,
                max / 4,
                max,
                limits.stallTimeout().toNanos(),
                limits.sendTimeLimit().toNanos(),
                listener);
        this.json = json;
    }

    /** The container's session (shutdown closes it directly). */
    public WebSocketSession session() {
        return session;
    }

    @Override
    public void send(Map<String, Object> message) throws IOException {
        String text = wellFormed(json.writeValueAsString(message));
        out.offer(new TextMessage(text), text.length());
    }

    @Override
    public void sendFrame(byte[] frame) throws IOException {
        out.offer(new BinaryMessage(frame), frame.length);
    }

    /** Closes the session once what is queued has been written. */
    @Override
    public void close(Close how) {
        out.close(new CloseStatus(how.code(), how.reason()));
    }

    @Override
    public boolean writable() {
        return out.writable();
    }

    /** Whether the client has stopped reading (see {@link SendQueue#stalled}). */
    boolean stalled(long now) {
        return out.stalled(now);
    }

    /** Since when a stalled client has read nothing. */
    long stalledSince() {
        return out.stalledSince();
    }

    /** Whether this side has asked to close (queued, written or aborted). */
    boolean closeAsked() {
        return out.closeAsked() != null;
    }

    /** What the connection has done so far, for the log when it ends abnormally. */
    String describe() {
        CloseStatus asked = out.closeAsked();
        return out.written() + " messages written, "
                + (asked == null ? "no close asked by the server" : "server closing with " + asked);
    }

    /** Drops what is queued and closes now: the client is gone or not reading. */
    void abort(Close how) {
        out.abort(new CloseStatus(how.code(), how.reason()));
    }

    /**
     * Text safe to send: strings that come from the client (names in a run request, the text of a bad
     * message quoted in an error) may hold lone UTF-16 surrogates. JSON allows them ({@code "\ud800"})
     * but UTF-8 cannot encode them, and the container would fail the send and close the socket with
     * 1011. Each becomes U+FFFD instead.
     */
    static String wellFormed(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isSurrogate(ch)) {
                if (out != null) {
                    out.append(ch);
                }
                continue;
            }
            boolean pair =
                    Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (out == null && !pair) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (pair) {
                if (out != null) {
                    out.append(ch).append(s.charAt(i + 1));
                }
                i++;
            } else {
                out.append('\uFFFD');
            }
        }
        return out == null ? s : out.toString();
    }
}
