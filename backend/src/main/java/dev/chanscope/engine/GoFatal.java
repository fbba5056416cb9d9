package dev.chanscope.engine;

/**
 * A Go fatal error (for example "sync: unlock of unlocked mutex"): unlike a panic it cannot be
 * recovered, so it is not a {@link GoPanic} and a {@code catch (GoPanic p)} does not stop it.
 */
public final class GoFatal extends RuntimeException {

    public GoFatal(String message) {
        super(message, null, false, false);
    }
}
