package dev.chanscope.engine;

import java.util.PriorityQueue;

/**
 * Pending virtual-time events: sleeps and I/O ending, CPU work finishing, timers and tickers firing,
 * context deadlines. Ordered by deadline, then by the order they were set, so equal deadlines fire
 * deterministically.
 */
final class Timers {

    /** A pending action; {@link #cancel} makes it a no-op (it is dropped when it reaches the front). */
    static final class Task implements Comparable<Task> {
        final long when;
        final long order;
        final Runnable action;
        boolean cancelled;

        Task(long when, long order, Runnable action) {
            this.when = when;
            this.order = order;
            this.action = action;
        }

        void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Task o) {
            int c = Long.compare(when, o.when);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long order;

    Task schedule(long when, Runnable action) {
        Task t = new Task(when, order++, action);
        queue.add(t);
        return t;
    }

    boolean hasPending() {
        dropCancelled();
        return !queue.isEmpty();
    }

    long nextDeadline() {
        dropCancelled();
        return queue.peek().when;
    }

    /** Fires every task due at or before {@code now}, in order; tasks they schedule for now fire too. */
    void fireDue(long now) {
        Task t;
        while ((t = queue.peek()) != null && t.when <= now) {
            queue.poll();
            if (!t.cancelled) {
                t.action.run();
            }
        }
    }

    private void dropCancelled() {
        while (!queue.isEmpty() && queue.peek().cancelled) {
            queue.poll();
        }
    }
}
