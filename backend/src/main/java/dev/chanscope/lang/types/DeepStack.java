package dev.chanscope.lang.types;

import java.util.function.Supplier;

/**
 * Runs recursive work (parsing and checking deeply nested programs) on a thread with a stack large
 * enough for any program within the 64 KiB source limit: {@code x := ((((…1…))))} nests 32,768
 * deep, and a chain {@code 1 + 1 + …} of 20,000 operators is a tree as deep. The stack is reserved,
 * not committed: a shallow program uses little of it.
 */
public final class DeepStack {

    /** Bytes of stack: about 5 frames of ~200 bytes per nesting level, 32,768 levels, with room. */
    public static final long STACK_BYTES = 256L << 20;

    private DeepStack() {}

    public static <T> T call(Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "go-front-end", STACK_BYTES);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
