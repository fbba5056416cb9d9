package dev.chanscope.engine;

import java.util.Iterator;

/**
 * A goroutine waiting in a channel's send or receive queue (the runtime's {@code sudog}). A select
 * enqueues one waiter per case; when one of them is matched, the others are removed at once. A plain
 * send or receive uses the goroutine's own waiter ({@link Goroutine#plainWaiter}), again and again:
 * a goroutine does one operation at a time, and its waiter has left every queue when the operation
 * is over (polled by whoever matched it, or taken out by {@link #leave}).
 */
final class Waiter {

    final Goroutine g;
    final Select select;
    final int caseIndex;
    int label;

    /**
     * Takes this waiter out of the queue it is in: how an intervention aborts a plain send or receive
     * (see Turns.park). Made once per goroutine, as its plain waiter is; null for a select's waiters.
     */
    final Runnable leave;

    /** Sender: the value offered. Receiver: the value received. */
    Object value;

    /** Sender: the item's identity. Receiver: the identity of the item received. */
    long item;

    /** Whether the sender has already emitted its ChanSend (plain sends do so before parking). */
    boolean announced;

    /** True when the operation completed with a value; false when the channel was closed on it. */
    boolean success;

    Waiter(Goroutine g, Select select, int caseIndex, int label) {
        this.g = g;
        this.select = select;
        this.caseIndex = caseIndex;
        this.label = label;
        this.leave = select == null ? this::leaveQueue : null;
    }

    private void leaveQueue() {
        if (in != null) {
            in.remove(this);
        }
    }

    /** Readies the waiter for a new plain send or receive at {@code label}; it must be in no queue. */
    Waiter reuse(int label) {
        if (in != null) {
            throw new IllegalStateException("a waiter still in a queue cannot be reused");
        }
        this.label = label;
        value = null;
        item = 0;
        announced = false;
        success = false;
        return this;
    }

    /** A receive's result: the value and whether it came from a send (false: the channel was closed). */
    boolean received(Object value, boolean success) {
        this.value = value;
        this.success = success;
        return true;
    }

    /** Links of the one queue this waiter is in (intrusive, so leaving a queue is O(1)). */
    private Waiter prev;

    private Waiter next;

    private Queue in;

    /**
     * A FIFO of waiters, like the runtime's waitq: a doubly linked list through the waiters themselves,
     * so a select leaving the queues of its losing cases costs O(1) per case even when thousands of
     * goroutines wait on one channel (a shared ctx.Done(), say).
     */
    static final class Queue implements Iterable<Waiter> {
        private Waiter head;
        private Waiter tail;
        private int size;

        void add(Waiter w) {
            if (w.in != null) {
                throw new IllegalStateException("a waiter is in one queue at a time");
            }
            w.in = this;
            w.prev = tail;
            w.next = null;
            if (tail == null) {
                head = w;
            } else {
                tail.next = w;
            }
            tail = w;
            size++;
        }

        Waiter poll() {
            Waiter w = head;
            if (w != null) {
                remove(w);
            }
            return w;
        }

        boolean isEmpty() {
            return head == null;
        }

        int size() {
            return size;
        }

        /** Removes {@code w} if it is in this queue; does nothing otherwise. */
        void remove(Waiter w) {
            if (w.in != this) {
                return;
            }
            if (w.prev == null) {
                head = w.next;
            } else {
                w.prev.next = w.next;
            }
            if (w.next == null) {
                tail = w.prev;
            } else {
                w.next.prev = w.prev;
            }
            w.prev = null;
            w.next = null;
            w.in = null;
            size--;
        }

        @Override
        public Iterator<Waiter> iterator() {
            return new Iterator<>() {
                private Waiter at = head;

                @Override
                public boolean hasNext() {
                    return at != null;
                }

                @Override
                public Waiter next() {
                    if (at == null) {
                        throw new java.util.NoSuchElementException();
                    }
                    Waiter w = at;
                    at = at.next;
                    return w;
                }
            };
        }
    }
}
