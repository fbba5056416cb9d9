package dev.chanscope.lang.syntax;

import java.util.List;

/**
 * A list of fields between {@code opening} and {@code closing} (parentheses, braces or brackets).
 * Both positions are NO_POS for a single unparenthesized result type.
 */
public record FieldList(int opening, List<Field> list, int closing) implements Node {

    public FieldList {
        list = List.copyOf(list);
    }

    @Override
    public int pos() {
        return opening != SourceFile.NO_POS
                ? opening
                : list.isEmpty() ? SourceFile.NO_POS : list.getFirst().pos();
    }

    @Override
    public int end() {
        return closing != SourceFile.NO_POS
                ? closing + 1
                : list.isEmpty() ? SourceFile.NO_POS : list.getLast().end();
    }

    /** The number of parameters or fields it declares: a field with n names counts n. */
    public int numFields() {
        int n = 0;
        for (Field f : list) {
            n += f.names().isEmpty() ? 1 : f.names().size();
        }
        return n;
    }
}
