package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Control flow, after cmd/compile's parser (header, ifStmt, forStmt, switchStmt, selectStmt): if,
 * for (three clauses, condition, or range), switch and type switch with their init statements, and
 * select, building go/ast-shaped nodes ({@link Stmt.Range} for a range loop, {@link
 * Stmt.TypeSwitch} for a type switch).
 */
abstract class ControlParser extends StmtParser {

    private record Header(Stmt init, Expr cond, Stmt post, Stmt guard, RangeClause range) {}

    ControlParser(SourceFile file, ErrorList errors, boolean checkBranches) {
        super(file, errors, checkBranches);
    }

    /** {@code v := x.(type)} in a switch header: the binding form of a type switch guard. */
    private static boolean isTypeSwitchGuard(Stmt s) {
        return s instanceof Stmt.Assign a
                && a.tok() == Token.DEFINE
                && a.lhs().size() == 1
                && a.lhs().getFirst() instanceof Expr.Ident
                && a.rhs().size() == 1
                && a.rhs().getFirst() instanceof Expr.TypeAssert t
                && t.type() == null;
    }

    @Override
    final Stmt ifStmt() {
        int at = pos;
        Header h = header(Token.IF);
        Stmt.Block then = blockStmt("if clause");
        Stmt els = null;
        if (got(Token.ELSE)) {
            if (tok == Token.IF) {
                els = ifStmt();
            } else if (tok == Token.LBRACE) {
                els = blockStmt("");
            } else {
                syntaxError("else must be followed by if or statement block");
                advance(Token.IDENT, Token.RBRACE);
            }
        }
        Expr cond = h.cond != null ? h.cond : new Expr.Bad(at, at);
        return new Stmt.If(at, h.init, cond, then, els);
    }

    @Override
    final Stmt forStmt() {
        int at = pos;
        Header h = header(Token.FOR);
        Stmt.Block body = blockStmt("for clause");
        RangeClause r = h.range;
        if (r == null) {
            return new Stmt.For(at, h.init, h.cond, h.post, body);
        }
        Expr key = r.lhs().isEmpty() ? null : r.lhs().get(0);
        Expr value = r.lhs().size() > 1 ? r.lhs().get(1) : null;
        List<Expr> extra = r.lhs().size() > 2 ? r.lhs().subList(2, r.lhs().size()) : List.of();
        return new Stmt.Range(at, key, value, r.tokPos(), r.tok(), r.rangePos(), r.x(), body, extra);
    }

