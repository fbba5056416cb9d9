package dev.chanscope.stream.socket;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's work, one task at a time and in order: its messages and the resumptions of its pump.
 * A task submitted while another runs is queued and run by the same drain afterwards, so the protocol
 * is never entered by two threads at once, nor re-entered by a completion that arrives inside a send.
 * Nothing waits for a lock here: a thread that finds the mailbox busy leaves its task and returns.
 */
final class Mailbox {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean draining;

    /** Runs {@code task} after the tasks before it; if none is running, starts the drain on {@code where}. */
    void execute(Runnable task, Executor where) {
        synchronized (this) {
            tasks.add(task);
            if (draining) {
                return;
            }
            draining = true;
        }
        where.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable task;
            synchronized (this) {
                task = tasks.poll();
                if (task == null) {
                    draining = false;
                    return;
                }
            }
            try {
                task.run(); // tasks answer their own failures (RunSocketHandler); this only keeps the order going
            } catch (RuntimeException e) {
                log.error("a client's task failed", e);
            }
        }
    }
}
