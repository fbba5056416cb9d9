package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Statements, after cmd/compile's parser (stmtOrNil, simpleStmt, header, ifStmt, forStmt,
 * switchStmt, selectStmt): simple statements, blocks, control flow with init statements, labels,
 * go, defer, return and branches, building go/ast-shaped nodes ({@link Stmt.Range} for a range
 * loop, {@link Stmt.TypeSwitch} for a type switch).
 */
abstract class StmtParser extends ExprParser {

    /** The range clause of the for header just parsed (simpleStmt returns null for it). */
    private record RangeClause(List<Expr> lhs, int tokPos, Token tok, int rangePos, Expr x) {}

    private record Header(Stmt init, Expr cond, Stmt post, Stmt guard, RangeClause range) {}

    private RangeClause range;

    /** A local declaration whose line comment is known only after its semicolon. */
    private Function<CommentGroup, Decl.GenDecl> pendingDecl;

    private final boolean checkBranches;

    StmtParser(SourceFile file, ErrorList errors, boolean checkBranches) {
        super(file, errors);
        this.checkBranches = checkBranches;
    }

    /** A const, type or var declaration after its keyword; finished with its trailing line comment. */
    abstract Function<CommentGroup, Decl.GenDecl> genDecl(Token keyword, int tokPos, CommentGroup doc);

    @Override
    final Stmt.Block funcBody() {
        fnest++;
        nest(2);
        int before = errors.reports();
        Stmt.Block body = blockStmt("");
        unnest(2);
        fnest--;
        if (checkBranches && errors.reports() == before) {
            Branches.check(body, file, errors);
        }
        return body;
    }

    final Stmt.Block blockStmt(String context) {
        nest(1);
        Stmt.Block b = blockStmt0(context);
        unnest(1);
        return b;
    }

    private Stmt.Block blockStmt0(String context) {
        int lbrace = pos;
        if (!got(Token.LBRACE)) {
            syntaxError("expecting { after " + context);
            advance(Token.IDENT, Token.RBRACE);
            int rbrace = pos;
            if (got(Token.RBRACE)) {
                return new Stmt.Block(lbrace, List.of(), rbrace);
            }
        }
        List<Stmt> list = stmtList();
        int rbrace = expect(Token.RBRACE);
        return new Stmt.Block(lbrace, list, rbrace);
    }

    final List<Stmt> stmtList() {
        List<Stmt> list = new ArrayList<>();
        while (tok != Token.EOF && tok != Token.RBRACE && tok != Token.CASE && tok != Token.DEFAULT) {
            pendingDecl = null;
            Stmt s = stmtOrNil();
            if (s == null) {
                break;
            }
            if (!got(Token.SEMICOLON) && tok != Token.RBRACE) {
                syntaxError("at end of statement");
                advance(Token.SEMICOLON, Token.RBRACE, Token.CASE, Token.DEFAULT);
                got(Token.SEMICOLON);
            }
            if (pendingDecl != null && s instanceof Stmt.DeclStmt) {
                s = new Stmt.DeclStmt(pendingDecl.apply(lineComment));
            }
            pendingDecl = null;
            list.add(s);
        }
        return list;
    }

    private Stmt stmtOrNil() {
        nest(1);
        Stmt s = stmtOrNil0();
        unnest(1);
        return s;
    }

