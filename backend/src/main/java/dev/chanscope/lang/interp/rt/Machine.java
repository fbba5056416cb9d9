package dev.chanscope.lang.interp.rt;

/**
 * The interpreter's state for one run, shared by its goroutines: addresses shown for pointers, and
 * (added by the interpreter) output, limits and the engine handle.
 */
public class Machine {

    public final Addresses addresses = new Addresses();
}
