package dev.chanscope.room.web;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task again after requests, but never twice at once and never once per request: requests
 * that arrive while it runs are folded into one more run. Used to recount presence and answers for
 * teachers when 500 students join or answer at once.
 */
final class Coalescer {

    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int RUNNING_AGAIN = 2;

    private final Runnable task;
    private final Executor executor;
    private final AtomicInteger state = new AtomicInteger(IDLE);

    Coalescer(Runnable task, Executor executor) {
        this.task = task;
        this.executor = executor;
    }

    void request() {
        while (true) {
            int s = state.get();
            if (s == IDLE && state.compareAndSet(IDLE, RUNNING)) {
                executor.execute(this::loop);
                return;
            }
            if (s == RUNNING && state.compareAndSet(RUNNING, RUNNING_AGAIN)) {
                return;
            }
            if (s == RUNNING_AGAIN) {
                return;
            }
        }
    }

    private void loop() {
        do {
            state.set(RUNNING);
            try {
                task.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Coalescer.class).debug("recount failed: {}", e.toString());
            }
        } while (!state.compareAndSet(RUNNING, IDLE));
    }
}
