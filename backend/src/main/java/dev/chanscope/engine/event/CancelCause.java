package dev.chanscope.engine.event;

/** Why a context was cancelled: Go's context.Canceled and context.DeadlineExceeded. */
public enum CancelCause implements WireEnum {
    CANCELED,
    DEADLINE_EXCEEDED;

    /** The error text Go's ctx.Err() gives. */
    public String goError() {
        return this == CANCELED ? "context canceled" : "context deadline exceeded";
    }
}