    private Stmt stmtOrNil0() {
        if (tok == Token.IDENT) {
            List<Expr> lhs = exprList();
            if (lhs.size() == 1 && lhs.getFirst() instanceof Expr.Ident label && tok == Token.COLON) {
                return labeledStmtOrNil(label);
            }
            return simpleStmt(lhs, Token.ILLEGAL);
        }
        int at = pos;
        switch (tok) {
            case VAR, CONST, TYPE -> {
                CommentGroup doc = leadComment;
                Token keyword = tok;
                next();
                pendingDecl = genDecl(keyword, at, doc);
                return new Stmt.DeclStmt(pendingDecl.apply(null));
            }
            case LBRACE -> {
                return blockStmt("");
            }
            case ADD,
                    SUB,
                    MUL,
                    AND,
                    XOR,
                    NOT,
                    INT,
                    FLOAT,
                    IMAG,
                    CHAR,
                    STRING,
                    FUNC,
                    LPAREN,
                    LBRACK,
                    STRUCT,
                    MAP,
                    CHAN,
                    INTERFACE,
                    ARROW -> {
                return simpleStmt(null, Token.ILLEGAL);
            }
            case FOR -> {
                return forStmt();
            }
            case SWITCH -> {
                return switchStmt();
            }
            case SELECT -> {
                return selectStmt();
            }
            case IF -> {
                return ifStmt();
            }
            case FALLTHROUGH -> {
                next();
                return new Stmt.Branch(at, Token.FALLTHROUGH, null);
            }
            case BREAK, CONTINUE -> {
                Token t = tok;
                next();
                Expr.Ident label = tok == Token.IDENT ? name() : null;
                return new Stmt.Branch(at, t, label);
            }
            case GO, DEFER -> {
                return callStmt();
            }
            case GOTO -> {
                next();
                return new Stmt.Branch(at, Token.GOTO, name());
            }
            case RETURN -> {
                next();
                List<Expr> results = tok != Token.SEMICOLON && tok != Token.RBRACE ? exprList() : List.of();
                return new Stmt.Return(at, results);
            }
            case SEMICOLON -> {
                return new Stmt.Empty(at, false);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * A simple statement starting with {@code lhs} (parsed here when null). In a for header
     * ({@code keyword} FOR) a range clause is stored in {@link #range} and null returned.
     */
    private Stmt simpleStmt(List<Expr> lhs, Token keyword) {
        if (keyword == Token.FOR && tok == Token.RANGE) {
            return rangeClause(List.of(), SourceFile.NO_POS, Token.ILLEGAL);
        }
        if (lhs == null) {
            lhs = exprList();
        }
        if (lhs.size() == 1 && tok != Token.ASSIGN && tok != Token.DEFINE) {
            Expr x = lhs.getFirst();
            int at = pos;
            if (tok.isAssignOp()) {
                Token op = tok;
                next();
                return new Stmt.Assign(lhs, at, op, List.of(expr()));
            }
            switch (tok) {
                case INC, DEC -> {
                    Token op = tok;
                    next();
                    return new Stmt.IncDec(x, at, op);
                }
                case ARROW -> {
                    next();
                    return new Stmt.Send(x, at, expr());
                }
                default -> {
                    return new Stmt.ExprStmt(x);
                }
            }
        }
        if (tok == Token.ASSIGN || tok == Token.DEFINE) {
            int at = pos;
            Token op = tok;
            next();
            if (keyword == Token.FOR && tok == Token.RANGE) {
                return rangeClause(lhs, at, op);
            }
            return new Stmt.Assign(lhs, at, op, exprList());
        }
        syntaxError("expecting := or = or comma");
        advance(Token.SEMICOLON, Token.RBRACE);
        return new Stmt.ExprStmt(lhs.getFirst());
    }

    private Stmt rangeClause(List<Expr> lhs, int tokPos, Token op) {
        int rangePos = pos;
        next();
        range = new RangeClause(lhs, tokPos, op, rangePos, expr());
        return null;
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

    private Stmt labeledStmtOrNil(Expr.Ident label) {
        int colon = pos;
        want(Token.COLON);
        if (tok == Token.RBRACE) {
            return new Stmt.Labeled(label, colon, new Stmt.Empty(pos, true));
        }
        Stmt s = stmtOrNil();
        if (s != null) {
            return new Stmt.Labeled(label, colon, s);
        }
        syntaxErrorAt(colon, "missing statement after label");
        return null;
    }

    private Stmt callStmt() {
        int at = pos;
        Token keyword = tok;
        next();
        Expr x = pexpr(null, tok == Token.LPAREN);
        Expr t = unparen(x);
        if (t != x) {
            errorAt(CmdPos.of(x, file), "expression in " + keyword.text() + " must not be parenthesized");
            x = t;
        }
        Expr.Call call;
        if (x instanceof Expr.Call c) {
            call = c;
        } else {
            errorAt(CmdPos.of(x, file), "expression in " + keyword.text() + " must be function call");
            call = new Expr.Call(x, SourceFile.NO_POS, List.of(), SourceFile.NO_POS, x.end() - 1);
        }
        return keyword == Token.GO ? new Stmt.Go(at, call) : new Stmt.Defer(at, call);
    }

    // ---- control flow

    private Stmt ifStmt() {
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

    private Stmt forStmt() {
        int at = pos;
        Header h = header(Token.FOR);
        Stmt.Block body = blockStmt("for clause");
        RangeClause r = h.range;
        if (r == null) {
            return new Stmt.For(at, h.init, h.cond, h.post, body);
        }
        Expr key = r.lhs.isEmpty() ? null : r.lhs.get(0);
        Expr value = r.lhs.size() > 1 ? r.lhs.get(1) : null;
        List<Expr> extra = r.lhs.size() > 2 ? r.lhs.subList(2, r.lhs.size()) : List.of();
        return new Stmt.Range(at, key, value, r.tokPos, r.tok, r.rangePos, r.x, body, extra);
    }

    private Stmt switchStmt() {
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

    private Stmt selectStmt() {
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
