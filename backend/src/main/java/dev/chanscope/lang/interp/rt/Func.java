package dev.chanscope.lang.interp.rt;

/**
 * A Go function value: a compiled function with its captured variables, a bound method value, or a
 * native implementation of a standard-library function. Arguments arrive boxed, variadic ones
 * already packed into a slice; the result is {@code null} for no result, the value for one, and an
 * {@code Object[]} for several. Func values compare only with nil.
 */
public abstract class Func {

    /** The name shown for a goroutine started with this function ("worker", "main.func1"). */
    public abstract String name();

    public abstract Object call(GState g, Object[] args);

    @Override
    public String toString() {
        return name();
    }
}
