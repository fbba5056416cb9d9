package dev.chanscope.lang.types;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs recursive work (parsing and checking deeply nested programs) on a thread with a stack large
 * enough for any program within the 64 KiB source limit: {@code x := ((((…1…))))} nests 32,768
 * deep, and a chain {@code 1 + 1 + …} of 20,000 operators is a tree as deep. The stack is reserved,
 * not committed: a shallow program uses little of it. Threads are pooled (idle ones end after a
 * minute), so a call costs a hand-off, not a thread start.
 */
public final class DeepStack {

    /** Bytes of stack: about 5 frames of ~200 bytes per nesting level, 32,768 levels, with room. */
    public static final long STACK_BYTES = 256L << 20;

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ThreadPoolExecutor POOL =
            new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                Thread t = new Thread(null, r, "go-front-end-" + COUNT.incrementAndGet(), STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    private DeepStack() {}

    public static <T> T call(Supplier<T> work) {
        Future<T> f = POOL.submit(work::get);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
