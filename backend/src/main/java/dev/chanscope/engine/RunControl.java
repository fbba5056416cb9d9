package dev.chanscope.engine;

import java.util.function.LongSupplier;

/**
 * The host's handle on a run in progress: cancel it from another thread, and supply the real clock the
 * wall-time budget is measured with. The engine never reads a clock for anything else.
 */
public final class RunControl {

    private final LongSupplier wallClock;
    private volatile String cancelReason;

    public RunControl(LongSupplier wallClock) {
        this.wallClock = wallClock;
    }

    public static RunControl withSystemClock() {
        return new RunControl(System::nanoTime);
    }

    /** Ends the run at its next step with outcome {@code cancelled}. Safe from any thread. */
    public void cancel(String reason) {
        this.cancelReason = reason == null ? "cancelled" : reason;
    }

    public boolean isCancelled() {
        return cancelReason != null;
    }

    String cancelReason() {
        return cancelReason;
    }

    long wallNanos() {
        return wallClock.getAsLong();
    }
}
