package dev.chanscope.snippet;

/** The snippet store cannot be read or written right now (a disk error, Redis away); nothing changed. */
public final class SnippetStoreUnavailable extends RuntimeException {

    public SnippetStoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
