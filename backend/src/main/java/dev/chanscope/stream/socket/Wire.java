package dev.chanscope.stream.socket;

import java.io.IOException;
import java.util.function.Consumer;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/**
 * How a session's messages leave, one at a time: {@link #write} starts a write and returns, and its
 * completion is reported to {@code done} (null on success) from whichever thread the container
 * completes it on, possibly the caller's own, before {@code write} returns. {@link SendQueue} never
 * starts a write before the last one completed.
 */
interface Wire {

    void write(WebSocketMessage<?> message, Consumer<Throwable> done);

    /**
     * Closes the session with {@code status}, without waiting for the network. {@code hurry}: the
     * client stopped reading, so the close frame is not waited for long either.
     */
    void close(CloseStatus status, boolean hurry);

    /** Tomcat property bounding a blocking write: a close frame with code 1000, here. */
    String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    /**
     * Tomcat property bounding the write of a close frame with any code but 1000 (1013, 1008, 1001…),
     * 50 ms unless set. The bound counts from when the closing thread asks, so on a loaded machine a
     * thread kept from a CPU for 50 ms missed it: Tomcat then dropped the connection without the frame
     * (the client heard 1006, its input ended) while reporting the close it meant to send.
     */
    String ABNORMAL_CLOSE_SEND_TIMEOUT = "org.apache.tomcat.websocket.ABNORMAL_SESSION_CLOSE_SEND_TIMEOUT";

    /** The container's asynchronous send when the session is a Jakarta WebSocket one; else writes at once. */
    static Wire of(WebSocketSession session, long closeTimeoutMillis) {
        if (session instanceof NativeWebSocketSession n
                && n.getNativeSession() instanceof jakarta.websocket.Session s) {
            boundCloseFrames(s, closeTimeoutMillis);
            return new Container(session, s);
        }
        return new Immediate(session);
    }

    /** Gives a close frame of every code {@code millis} to be written (Tomcat reads both as a Long). */
    static void boundCloseFrames(jakarta.websocket.Session s, long millis) {
        s.getUserProperties().put(BLOCKING_SEND_TIMEOUT, millis);
        s.getUserProperties().put(ABNORMAL_CLOSE_SEND_TIMEOUT, millis);
    }

    /**
     * Jakarta WebSocket's {@code RemoteEndpoint.Async}: the write is handed to the container and this
     * thread goes on. A close sends its frame with a blocking write (the container's only way), so it
     * happens on a virtual thread, which an unread socket may park but never a platform thread.
     */
    record Container(WebSocketSession session, jakarta.websocket.Session container) implements Wire {

        /** How long a hurried close waits for its frame to be written before the connection is dropped. */
        static final long HURRIED_CLOSE_MILLIS = 100;

        @Override
        public void write(WebSocketMessage<?> message, Consumer<Throwable> done) {
            try {
                var out = container.getAsyncRemote();
                jakarta.websocket.SendHandler handler = r -> done.accept(r.isOK() ? null : r.getException());
                if (message instanceof BinaryMessage b) {
                    out.sendBinary(b.getPayload(), handler);
                } else {
                    out.sendText(((TextMessage) message).getPayload(), handler);
                }
            } catch (RuntimeException e) { // closed already, or the container refused the write
                done.accept(e);
            }
        }

        @Override
        public void close(CloseStatus status, boolean hurry) {
            if (hurry) {
                boundCloseFrames(container, HURRIED_CLOSE_MILLIS);
            }
            Thread.ofVirtual().name("run-socket-close").start(() -> {
                try {
                    session.close(status);
                } catch (IOException | RuntimeException e) {
                    // the connection is gone already; the container reports the close
                }
            });
        }
    }

    /** A session without a container behind it (tests): each write completes at once, on the caller's thread. */
    record Immediate(WebSocketSession session) implements Wire {

        @Override
        public void write(WebSocketMessage<?> message, Consumer<Throwable> done) {
            try {
                session.sendMessage(message);
            } catch (IOException | RuntimeException e) {
                done.accept(e);
                return;
            }
            done.accept(null);
        }

        @Override
        public void close(CloseStatus status, boolean hurry) {
            try {
                session.close(status);
            } catch (IOException | RuntimeException e) {
                // gone already
            }
        }
    }
}
