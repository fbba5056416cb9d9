package dev.chanscope.lang.syntax;

import java.util.List;

/**
 * Expressions and types (Go's syntax does not separate them: {@code []int{1}} and {@code f(x)} parse
 * alike whichever {@code f} is). Optional parts are null; optional positions are {@link
 * SourceFile#NO_POS}.
 */
public sealed interface Expr extends Node {

    /** Stands where an expression could not be parsed (a syntax error was reported). */
    record Bad(int pos, int end) implements Expr {}

    record Ident(int pos, String name) implements Expr {
        @Override
        public int end() {
            return pos + Node.utf8Length(name);
        }

        public boolean isBlank() {
            return name.equals("_");
        }
    }

    /** {@code ...T} as the type of a variadic parameter, or {@code ...} as an array length. */
    record Ellipsis(int pos, Expr elt) implements Expr {
        @Override
        public int end() {
            return elt != null ? elt.end() : pos + 3;
        }
    }

    /**
     * A literal: {@code kind} is INT, FLOAT, IMAG, CHAR or STRING and {@code value} its source text
     * (a raw string without carriage returns); see {@link Literals} for its value.
     */
    record BasicLit(int pos, Token kind, String value) implements Expr {
        @Override
        public int end() {
            return pos + Node.utf8Length(value);
        }
    }

    record FuncLit(FuncType type, Stmt.Block body) implements Expr {
        @Override
        public int pos() {
            return type.pos();
        }

        @Override
        public int end() {
            return body.end();
        }
    }

    /** {@code T{...}}; {@code type} is null for an elided type inside an outer literal. */
    record CompositeLit(Expr type, int lbrace, List<Expr> elts, int rbrace) implements Expr {
        public CompositeLit {
            elts = List.copyOf(elts);
        }

        @Override
        public int pos() {
            return type != null ? type.pos() : lbrace;
        }

        @Override
        public int end() {
            return rbrace + 1;
        }
    }

    record Paren(int lparen, Expr x, int rparen) implements Expr {
        @Override
        public int pos() {
            return lparen;
        }

        @Override
        public int end() {
            return rparen + 1;
        }
    }

    /** {@code x.sel}: a field or method selection, or a qualified identifier {@code pkg.Name}. */
    record Selector(Expr x, Ident sel) implements Expr {
        @Override
        public int pos() {
            return x.pos();
        }

        @Override
        public int end() {
            return sel.end();
        }
    }

    record Index(Expr x, int lbrack, Expr index, int rbrack) implements Expr {
        @Override
        public int pos() {
            return x.pos();
        }

        @Override
        public int end() {
            return rbrack + 1;
        }
    }

    /** {@code x[A, B]}: an instantiation with several type arguments (generics). */
    record IndexList(Expr x, int lbrack, List<Expr> indices, int rbrack) implements Expr {
        public IndexList {
            indices = List.copyOf(indices);
        }

        @Override
        public int pos() {
            return x.pos();
        }

        @Override
        public int end() {
            return rbrack + 1;
        }
    }

    /** {@code x[low:high]} or, with {@code slice3}, {@code x[low:high:max]}; absent bounds are null. */
    record Slice(Expr x, int lbrack, Expr low, Expr high, Expr max, boolean slice3, int rbrack) implements Expr {
        @Override
        public int pos() {
            return x.pos();
        }

        @Override
        public int end() {
            return rbrack + 1;
        }
    }

    /** {@code x.(T)}; {@code type} is null for the {@code x.(type)} of a type switch. */
    record TypeAssert(Expr x, int lparen, Expr type, int rparen) implements Expr {
        @Override
        public int pos() {
            return x.pos();
        }

        @Override
        public int end() {
            return rparen + 1;
        }
    }

    /** A call or conversion; {@code ellipsis} is the position of a final {@code ...}, if any. */
    record Call(Expr fun, int lparen, List<Expr> args, int ellipsis, int rparen) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        @Override
        public int pos() {
            return fun.pos();
        }

        @Override
        public int end() {
            return rparen + 1;
        }

        public boolean hasEllipsis() {
            return ellipsis != SourceFile.NO_POS;
        }
    }

    /** {@code *x}: a pointer type or an indirection. */
    record Star(int star, Expr x) implements Expr {
        @Override
        public int pos() {
            return star;
        }

        @Override
        public int end() {
            return x.end();
        }
    }

    /** {@code op x} for {@code + - ! ^ & <- ~}. */
    record Unary(int opPos, Token op, Expr x) implements Expr {
        @Override
        public int pos() {
            return opPos;
        }

        @Override
        public int end() {
            return x.end();
        }
    }

    record Binary(Expr x, int opPos, Token op, Expr y) implements Expr {
        @Override
        public int pos() {
            return x.pos();
        }

        @Override
        public int end() {
            return y.end();
        }
    }

    /** {@code key: value} inside a composite literal. */
    record KeyValue(Expr key, int colon, Expr value) implements Expr {
        @Override
        public int pos() {
            return key.pos();
        }

        @Override
        public int end() {
            return value.end();
        }
    }

    /** {@code [len]elt}; {@code len} is null for a slice type, an {@link Ellipsis} for {@code [...]}. */
    record ArrayType(int lbrack, Expr len, Expr elt) implements Expr {
        @Override
        public int pos() {
            return lbrack;
        }

        @Override
        public int end() {
            return elt.end();
        }
    }

    record StructType(int struct, FieldList fields) implements Expr {
        @Override
        public int pos() {
            return struct;
        }

        @Override
        public int end() {
            return fields.end();
        }
    }

    /**
     * A function signature. {@code func} is NO_POS for a method in an interface; {@code typeParams}
     * (generics, refused by the checker) and {@code results} may be null.
     */
    record FuncType(int func, FieldList typeParams, FieldList params, FieldList results) implements Expr {
        @Override
        public int pos() {
            if (func != SourceFile.NO_POS) {
                return func;
            }
            return typeParams != null ? typeParams.pos() : params.pos();
        }

        @Override
        public int end() {
            return results != null ? results.end() : params.end();
        }
    }

    /** {@code interface{...}}: methods are fields with one name, embedded elements fields with none. */
    record InterfaceType(int interfacePos, FieldList methods) implements Expr {
        @Override
        public int pos() {
            return interfacePos;
        }

        @Override
        public int end() {
            return methods.end();
        }
    }

    record MapType(int map, Expr key, Expr value) implements Expr {
        @Override
        public int pos() {
            return map;
        }

        @Override
        public int end() {
            return value.end();
        }
    }

    /** {@code chan T}, {@code chan<- T} ({@code arrow} after chan) or {@code <-chan T} (arrow first). */
    record ChanType(int begin, int arrow, ChanDir dir, Expr value) implements Expr {
        @Override
        public int pos() {
            return begin;
        }

        @Override
        public int end() {
            return value.end();
        }
    }
}
