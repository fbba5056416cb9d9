package dev.chanscope.snippet;

import java.util.Optional;

/**
 * Where snippets live: files under a data directory ({@link FileSnippetStore}) or Redis ({@code
 * snippet.redis}). A store never replaces or deletes a snippet: once an id answers with a text, it
 * answers with that text for good, which is what makes {@code /p/{id}} links last.
 *
 * <p>Every method may throw {@link SnippetStoreUnavailable}; {@link #put} also {@link SnippetStoreFull}.
 */
public interface SnippetStore {

    /** What {@link #put} did. */
    enum Put {
        /** The text is now stored under the id. */
        STORED,
        /** The id already held this very text; nothing changed. */
        ALREADY_STORED,
        /** The id holds another text (a collision of the short id); nothing changed. */
        TAKEN
    }

    /**
     * Stores {@code text} under {@code id} unless the id holds a text already, atomically with respect
     * to every other writer of the store. A text already stored is answered even when the store is full.
     *
     * @throws SnippetStoreFull when storing the text would take the store past its total size
     */
    Put put(String id, String text);

    /** The text stored under {@code id} (a well-formed id), if any. */
    Optional<String> get(String id);

    /** Bytes of snippet text held, as counted against the store's total size. */
    long usedBytes();

    /** The most bytes of snippet text the store holds. */
    long maxBytes();
}
