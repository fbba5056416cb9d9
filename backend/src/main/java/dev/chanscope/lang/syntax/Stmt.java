package dev.chanscope.lang.syntax;

import java.util.List;

/** Statements. Optional parts are null; optional positions are {@link SourceFile#NO_POS}. */
public sealed interface Stmt extends Node {

    /** Stands where a statement could not be parsed (a syntax error was reported). */
    record Bad(int pos, int end) implements Stmt {}

    /** A const, type or var declaration inside a function. */
    record DeclStmt(Decl.GenDecl decl) implements Stmt {
        @Override
        public int pos() {
            return decl.pos();
        }

        @Override
        public int end() {
            return decl.end();
        }
    }

    /** An empty statement: an explicit {@code ;}, or {@code implicit} (e.g. a label before {@code }}). */
    record Empty(int semicolon, boolean implicit) implements Stmt {
        @Override
        public int pos() {
            return semicolon;
        }

        @Override
        public int end() {
            return implicit ? semicolon : semicolon + 1;
        }
    }

    record Labeled(Expr.Ident label, int colon, Stmt stmt) implements Stmt {
        @Override
        public int pos() {
            return label.pos();
        }

        @Override
        public int end() {
            return stmt.end();
        }
    }

    record ExprStmt(Expr x) implements Stmt {
        @Override
        public int pos() {
            return x.pos();
        }

        @Override
        public int end() {
            return x.end();
        }
    }

    /** {@code ch <- value}. */
    record Send(Expr chan, int arrow, Expr value) implements Stmt {
        @Override
        public int pos() {
            return chan.pos();
        }

        @Override
        public int end() {
            return value.end();
        }
    }

    /** {@code x++} or {@code x--} ({@code tok} INC or DEC). */
    record IncDec(Expr x, int tokPos, Token tok) implements Stmt {
        @Override
        public int pos() {
            return x.pos();
        }

        @Override
        public int end() {
            return tokPos + 2;
        }
    }

    /** {@code lhs tok rhs} with {@code tok} ASSIGN, DEFINE or an assignment operator such as {@code +=}. */
    record Assign(List<Expr> lhs, int tokPos, Token tok, List<Expr> rhs) implements Stmt {
        public Assign {
            lhs = List.copyOf(lhs);
            rhs = List.copyOf(rhs);
        }

        @Override
        public int pos() {
            return lhs.getFirst().pos();
        }

        @Override
        public int end() {
            return rhs.getLast().end();
        }
    }

    record Go(int go, Expr.Call call) implements Stmt {
        @Override
        public int pos() {
            return go;
        }

        @Override
        public int end() {
            return call.end();
        }
    }

    record Defer(int defer, Expr.Call call) implements Stmt {
        @Override
        public int pos() {
            return defer;
        }

        @Override
        public int end() {
            return call.end();
        }
    }

    record Return(int ret, List<Expr> results) implements Stmt {
        public Return {
            results = List.copyOf(results);
        }

        @Override
        public int pos() {
            return ret;
        }

        @Override
        public int end() {
            return results.isEmpty() ? ret + 6 : results.getLast().end();
        }
    }

    /** {@code break}, {@code continue}, {@code goto} or {@code fallthrough}, with an optional label. */
    record Branch(int tokPos, Token tok, Expr.Ident label) implements Stmt {
        @Override
        public int pos() {
            return tokPos;
        }

        @Override
        public int end() {
            return label != null ? label.end() : tokPos + tok.text().length();
        }
    }

    /**
     * {@code { list }}. The body of a switch or select holds only {@link CaseClause}s or {@link
     * CommClause}s.
     */
    record Block(int lbrace, List<Stmt> list, int rbrace) implements Stmt {
        public Block {
            list = List.copyOf(list);
        }

        @Override
        public int pos() {
            return lbrace;
        }

        @Override
        public int end() {
            return rbrace + 1;
        }
    }

    /** {@code if init; cond body else els}; {@code els} is null, an {@link If} or a {@link Block}. */
    record If(int ifPos, Stmt init, Expr cond, Block body, Stmt els) implements Stmt {
        @Override
        public int pos() {
            return ifPos;
        }

        @Override
        public int end() {
            return els != null ? els.end() : body.end();
        }
    }

    /** {@code case list:} (or {@code default:} when {@code list} is null) and its statements. */
    record CaseClause(int casePos, List<Expr> list, int colon, List<Stmt> body) implements Stmt {
        public CaseClause {
            list = list == null ? null : List.copyOf(list);
            body = List.copyOf(body);
        }

        @Override
        public int pos() {
            return casePos;
        }

        @Override
        public int end() {
            return body.isEmpty() ? colon + 1 : body.getLast().end();
        }

        public boolean isDefault() {
            return list == null;
        }
    }

    /** An expression switch; {@code tag} is null for {@code switch {}}. */
    record Switch(int switchPos, Stmt init, Expr tag, Block body) implements Stmt {
        @Override
        public int pos() {
            return switchPos;
        }

        @Override
        public int end() {
            return body.end();
        }
    }

    /**
     * A type switch: {@code assign} is {@code x.(type)} as an {@link ExprStmt}, or {@code v :=
     * x.(type)} as an {@link Assign}.
     */
    record TypeSwitch(int switchPos, Stmt init, Stmt assign, Block body) implements Stmt {
        @Override
        public int pos() {
            return switchPos;
        }

        @Override
        public int end() {
            return body.end();
        }
    }

    /** {@code case comm:} of a select (a send or receive statement), or {@code default:} when null. */
    record CommClause(int casePos, Stmt comm, int colon, List<Stmt> body) implements Stmt {
        public CommClause {
            body = List.copyOf(body);
        }

        @Override
        public int pos() {
            return casePos;
        }

        @Override
        public int end() {
            return body.isEmpty() ? colon + 1 : body.getLast().end();
        }

        public boolean isDefault() {
            return comm == null;
        }
    }

    record Select(int selectPos, Block body) implements Stmt {
        @Override
        public int pos() {
            return selectPos;
        }

        @Override
        public int end() {
            return body.end();
        }
    }

    /** {@code for init; cond; post body}, {@code for cond body} or {@code for body}. */
    record For(int forPos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {
        @Override
        public int pos() {
            return forPos;
        }

        @Override
        public int end() {
            return body.end();
        }
    }

    /**
     * {@code for key, value tok range x body}: {@code tok} is DEFINE or ASSIGN, or ILLEGAL (with
     * {@code key} and {@code value} null) for {@code for range x}. {@code extra} holds iteration
     * variables after the second, which Go's type checker refuses ("range clause permits at most two
     * iteration variables"); it is normally empty.
     */
    record Range(
            int forPos, Expr key, Expr value, int tokPos, Token tok, int rangePos, Expr x, Block body, List<Expr> extra)
            implements Stmt {
        public Range {
            extra = List.copyOf(extra);
        }

        @Override
        public int pos() {
            return forPos;
        }

        @Override
        public int end() {
            return body.end();
        }
    }
}
