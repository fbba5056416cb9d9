package dev.chanscope.stream.socket;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/** A socket session in memory: it keeps what the handler sends and how it closed the session. */
final class RecordingSession implements WebSocketSession {

    final List<WebSocketMessage<?>> sent = new ArrayList<>();
    private final String id;
    private final Map<String, Object> attributes = new HashMap<>();
    private CloseStatus closed;
    private int sendsLeft = Integer.MAX_VALUE;

    RecordingSession(String id) {
        this.id = id;
    }

    /**
     * From the {@code n+1}th message on, sending fails as it does when the peer has gone (connection
     * reset); like a container whose thread is busy, nothing tells the handler the session closed.
     */
    RecordingSession failSendsAfter(int n) {
        sendsLeft = n;
        return this;
    }

    CloseStatus closeStatus() {
        return closed;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public URI getUri() {
        return URI.create("ws://localhost/ws/runs");
    }

    @Override
    public HttpHeaders getHandshakeHeaders() {
        return new HttpHeaders();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public Principal getPrincipal() {
        return null;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return new InetSocketAddress("127.0.0.1", 8080);
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return new InetSocketAddress("127.0.0.1", 50000);
    }

    @Override
    public String getAcceptedProtocol() {
        return null;
    }

    @Override
    public void setTextMessageSizeLimit(int messageSizeLimit) {}

    @Override
    public int getTextMessageSizeLimit() {
        return 64 * 1024;
    }

    @Override
    public void setBinaryMessageSizeLimit(int messageSizeLimit) {}

    @Override
    public int getBinaryMessageSizeLimit() {
        return 1024;
    }

    @Override
    public List<WebSocketExtension> getExtensions() {
        return List.of();
    }

    @Override
    public void sendMessage(WebSocketMessage<?> message) throws IOException {
        if (closed != null) {
            throw new IllegalStateException("send on a closed session: " + message.getPayload());
        }
        if (sendsLeft-- <= 0) {
            throw new IOException("Connection reset by peer");
        }
        sent.add(message);
    }

    @Override
    public boolean isOpen() {
        return closed == null;
    }

    @Override
    public void close() {
        close(CloseStatus.NORMAL);
    }

    @Override
    public void close(CloseStatus status) {
        if (closed == null) {
            closed = status;
        }
    }
}
