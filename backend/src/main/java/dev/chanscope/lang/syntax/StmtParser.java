package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Statements, after cmd/compile's parser (stmtOrNil, simpleStmt, stmtList, blockStmt): simple
 * statements, blocks, labels, go, defer, return and branches; control flow is {@link ControlParser}'s.
 */
abstract class StmtParser extends ExprParser {

    /** A range clause: {@code lhs tok range x}. */
    record RangeClause(List<Expr> lhs, int tokPos, Token tok, int rangePos, Expr x) {}

    /** The range clause of the for header just parsed (simpleStmt returns null for it). */
    RangeClause range;

    /** A local declaration whose line comment is known only after its semicolon. */
    private Function<CommentGroup, Decl.GenDecl> pendingDecl;

    private final boolean checkBranches;

    abstract Stmt ifStmt();

    abstract Stmt forStmt();

    abstract Stmt switchStmt();

    abstract Stmt selectStmt();

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
    final Stmt simpleStmt(List<Expr> lhs, Token keyword) {
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
}
