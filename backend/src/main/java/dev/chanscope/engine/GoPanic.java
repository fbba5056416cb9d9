package dev.chanscope.engine;

/**
 * A Go panic travelling up a goroutine's stack. Catching it is Go's deferred {@code recover()}; call
 * {@link Go#recovered} in the handler so the recovery shows in the trace. No stack trace is captured:
 * panics are ordinary, frequent events in a simulation.
 */
public class GoPanic extends RuntimeException {

    private final Object value;

    public GoPanic(Object value) {
        super(String.valueOf(value), null, false, false);
        this.value = value;
    }

    /** The value passed to panic, as recover() would return it. */
    public Object value() {
        return value;
    }
}
