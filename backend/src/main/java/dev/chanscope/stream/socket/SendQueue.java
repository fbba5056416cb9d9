package dev.chanscope.stream.socket;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketMessage;

/**
 * One session's outbound messages: queued by the protocol without waiting, written by the {@link Wire}
 * one at a time, each next write started by the last one's completion. Nothing here ever waits for
 * the network, so no thread is held by a slow client.
 *
 * <p>Invariants: at most one write is in flight; {@code queued} counts the bytes of every message
 * queued or in flight and never exceeds {@code max}; once the queue reaches {@code mark} it reports
 * itself full until it has drained to half of that, and then tells its {@link Listener} once. A
 * session whose queue stays full for {@code stallNanos} without a write completing, or whose write
 * has been in flight for {@code writeLimitNanos}, is {@link #stalled}: its client is not reading.
 */
final class SendQueue {

    /** What the queue tells its session; called outside the queue's lock, possibly inside {@link #offer}. */
    interface Listener {
        /** The queue was full and has drained to half its mark: produce again. */
        void drained();

        /** A write failed: the client is gone. Called once; the queue takes nothing more. */
        void failed(Throwable cause);
    }

    private record Item(WebSocketMessage<?> message, long bytes, CloseStatus close) {}

    private final Wire wire;
    private final LongSupplier clock;
    private final long mark;
    private final long max;
    private final long stallNanos;
    private final long writeLimitNanos;
    private final Listener listener;

    private final ArrayDeque<Item> queue = new ArrayDeque<>();
    private long queued;
    private boolean inFlight;
    private long writeStartedAt;
    /** When a write last completed or the queue last became full: a stall is measured from the later. */
    private long progressAt;

    private boolean full;
    /** A write failed, or the session was aborted or closed: nothing more is written. */
    private boolean done;
    /** A close is queued: nothing more is taken. */
    private boolean closing;
    /** The close this side asked for (queued or aborting), for the log of a connection that ends badly. */
    private CloseStatus closeAsked;
    /** Messages written to the container, for the same log. */
    private long written;
    /** The thread inside {@code wire.write}: a completion on it is picked up by its loop, not by recursion. */
    private Thread writer;

    SendQueue(
            Wire wire,
            LongSupplier clock,
            long mark,
            long max,
            long stallNanos,
            long writeLimitNanos,
            Listener listener) {
        this.wire = wire;
        this.clock = clock;
        this.mark = mark;
        this.max = max;
        this.stallNanos = stallNanos;
        this.writeLimitNanos = writeLimitNanos;
        this.listener = listener;
    }

    /** Queues a message of {@code bytes}; fails when the session is closing or gone, or the queue would pass {@code max}. */
    void offer(WebSocketMessage<?> message, long bytes) throws IOException {
        synchronized (this) {
            if (done || closing) {
                throw new IOException("session closed");
            }
            if (queued + bytes > max) {
                throw new IOException("outbound queue would exceed " + max + " bytes");
            }
            queue.add(new Item(message, bytes, null));
            queued += bytes;
            if (!full && queued >= mark) {
                full = true;
                progressAt = Math.max(progressAt, clock.getAsLong());
            }
        }
        drain();
    }

    /** Closes the session after what is queued has been written. */
    void close(CloseStatus status) {
        synchronized (this) {
            if (done || closing) {
                return;
            }
            closing = true;
            closeAsked = status;
            queue.add(new Item(null, 0, status));
        }
        drain();
    }

    /** Drops what is queued and closes the session now, without waiting for the client. */
    void abort(CloseStatus status) {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            closing = true;
            closeAsked = status;
            queue.clear();
        }
        wire.close(status, true);
    }

    /** Whether the protocol should produce another frame now. */
    synchronized boolean writable() {
        return !done && !closing && !full;
    }

    synchronized boolean stalled(long now) {
        return !done
                && inFlight
                && ((full && now - progressAt >= stallNanos) || now - writeStartedAt >= writeLimitNanos);
    }

    /** Since when a stalled queue has made no progress (valid while {@link #stalled}). */
    synchronized long stalledSince() {
        return full ? progressAt : writeStartedAt;
    }

    /** The close this side asked for, or null. */
    synchronized CloseStatus closeAsked() {
        return closeAsked;
    }

    /** Messages the container has written. */
    synchronized long written() {
        return written;
    }

    /** Bytes queued or in flight. */
    synchronized long queuedBytes() {
        return queued;
    }

    private void drain() {
        while (true) {
            Item next;
            synchronized (this) {
                if (inFlight || done || queue.isEmpty()) {
                    return;
                }
                next = queue.poll();
                if (next.close() != null) {
                    done = true;
                } else {
                    inFlight = true;
                    writeStartedAt = clock.getAsLong();
                    writer = Thread.currentThread();
                }
            }
            if (next.close() != null) {
                wire.close(next.close(), false);
                return;
            }
            wire.write(next.message(), cause -> completed(next, cause));
            synchronized (this) {
                writer = null;
                if (inFlight) {
                    return; // the completion will go on from the container's thread
                }
            }
        }
    }

    private void completed(Item item, Throwable cause) {
        boolean failed = false;
        boolean drained = false;
        boolean inline;
        synchronized (this) {
            inFlight = false;
            queued -= item.bytes();
            progressAt = clock.getAsLong();
            if (cause == null) {
                written++;
            }
            if (cause != null && !done) {
                done = true;
                failed = true;
                queue.clear();
            } else if (full && queued <= mark / 2) {
                full = false;
                drained = !done;
            }
            inline = writer == Thread.currentThread();
        }
        if (failed) {
            listener.failed(cause);
        } else if (drained) {
            listener.drained();
        }
        if (!inline) {
            drain();
        }
    }
}
