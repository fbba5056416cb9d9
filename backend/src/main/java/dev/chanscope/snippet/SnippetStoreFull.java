package dev.chanscope.snippet;

/** Saving a new snippet would take the store past its total size; snippets already saved still open. */
public final class SnippetStoreFull extends RuntimeException {

    public SnippetStoreFull(long used, long max, long wanted) {
        super(
                "the snippet store is full: it holds " + used + " of its " + max + " bytes, and this snippet needs "
                        + wanted + " more; snippets already saved still open",
                null,
                false,
                false);
    }
}
