package dev.chanscope.room.web;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/**
 * One socket's outbound frames, in order, written with the container's asynchronous send: whoever
 * queues never waits for the network and no thread waits for a write, so a fan-out to 500 followers
 * queues 500 frames and returns, and one follower that stops reading holds up only its own queue.
 * The next frame goes out when the previous write completes (on whichever thread completes it). A
 * queue that grows past {@code maxBytes} means the client is not keeping up; its socket is closed
 * (1008), as is one whose write does not complete within the send timeout.
 */
final class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final WebSocketSession session;
    private final RemoteEndpoint.Async remote;
    private final long maxBytes;
    private final Queue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong queuedBytes = new AtomicLong();
    /** Set while a frame is being written or the queue is being pumped: at most one pump at a time. */
    private final AtomicBoolean pumping = new AtomicBoolean();

    private volatile boolean closed;

    Outbox(WebSocketSession session, long maxBytes, long sendTimeoutMillis) {
        this.session = session;
        this.maxBytes = maxBytes;
        if (!(session instanceof NativeWebSocketSession n)
                || !(n.getNativeSession() instanceof jakarta.websocket.Session s)) {
            throw new IllegalStateException("room sockets need a Jakarta WebSocket container");
        }
        this.remote = s.getAsyncRemote();
        remote.setSendTimeout(sendTimeoutMillis);
    }

    /**
     * A frame built from its UTF-8 bytes, which it then keeps: its length is asked for on every queue
     * and send, and a message made from a string would encode it again each time.
     */
    static TextMessage text(String json) {
        return new TextMessage(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    void send(TextMessage frame) {
        if (closed) {
            return;
        }
        if (queuedBytes.addAndGet(frame.getPayloadLength()) > maxBytes) {
            closeNow(CloseStatus.POLICY_VIOLATION.withReason("client too slow: outbound queue over its limit"));
            return;
        }
        queue.add(frame);
        kick();
    }

    /** Closes the socket once every frame queued before this call is sent. */
    void closeAfter(CloseStatus status) {
        if (!closed) {
            queue.add(status);
            kick();
        }
    }

    void closeNow(CloseStatus status) {
        closed = true;
        queue.clear();
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("closing a room socket failed: {}", e.toString());
        }
    }

    private void kick() {
        if (pumping.compareAndSet(false, true)) {
            pump();
        }
    }

    /**
     * Writes queued frames until one is still in flight when its send call returns (its completion
     * then continues the pump) or the queue is empty. A write that completes within the send call
     * is continued here, in this loop, so a long queue never deepens the stack.
     */
    private void pump() {
        while (true) {
            Object next = queue.poll();
            if (next == null) {
                pumping.set(false);
                // A frame queued after the poll but before the flag dropped would otherwise wait.
                if (queue.isEmpty() || !pumping.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            if (next instanceof CloseStatus status) {
                closeNow(status);
                return;
            }
            if (closed) {
                return;
            }
            TextMessage frame = (TextMessage) next;
            queuedBytes.addAndGet(-frame.getPayloadLength());
            Write write = new Write();
            try {
                remote.sendText(frame.getPayload(), write);
            } catch (RuntimeException e) {
                log.debug("room send failed, closing: {}", e.toString());
                closeNow(CloseStatus.SESSION_NOT_RELIABLE);
                return;
            }
            if (!write.handOver() || write.failed) {
                return; // still in flight: its completion continues the pump
            }
        }
    }

    /** One frame's write: whichever of the send call's return and the completion comes second goes on. */
    private final class Write implements SendHandler {
        private final AtomicBoolean other = new AtomicBoolean();
        volatile boolean failed;

        @Override
        public void onResult(SendResult result) {
            if (!result.isOK()) {
                failed = true;
                log.debug("room send failed, closing: {}", String.valueOf(result.getException()));
                closeNow(CloseStatus.SESSION_NOT_RELIABLE);
            }
            if (handOver() && !failed) {
                pump();
            }
        }

        /** True for the second of the two parties to arrive. */
        boolean handOver() {
            return !other.compareAndSet(false, true);
        }
    }
}
