package dev.chanscope.room.web;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One socket's outbound frames, in order, sent by at most one thread at a time on an executor of
 * virtual threads. Whoever queues never waits for the network: a fan-out to 500 followers queues 500
 * frames and returns, and one follower that stops reading holds up only its own queue. A queue that
 * grows past {@code maxBytes} means the client is not keeping up; its socket is closed (1008).
 */
final class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final WebSocketSession session;
    private final Executor executor;
    private final long maxBytes;
    private final Queue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean closed;

    Outbox(WebSocketSession session, Executor executor, long maxBytes) {
        this.session = session;
        this.executor = executor;
        this.maxBytes = maxBytes;
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
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            for (Object next; (next = queue.poll()) != null; ) {
                if (next instanceof CloseStatus status) {
                    closeNow(status);
                    return;
                }
                TextMessage frame = (TextMessage) next;
                queuedBytes.addAndGet(-frame.getPayloadLength());
                try {
                    session.sendMessage(frame);
                } catch (IOException | RuntimeException e) {
                    log.debug("room send failed, closing: {}", e.toString());
                    closeNow(CloseStatus.SESSION_NOT_RELIABLE);
                    return;
                }
            }
            draining.set(false);
            // A frame queued after the poll above but before the flag dropped would otherwise wait.
            if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }
}
