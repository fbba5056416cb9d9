package dev.chanscope.snippet;

/**
 * A stored snippet does not read back as the text its id was derived from (a file changed or cut short
 * on disk). Never answered as if it were the snippet: ids check their own text.
 */
public final class SnippetDamaged extends RuntimeException {

    public SnippetDamaged(String id, String where) {
        super("the stored snippet " + id + " is damaged: " + where + " does not hold the text its id was made from");
    }
}
