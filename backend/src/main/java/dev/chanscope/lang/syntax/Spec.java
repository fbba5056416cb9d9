package dev.chanscope.lang.syntax;

import java.util.List;

/** The specs of a {@link Decl.GenDecl}: one import, one line of names with type and values, one type. */
public sealed interface Spec extends Node {

    /** {@code name "path"}; {@code name} is null, an identifier, {@code .} or {@code _}. */
    record ImportSpec(CommentGroup doc, Expr.Ident name, Expr.BasicLit path, CommentGroup comment, int endPos)
            implements Spec {
        @Override
        public int pos() {
            return name != null ? name.pos() : path.pos();
        }

        @Override
        public int end() {
            return endPos != SourceFile.NO_POS ? endPos : path.end();
        }
    }

    /**
     * {@code names type = values} of a const or var declaration; {@code type} may be null and {@code
     * values} empty (a const spec then repeats the previous spec's type and values).
     */
    record ValueSpec(CommentGroup doc, List<Expr.Ident> names, Expr type, List<Expr> values, CommentGroup comment)
            implements Spec {
        public ValueSpec {
            names = List.copyOf(names);
            values = List.copyOf(values);
        }

        @Override
        public int pos() {
            return names.getFirst().pos();
        }

        @Override
        public int end() {
            if (!values.isEmpty()) {
                return values.getLast().end();
            }
            return type != null ? type.end() : names.getLast().end();
        }
    }

    /** {@code name type}, or an alias {@code name = type} when {@code assign} is set. */
    record TypeSpec(
            CommentGroup doc, Expr.Ident name, FieldList typeParams, int assign, Expr type, CommentGroup comment)
            implements Spec {
        @Override
        public int pos() {
            return name.pos();
        }

        @Override
        public int end() {
            return type.end();
        }

        public boolean isAlias() {
            return assign != SourceFile.NO_POS;
        }
    }
}
