package dev.chanscope.stream.socket;

import dev.chanscope.stream.Peer;
import dev.chanscope.system.ChanscopeProperties;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebSocket session as a {@link Peer}, with back-pressure bounded: what is queued behind a stalled
 * write is capped ({@code max-buffered-bytes}), and a blocking write gives up after the send time
 * limit, so a client that stops reading never pins a server thread; the send then fails and the run
 * ends. Control messages are written as JSON text made safe for UTF-8.
 */
public final class SessionPeer implements Peer {

    private final WebSocketSession out;
    private final JsonMapper json;

    public SessionPeer(WebSocketSession session, JsonMapper json, ChanscopeProperties.Websocket limits) {
        boundBlockingWrites(session, limits);
        this.out = new ConcurrentWebSocketSessionDecorator(
                session, (int) limits.sendTimeLimit().toMillis(), (int)
                        Math.min(Integer.MAX_VALUE, limits.maxBufferedBytes().toBytes()));
        this.json = json;
    }

    /** Tomcat's blocking write gives up after the send time limit (the decorator bounds the queue). */
    private static void boundBlockingWrites(WebSocketSession session, ChanscopeProperties.Websocket limits) {
        if (session instanceof NativeWebSocketSession n
                && n.getNativeSession() instanceof jakarta.websocket.Session s) {
            s.getUserProperties()
                    .put(
                            "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT",
                            limits.sendTimeLimit().toMillis());
        }
    }

    /** The session, sends bounded: close it through this, not the container's session. */
    public WebSocketSession session() {
        return out;
    }

    @Override
    public void send(Map<String, Object> message) throws IOException {
        out.sendMessage(new TextMessage(wellFormed(json.writeValueAsString(message))));
    }

    @Override
    public void sendFrame(byte[] frame) throws IOException {
        out.sendMessage(new BinaryMessage(frame));
    }

    @Override
    public void close(Close how) throws IOException {
        out.close(new CloseStatus(how.code(), how.reason()));
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
