package dev.chanscope.snippet;

import java.util.Optional;

/**
 * Saves and finds snippets: checks the text ({@link SnippetText}), derives its id ({@link SnippetId})
 * and stores it under the shortest of its ids that is free or already holds it — so the same text
 * always gets the same id, and a text whose short id another text took gets a longer one.
 */
public final class Snippets {

    private final SnippetStore store;

    public Snippets(SnippetStore store) {
        this.store = store;
    }

    public SnippetStore store() {
        return store;
    }

    /** A saved snippet: its id, and whether this call stored it (false: it was there already). */
    public record Saved(String id, boolean created) {}

    /** The text cannot be a snippet: {@code tooLarge} (over {@link SnippetText#MAX_BYTES}) or not text. */
    public static final class Rejected extends RuntimeException {
        private final boolean tooLarge;

        Rejected(String message, boolean tooLarge) {
            super(message, null, false, false);
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    /**
     * Saves {@code source}, or finds it saved already.
     *
     * @throws Rejected when it is not a program's text or too large
     * @throws SnippetStoreFull when it is new and the store has no room for it
     */
    public Saved save(String source) {
        String problem = SnippetText.problem(source);
        if (problem != null) {
            throw new Rejected("source " + problem, false);
        }
        long bytes = SnippetText.utf8Length(source);
        if (bytes > SnippetText.MAX_BYTES) {
            throw new Rejected(
                    "source is " + bytes + " bytes of UTF-8; a snippet holds at most " + SnippetText.MAX_BYTES
                            + " bytes (64 KiB)",
                    true);
        }
        for (String id : SnippetId.candidates(source)) {
            switch (store.put(id, source)) {
                case STORED -> {
                    return new Saved(id, true);
                }
                case ALREADY_STORED -> {
                    return new Saved(id, false);
                }
                case TAKEN -> {
                    // another text has this id: try the next longer one
                }
            }
        }
        throw new IllegalStateException("every id of this text holds another text: SHA-256 has a collision");
    }

    /** The text saved under {@code id}; empty for an id that is not well-formed or not saved. */
    public Optional<String> find(String id) {
        return SnippetId.wellFormed(id) ? store.get(id) : Optional.empty();
    }
}
