package dev.chanscope.stream.socket;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketMessage;

/**
 * A client whose reading the test controls: every write stays in flight until the test completes it,
 * as a write to a socket whose peer has stopped reading does once the buffers are full.
 */
final class HeldWire implements Wire {

    private record Held(WebSocketMessage<?> message, Consumer<Throwable> done) {}

    private final ArrayDeque<Held> held = new ArrayDeque<>();
    final List<WebSocketMessage<?>> written = new ArrayList<>();
    CloseStatus closed;
    boolean hurried;

    @Override
    public void write(WebSocketMessage<?> message, Consumer<Throwable> done) {
        held.add(new Held(message, done));
    }

    @Override
    public void close(CloseStatus status, boolean hurry) {
        if (closed == null) {
            closed = status;
            hurried = hurry;
        }
    }

    /** Writes in flight, not yet read by the client. */
    int inFlight() {
        return held.size();
    }

    /** The client reads the oldest write in flight; false when there is none. */
    boolean readOne() {
        Held h = held.poll();
        if (h == null) {
            return false;
        }
        written.add(h.message());
        h.done().accept(null);
        return true;
    }
}
