package dev.chanscope.lang.syntax;

/**
 * A comment: {@code //} up to the end of the line (without the newline), or a block comment with
 * its {@code /*} and {@code *&#47;}. Carriage returns are dropped from the text, as go/scanner does.
 */
public record Comment(int pos, String text) implements Node {

    @Override
    public int end() {
        return pos + Node.utf8Length(text);
    }

    public boolean isLine() {
        return text.startsWith("//");
    }
}
