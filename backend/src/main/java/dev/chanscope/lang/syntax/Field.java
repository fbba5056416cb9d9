package dev.chanscope.lang.syntax;

import java.util.List;

/**
 * A struct field, interface element, parameter or result: zero or more names, a type and, in a
 * struct, an optional tag. An embedded field or interface element and an unnamed parameter have no
 * names. {@code doc} and {@code comment} are the comment group just above and the one trailing on the
 * same line, as go/parser attaches them.
 */
public record Field(CommentGroup doc, List<Expr.Ident> names, Expr type, Expr.BasicLit tag, CommentGroup comment)
        implements Node {

    public Field {
        names = List.copyOf(names);
    }

    @Override
    public int pos() {
        return names.isEmpty() ? type.pos() : names.getFirst().pos();
    }

    @Override
    public int end() {
        return tag != null ? tag.end() : type.end();
    }
}
