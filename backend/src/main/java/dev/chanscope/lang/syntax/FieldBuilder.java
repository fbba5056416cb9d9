package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A struct field or interface element while it is parsed: its line comment is only known once the
 * separator after it has been consumed, so the {@link Field} is made then ({@link #finish}).
 */
final class FieldBuilder {

    private boolean started;
    CommentGroup doc;
    final List<Expr.Ident> names = new ArrayList<>();
    Expr type;
    Expr.BasicLit tag;

    void start(CommentGroup doc) {
        this.started = true;
        this.doc = doc;
        this.names.clear();
        this.type = null;
        this.tag = null;
    }

    /** Adds the field begun by {@link #start} (if it has a type) with its trailing line comment. */
    void finish(CommentGroup comment, List<Field> into) {
        if (started && type != null) {
            into.add(new Field(doc, names, type, tag, comment));
        }
        started = false;
    }
}
