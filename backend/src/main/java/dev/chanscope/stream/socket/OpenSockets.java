package dev.chanscope.stream.socket;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * Every open WebSocket session of the server, whichever endpoint it came in on, so that shutdown can
 * tell each client ({@link SocketShutdown}). A handler adds a session when it opens and removes it
 * when it closes.
 */
@Component
public final class OpenSockets {

    private static final Logger log = LoggerFactory.getLogger(OpenSockets.class);

    private final Map<String, WebSocketSession> open = new ConcurrentHashMap<>();

    public void add(WebSocketSession session) {
        open.put(session.getId(), session);
    }

    public void remove(WebSocketSession session) {
        open.remove(session.getId());
    }

    /**
     * Closes every open session with {@code status}, each on a virtual thread of its own, and waits
     * at most {@code within} for them all: a close frame is written with a blocking write, bounded per
     * session (a client that does not read cannot hold the others' frames back). A session that fails
     * to close is left to the container.
     */
    void closeAll(CloseStatus status, Duration within) {
        List<Thread> closing = new ArrayList<>();
        for (WebSocketSession s : open.values()) {
            closing.add(Thread.ofVirtual().name("socket-shutdown-close").start(() -> {
                try {
                    s.close(status);
                } catch (IOException | RuntimeException e) {
                    log.debug("closing a session on shutdown failed: {}", e.toString());
                }
            }));
        }
        long deadline = System.nanoTime() + within.toNanos();
        try {
            for (Thread t : closing) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !t.join(Duration.ofNanos(left))) {
                    log.debug("closing the sessions on shutdown took longer than {}", within);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