    @Override
    final Stmt switchStmt() {
        int at = pos;
        Header h = header(Token.SWITCH);
        int lbrace = pos;
        if (!got(Token.LBRACE)) {
            syntaxError("missing { after switch clause");
            advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        List<Stmt> clauses = new ArrayList<>();
        while (tok != Token.EOF && tok != Token.RBRACE) {
            clauses.add(caseClause());
        }
        int rbrace = expect(Token.RBRACE);
        Stmt.Block body = new Stmt.Block(lbrace, clauses, rbrace);
        if (h.guard != null) {
            return new Stmt.TypeSwitch(at, h.init, h.guard, body);
        }
        if (h.cond instanceof Expr.TypeAssert t && t.type() == null) {
            return new Stmt.TypeSwitch(at, h.init, new Stmt.ExprStmt(t), body);
        }
        return new Stmt.Switch(at, h.init, h.cond, body);
    }

    @Override
    final Stmt selectStmt() {
        int at = pos;
        want(Token.SELECT);
        int lbrace = pos;
        if (!got(Token.LBRACE)) {
            syntaxError("missing { after select clause");
            advance(Token.CASE, Token.DEFAULT, Token.RBRACE);
        }
        List<Stmt> clauses = new ArrayList<>();
        while (tok != Token.EOF && tok != Token.RBRACE) {
            clauses.add(commClause());
        }
        int rbrace = expect(Token.RBRACE);
        return new Stmt.Select(at, new Stmt.Block(lbrace, clauses, rbrace));
    }

    private Stmt caseClause() {
        int at = pos;
        List<Expr> list = List.of();
        switch (tok) {
            case CASE -> {
                next();
                list = exprList();
            }
            case DEFAULT -> {
                next();
                list = null;
            }
            default -> {
                syntaxError("expecting case or default or }");
                advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
            }
        }
        int colon = expect(Token.COLON);
        return new Stmt.CaseClause(at, list, colon, stmtList());
    }

    private Stmt commClause() {
        int at = pos;
        Stmt comm = null;
        switch (tok) {
            case CASE -> {
                next();
                comm = simpleStmt(null, Token.ILLEGAL);
            }
            case DEFAULT -> next();
            default -> {
                syntaxError("expecting case or default or }");
                advance(Token.COLON, Token.CASE, Token.DEFAULT, Token.RBRACE);
                comm = new Stmt.Bad(at, pos);
            }
        }
        int colon = expect(Token.COLON);
        return new Stmt.CommClause(at, comm, colon, stmtList());
    }

    /**
     * The header of an if, for or switch: {@code init; cond} (for a for loop {@code init; cond;
     * post}, or a range clause). Parsed with {@link #xnest} -1, so that {@code {} } after a type name
     * opens the body rather than a composite literal.
     */
    private Header header(Token keyword) {
        want(keyword);
        if (tok == Token.LBRACE) {
            Expr cond = null;
            if (keyword == Token.IF) {
                syntaxError("missing condition in if statement");
                cond = badExpr();
            }
            return new Header(null, cond, null, null, null);
        }
        int outer = xnest;
        xnest = -1;
        try {
            return headerClauses(keyword);
        } finally {
            xnest = outer;
        }
    }

    private Header headerClauses(Token keyword) {
        Stmt init = null;
        range = null;
        if (tok != Token.SEMICOLON) {
            if (got(Token.VAR)) {
                syntaxError("var declaration not allowed in " + tokstring(keyword) + " initializer");
            }
            init = simpleStmt(null, keyword);
            if (range != null) {
                RangeClause r = range;
                range = null;
                return new Header(null, null, null, null, r);
            }
        }
        Stmt condStmt = null;
        Stmt post = null;
        int semiPos = SourceFile.NO_POS;
        String semiLit = null;
        if (tok != Token.LBRACE) {
            if (tok == Token.SEMICOLON) {
                semiPos = pos;
                semiLit = lit;
                next();
            } else {
                want(Token.LBRACE);
                if (tok != Token.LBRACE) {
                    advance(Token.LBRACE, Token.RBRACE);
                }
            }
            if (keyword == Token.FOR) {
                if (tok != Token.SEMICOLON) {
                    if (tok == Token.LBRACE) {
                        syntaxError("expecting for loop condition");
                        return new Header(init, null, null, null, null);
                    }
                    condStmt = simpleStmt(null, Token.ILLEGAL);
                }
                want(Token.SEMICOLON);
                if (tok != Token.LBRACE) {
                    post = simpleStmt(null, Token.ILLEGAL);
                    if (post instanceof Stmt.Assign a && a.tok() == Token.DEFINE) {
                        syntaxErrorAt(a.tokPos(), "cannot declare in post statement of for loop");
                    }
                }
            } else if (tok != Token.LBRACE) {
                condStmt = simpleStmt(null, keyword);
            }
        } else {
            condStmt = init;
            init = null;
        }
        Expr cond = null;
        Stmt guard = null;
        switch (condStmt) {
            case null -> {
                if (keyword == Token.IF && semiPos != SourceFile.NO_POS) {
                    if (!semiLit.equals("semicolon")) {
                        syntaxErrorAt(semiPos, "unexpected " + semiLit + ", expecting { after if clause");
                    } else {
                        syntaxErrorAt(semiPos, "missing condition in if statement");
                    }
                    cond = new Expr.Bad(semiPos, semiPos);
                }
            }
            case Stmt.ExprStmt e -> cond = e.x();
            default -> {
                if (keyword == Token.SWITCH && isTypeSwitchGuard(condStmt)) {
                    guard = condStmt;
                } else {
                    String str = condStmt instanceof Stmt.Assign a && a.tok() == Token.ASSIGN
                            ? "assignment (" + ExprString.list(a.lhs()) + ") = (" + ExprString.list(a.rhs()) + ")"
                            : ExprString.of(condStmt);
                    syntaxErrorAt(CmdPos.of(condStmt, file), "cannot use " + str + " as value");
                }
            }
        }
        return new Header(init, cond, post, guard, null);
    }
}
