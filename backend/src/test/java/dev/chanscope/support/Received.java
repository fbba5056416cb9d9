package dev.chanscope.support;

import dev.chanscope.client.SocketClient;
import dev.chanscope.support.WsTestClient.Binary;
import dev.chanscope.support.WsTestClient.Closure;
import dev.chanscope.support.WsTestClient.Frame;
import dev.chanscope.support.WsTestClient.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * What a {@link WsTestClient} heard: every complete message in arrival order and how the socket
 * closed, with waits that return as soon as the history satisfies them (never sleeps, never waits
 * without a bound).
 */
final class Received implements SocketClient.Listener {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Frame> frames = new ArrayList<>();
    private Closure closure;

    @Override
    public void onText(SocketClient socket, String raw) {
        record(new Text(raw, parse(raw)));
    }

    @Override
    public void onBinary(SocketClient socket, byte[] bytes) {
        record(new Binary(bytes));
    }

    @Override
    public void onClose(SocketClient socket, int statusCode, String reason) {
        finish(new Closure(statusCode, reason, null));
    }

    @Override
    public void onError(SocketClient socket, Throwable error) {
        finish(new Closure(-1, "", error));
    }

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (JacksonException e) {
            return MissingNode.getInstance(); // kept as raw text; a test can assert on Text.raw()
        }
    }

    private void record(Frame frame) {
        lock.lock();
        try {
            frames.add(frame);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void finish(Closure how) {
        lock.lock();
        try {
            if (closure == null) {
                closure = how;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<Frame> snapshot() {
        lock.lock();
        try {
            return List.copyOf(frames);
        } finally {
            lock.unlock();
        }
    }

    Optional<Closure> closure() {
        lock.lock();
        try {
            return Optional.ofNullable(closure);
        } finally {
            lock.unlock();
        }
    }

    <T> Optional<T> await(String what, Duration timeout, Function<List<Frame>, Optional<T>> probe) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Optional<T> found = probe.apply(List.copyOf(frames));
                if (found.isPresent()) {
                    return found;
                }
                if (closure != null) {
                    throw new AssertionError(
                            "The WebSocket closed ("
                                    + describe(closure)
                                    + ") before "
                                    + what
                                    + " arrived; received: "
                                    + summary(),
                            closure.error());
                }
                if (remaining <= 0) {
                    throw new AssertionError("No " + what + " within " + timeout + "; received: " + summary());
                }
                remaining = changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + what, e);
        } finally {
            lock.unlock();
        }
    }

    Closure awaitClose(Duration timeout) {
        Closure how = awaitCloseQuietly(timeout);
        if (how == null) {
            throw new AssertionError("The WebSocket was still open after " + timeout + "; received: " + summary());
        }
        return how;
    }

    Closure awaitCloseQuietly(Duration timeout) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (closure == null && remaining > 0) {
                remaining = changed.awaitNanos(remaining);
            }
            return closure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return closure;
        } finally {
            lock.unlock();
        }
    }

    /** A short account of the history for failure messages (lock held). */
    private String summary() {
        List<String> parts = new ArrayList<>();
        int binaries = 0;
        for (Frame frame : frames) {
            if (frame instanceof Text t) {
                parts.add(
                        t.type().isEmpty() || t.type().equals("error")
                                ? WsTestClient.abbreviate(t.raw(), 200)
                                : t.type());
            } else {
                binaries++;
            }
        }
        return "text " + parts + ", " + binaries + " binary";
    }

    private static String describe(Closure how) {
        return how.byError() ? "error: " + how.error() : "status " + how.statusCode() + " \"" + how.reason() + "\"";
    }
}
