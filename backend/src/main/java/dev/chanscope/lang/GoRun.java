package dev.chanscope.lang;

import dev.chanscope.engine.Run;
import dev.chanscope.engine.RunResult;
import dev.chanscope.lang.interp.rt.Machine;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A run of a Go program in progress. Interpreted goroutines keep Go's call stack on the Java stack
 * of the thread that advances them, so every advance happens on a thread with a large stack (one of
 * a small pool); the caller waits for it. The end Go would report (the deadlock message, or the
 * limit that stopped it) is written by the program as the run ends ({@link
 * dev.chanscope.lang.interp.exec.RunEnding}).
 */
public final class GoRun {

    /** Java stack for running interpreted goroutines: room for the interpreter's depth limit. */
    static final long STACK_BYTES = 1L << 30;

    private static final ExecutorService THREADS =
            new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                Thread t = new Thread(null, r, "go-interpreter", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final Run run;
    private final Machine m;
    private long cpuNanos;

    private GoRun(Run run, Machine m) {
        this.run = run;
        this.m = m;
    }

    static GoRun start(Supplier<Run> start, Machine m) {
        return new GoRun(start.get(), m);
    }

    Run engineRun() {
        return run;
    }

    public Machine machine() {
        return m;
    }

    /** Simulates until at least {@code events} events exist or the run ends; true while it goes on. */
    public boolean advance(long events) {
        boolean more = onLargeStack(() -> {
            long start = CPU.getCurrentThreadCpuTime();
            try {
                return run.advance(events);
            } finally {
                cpuNanos += CPU.getCurrentThreadCpuTime() - start;
            }
        });
        return more;
    }

    /** CPU time the run's simulation has used so far (on the threads that advanced it). */
    public long cpuNanos() {
        return cpuNanos;
    }

    public boolean isOver() {
        return run.isOver();
    }

    public long events() {
        return run.events();
    }

    /** The output so far and, once over, the exit code. */
    public GoResult result() {
        RunResult r = run.result();
        return new GoResult(m.stdout.toByteArray(), m.stderr.toByteArray(), r.exitCode(), r);
    }

    private static <T> T onLargeStack(Callable<T> task) {
        Future<T> f = THREADS.submit(task);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a Go program ran", e);
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
}
