package dev.chanscope.engine;

import dev.chanscope.engine.event.BlockReason;
import dev.chanscope.engine.event.Event;
import dev.chanscope.engine.event.ObjKind;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A Go channel, mirroring runtime/chan.go.
 *
 * <p>Invariants (as in the runtime's header comment): at most one of {@code sendq} and {@code recvq}
 * is non-empty, except for an unbuffered channel with a single goroutine blocked on it with both a
 * send and a receive in one select; for a buffered channel, items in the buffer imply no waiting
 * receivers, and waiting senders imply a full buffer.
 *
 * <p>Send: nil → block forever; closed → panic; a waiting receiver → direct handoff; room → buffer;
 * else park in sendq. Receive: nil → block forever; closed and empty → zero value, ok=false; a waiting
 * sender → take from it (unbuffered) or take the buffer's head and move the sender's item to the tail
 * (full buffer); items → buffer head; else park in recvq. Each path emits its own event (handoff vs
 * buffer) so the browser can show which one ran.
 *
 * <p>Longer than most files: send, receive, close and the select hooks keep the channel's invariants
 * together, as runtime/chan.go does.
 */
public final class Chan<T> extends SyncObject implements SendChan<T>, RecvChan<T> {

    private final int cap;
    private final boolean nil;
    private final T zero;
    private final Object[] buffer;
    private final long[] items;
    private int head;
    private int count;
    private boolean closed;
    final Waiter.Queue recvq = new Waiter.Queue();

    /**
     * Clocks released by receives and acquired by sends: with a buffer, the k-th receive happens before
     * the (k+cap)-th send completes (the Go memory model), which is what makes a buffered channel work
     * as a semaphore. Sends release into {@link #hb}, acquired by receives.
     */
    private final ClockCell receives = new ClockCell();

    final Waiter.Queue sendq = new Waiter.Queue();

    Chan(Sim sim, String name, int cap, T zero, int owner, int label) {
        super(sim, ObjKind.CHANNEL, name, cap, owner, label);
        if (cap < 0) {
            throw new IllegalArgumentException("makechan: size out of range: " + cap);
        }
        this.cap = cap;
        this.nil = false;
        this.zero = zero;
        this.buffer = new Object[cap];
        this.items = new long[cap];
    }

    /** The nil channel: {@code var ch chan T}. */
    Chan(Sim sim) {
        super(sim, ObjKind.CHANNEL);
        this.cap = 0;
        this.nil = true;
        this.zero = null;
        this.buffer = new Object[0];
        this.items = new long[0];
    }

    // ---- send -------------------------------------------------------------------------------------

    @Override
    public void send(T value, String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        long item = sim.nextItemId();
        sim.events().chanSend(g.id, id, item, value, l);
        if (nil) {
            sim.turns().park(BlockReason.SEND, null, l, null);
            throw new IllegalStateException("a goroutine blocked on a nil channel was woken");
        }
        if (closed) {
            throw sim.panic("send on closed channel", l);
        }
        if (trySend(g, value, item)) {
            return;
        }
        Waiter w = g.plainWaiter(l);
        w.value = value;
        w.item = item;
        w.announced = true;
        sendq.add(w);
        sim.turns().park(BlockReason.SEND, this, l, w.leave);
        w.value = null;
        if (!w.success) {
            throw sim.panic("send on closed channel", l);
        }
    }

    /** Completes a send at once when a receiver waits or the buffer has room; false otherwise. */
    boolean trySend(Goroutine g, Object value, long item) {
        Waiter r = recvq.poll();
        if (r != null) {
            r.value = value;
            r.item = item;
            r.success = true;
            sim.events().chanHandoff(id, item, g.id, r.g.id);
            sim.detectors().handoff(g, r.g);
            wake(r, g);
            return true;
        }
        if (count < cap) {
            sim.detectors().acquire(g, receives);
            sim.detectors().release(g, this);
            putTail(value, item);
            return true;
        }
        return false;
    }

    boolean canSend() {
        return !nil && (closed || !recvq.isEmpty() || count < cap);
    }

    private void putTail(Object value, long item) {
        int slot = (head + count) % cap;
        buffer[slot] = value;
        items[slot] = item;
        count++;
        sim.events().chanBuffer(id, item, slot);
    }

    // ---- receive ----------------------------------------------------------------------------------

    @Override
    public T recv(String label) {
        Waiter w = receive(label);
        return took(w);
    }

    @Override
    public Received<T> recvOk(String label) {
        Waiter w = receive(label);
        boolean ok = w.success;
        return new Received<>(took(w), ok);
    }

    /**
     * Receives: the value and ok are left in the goroutine's own waiter ({@link Goroutine#plainWaiter}),
     * which {@link #took} then empties, so a receive makes no result object.
     */
    private Waiter receive(String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        if (nil) {
            sim.turns().park(BlockReason.RECEIVE, null, l, null);
            throw new IllegalStateException("a goroutine blocked on a nil channel was woken");
        }
        Waiter w = g.plainWaiter(l);
        if (tryRecv(g, l, w)) {
            return w;
        }
        recvq.add(w);
        sim.turns().park(BlockReason.RECEIVE, this, l, w.leave);
        return w; // closeBy() gave it the zero value when the channel closed on it
    }

    @SuppressWarnings("unchecked")
    private T took(Waiter w) {
        T value = (T) w.value;
        w.value = null; // the waiter outlives the receive: it must not keep the value alive
        return value;
    }

    /**
     * Completes a receive at once when possible (including on a closed channel), leaving the value and
     * ok in {@code into}'s value and success; false, leaving {@code into} alone, otherwise.
     */
    boolean tryRecv(Goroutine g, int label, Waiter into) {
        Waiter s = sendq.poll();
        if (s != null) {
            announce(s);
            s.success = true;
            Object value;
            if (cap == 0) {
                value = s.value;
                sim.events().chanHandoff(id, s.item, s.g.id, g.id);
                sim.detectors().handoff(s.g, g);
            } else {
                // Full buffer: take the head, then the parked sender's item takes the freed tail slot.
                value = takeHead(g, label);
                sim.detectors().acquire(s.g, receives);
                sim.detectors().release(s.g, this);
                putTail(s.value, s.item);
            }
            wake(s, g);
            return into.received(value, true);
        }
        if (count > 0) {
            return into.received(takeHead(g, label), true);
        }
        if (closed) {
            sim.emit(new Event.ChanRecvClosed(sim.seq(), sim.now(), g.id, id, label));
            sim.detectors().acquire(g, this);
            return into.received(zero, false);
        }
        return false;
    }

    boolean canRecv() {
        return !nil && (closed || count > 0 || !sendq.isEmpty());
    }

    private Object takeHead(Goroutine g, int label) {
        Object value = buffer[head];
        long item = items[head];
        buffer[head] = null;
        head = (head + 1) % cap;
        count--;
        sim.events().chanRecv(g.id, id, item, label);
        sim.detectors().acquire(g, this);
        sim.detectors().release(g, receives);
        return value;
    }

    @Override
    public Iterable<T> range(String label) {
        return () -> new Iterator<>() {
            private boolean received;
            private boolean ok;
            private T value;

            @Override
            public boolean hasNext() {
                if (!received) {
                    Waiter w = receive(label);
                    ok = w.success;
                    value = took(w);
                    received = true;
                }
                return ok;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("channel " + name + " is closed");
                }
                T v = value;
                value = null;
                received = false;
                return v;
            }
        };
    }

    // ---- close ------------------------------------------------------------------------------------

    @Override
    public void close(String label) {
        int l = sim.label(label);
        sim.preempt();
        Goroutine g = sim.current();
        if (nil) {
            throw sim.panic("close of nil channel", l);
        }
        if (closed) {
            throw sim.panic("close of closed channel", l);
        }
        closeBy(g, l);
    }

    /**
     * Closes the channel on behalf of {@code by} (null: the runtime, for a context's Done or an
     * intervention): every waiting receiver gets the zero value, every waiting sender will panic.
     */
    void closeBy(Goroutine by, int label) {
        closed = true;
        sim.emit(new Event.ChanClose(sim.seq(), sim.now(), by == null ? 0 : by.id, id, label));
        if (by != null) {
            sim.detectors().release(by, this);
        }
        Waiter r;
        while ((r = recvq.poll()) != null) {
            r.success = false;
            r.value = zero;
            sim.emit(new Event.ChanRecvClosed(sim.seq(), sim.now(), r.g.id, id, r.label));
            sim.detectors().acquire(r.g, this);
            wake(r, by);
        }
        Waiter s;
        while ((s = sendq.poll()) != null) {
            s.success = false;
            wake(s, by);
        }
    }

    /**
     * A send by the runtime (a timer or ticker firing): completes at once or is dropped, never blocks,
     * like the runtime's non-blocking sendTime. Returns whether the value was delivered.
     */
    boolean offerFromRuntime(Object value) {
        if (closed || (recvq.isEmpty() && count >= cap)) {
            return false;
        }
        long item = sim.nextItemId();
        sim.events().chanSend(0, id, item, value, 0);
        Waiter r = recvq.poll();
        if (r != null) {
            r.value = value;
            r.item = item;
            r.success = true;
            sim.events().chanHandoff(id, item, 0, r.g.id);
            wake(r, null);
        } else {
            putTail(value, item);
        }
        return true;
    }

    /** A send waiter matched by a receiver emits its ChanSend now if its select has not yet. */
    private void announce(Waiter s) {
        if (!s.announced) {
            s.announced = true;
            sim.events().chanSend(s.g.id, id, s.item, s.value, s.label);
        }
    }

    private void wake(Waiter w, Goroutine by) {
        if (w.select != null) {
            w.select.fired(w);
        }
        sim.turns().ready(w.g, by);
    }

    T recvZero() {
        return zero;
    }

    boolean isNil() {
        return nil;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public int len() {
        return count;
    }

    @Override
    public int cap() {
        return cap;
    }
}
