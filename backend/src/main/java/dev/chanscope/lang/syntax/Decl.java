package dev.chanscope.lang.syntax;

import java.util.List;

/** Top-level (and, for {@link GenDecl}, local) declarations. */
public sealed interface Decl extends Node {

    record Bad(int pos, int end) implements Decl {}

    /**
     * {@code import}, {@code const}, {@code type} or {@code var} ({@code tok}) with one spec, or a
     * group in parentheses ({@code lparen} set). Within a const group, a spec's index is its iota.
     */
    record GenDecl(CommentGroup doc, int tokPos, Token tok, int lparen, List<Spec> specs, int rparen) implements Decl {
        public GenDecl {
            specs = List.copyOf(specs);
        }

        @Override
        public int pos() {
            return tokPos;
        }

        @Override
        public int end() {
            if (rparen != SourceFile.NO_POS) {
                return rparen + 1;
            }
            return specs.isEmpty()
                    ? tokPos + tok.text().length()
                    : specs.getFirst().end();
        }

        public boolean grouped() {
            return lparen != SourceFile.NO_POS;
        }
    }

    /** A function, or a method when {@code recv} is set; {@code body} is null for a declaration only. */
    record FuncDecl(CommentGroup doc, FieldList recv, Expr.Ident name, Expr.FuncType type, Stmt.Block body)
            implements Decl {
        @Override
        public int pos() {
            return type.pos();
        }

        @Override
        public int end() {
            return body != null ? body.end() : type.end();
        }
    }
}
