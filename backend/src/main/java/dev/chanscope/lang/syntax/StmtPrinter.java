package dev.chanscope.lang.syntax;

import java.util.IdentityHashMap;
import java.util.List;

/**
 * Statements as gofmt prints them (go/printer's nodes.go, statement half): statement lists that keep
 * at most one blank line from the source, labels outdented, control clauses without redundant
 * parentheses, and short function bodies on one line.
 */
abstract class StmtPrinter extends ExprPrinter {

    StmtPrinter(LineTable lines, IdentityHashMap<Node, Integer> nodeSizes) {
        super(lines, nodeSizes);
    }

    abstract void decl(Decl d);

    /** Prints the statements indented; blank lines of the source are kept, at most one in a row. */
    final void stmtList(List<Stmt> list, int nindent, boolean nextIsRBrace) {
        if (nindent > 0) {
            printWs(INDENT);
        }
        int[] line = {0};
        int i = 0;
        for (Stmt s : list) {
            if (s instanceof Stmt.Empty) {
                continue;
            }
            if (output.size() > 0) {
                linebreak(lineFor(s.pos()), 1, IGNORE, i == 0 || nindent == 0 || linesFrom(line[0]) > 0);
            }
            recordLine(line);
            stmt(s, nextIsRBrace && i == list.size() - 1);
            for (Stmt t = s; t instanceof Stmt.Labeled l; t = l.stmt()) {
                line[0]++; // a label is printed on a line of its own
            }
            i++;
        }
        if (nindent > 0) {
            printWs(UNINDENT);
        }
    }

    final void block(Stmt.Block b, int nindent) {
        printPos(b.lbrace());
        printToken(Token.LBRACE);
        stmtList(b.list(), nindent, true);
        linebreak(lineFor(b.rbrace()), 1, IGNORE, true);
        printPos(b.rbrace());
        printToken(Token.RBRACE);
    }

    private static boolean isTypeName(Expr x) {
        return switch (x) {
            case Expr.Ident i -> true;
            case Expr.Selector s -> isTypeName(s.x());
            default -> false;
        };
    }

    /**
     * {@code x} without enclosing parentheses, unless they protect a composite literal whose type is
     * a name ({@code if (T{}) == x}), which would otherwise be read as the block.
     */
    static Expr stripParens(Expr x) {
        if (!(x instanceof Expr.Paren px)) {
            return x;
        }
        boolean[] strip = {true};
        Inspector.inspect(px.x(), n -> {
            switch (n) {
                case Expr.Paren p -> {
                    return false;
                }
                case Expr.CompositeLit c -> {
                    if (c.type() != null && isTypeName(c.type())) {
                        strip[0] = false;
                    }
                    return false;
                }
                default -> {
                    return true;
                }
            }
        });
        return strip[0] ? stripParens(px.x()) : x;
    }

    private void controlClause(boolean isFor, Stmt init, Expr x, Stmt post) {
        printWs(BLANK);
        boolean needsBlank = false;
        if (init == null && post == null) {
            if (x != null) {
                expr(stripParens(x));
                needsBlank = true;
            }
        } else {
            if (init != null) {
                stmt(init, false);
            }
            printToken(Token.SEMICOLON);
            printWs(BLANK);
            if (x != null) {
                expr(stripParens(x));
                needsBlank = true;
            }
            if (isFor) {
                printToken(Token.SEMICOLON);
                printWs(BLANK);
                needsBlank = false;
                if (post != null) {
                    stmt(post, false);
                    needsBlank = true;
                }
            }
        }
        if (needsBlank) {
            printWs(BLANK);
        }
    }

    /** Whether a result list looks better indented as a whole (go/printer's indentList heuristic). */
    private boolean indentList(List<Expr> list) {
        if (list.size() < 2) {
            return false;
        }
        int b = lineFor(list.getFirst().pos());
        int e = lineFor(list.getLast().end());
        if (0 < b && b < e) {
            int n = 0;
            int line = b;
            for (Expr x : list) {
                int xb = lineFor(x.pos());
                int xe = lineFor(x.end());
                if (line < xb) {
                    return true;
                }
                if (xb < xe) {
                    n++;
                }
                line = xe;
            }
            return n > 1;
        }
        return false;
    }

    final void stmt(Stmt stmt, boolean nextIsRBrace) {
        printPos(stmt.pos());
        switch (stmt) {
            case Stmt.Bad s -> throw new IllegalStateException("cannot format a bad statement");
            case Stmt.DeclStmt s -> decl(s.decl());
            case Stmt.Empty s -> {}
            case Stmt.Labeled s -> labeled(s, nextIsRBrace);
            case Stmt.ExprStmt s -> expr0(s.x(), 1);
            case Stmt.Send s -> {
                expr0(s.chan(), 1);
                printWs(BLANK);
                printPos(s.arrow());
                printToken(Token.ARROW);
                printWs(BLANK);
                expr0(s.value(), 1);
            }
            case Stmt.IncDec s -> {
                expr0(s.x(), 2);
                printPos(s.tokPos());
                printToken(s.tok());
            }
            case Stmt.Assign s -> {
                int depth = s.lhs().size() > 1 && s.rhs().size() > 1 ? 2 : 1;
                exprList(s.pos(), s.lhs(), depth, 0, s.tokPos());
                printWs(BLANK);
                printPos(s.tokPos());
                printToken(s.tok());
                printWs(BLANK);
                exprList(s.tokPos(), s.rhs(), depth, 0, SourceFile.NO_POS);
            }
            case Stmt.Go s -> {
                printToken(Token.GO);
                printWs(BLANK);
                expr(s.call());
            }
            case Stmt.Defer s -> {
                printToken(Token.DEFER);
                printWs(BLANK);
                expr(s.call());
            }
            case Stmt.Return s -> {
                printToken(Token.RETURN);
                if (!s.results().isEmpty()) {
                    printWs(BLANK);
                    if (indentList(s.results())) {
                        printWs(INDENT);
                        exprList(SourceFile.NO_POS, s.results(), 1, NO_INDENT, SourceFile.NO_POS);
                        printWs(UNINDENT);
                    } else {
                        exprList(SourceFile.NO_POS, s.results(), 1, 0, SourceFile.NO_POS);
                    }
                }
            }
            case Stmt.Branch s -> {
                printToken(s.tok());
                if (s.label() != null) {
                    printWs(BLANK);
                    expr(s.label());
                }
            }
            case Stmt.Block s -> block(s, 1);
            case Stmt.If s -> {
                printToken(Token.IF);
                controlClause(false, s.init(), s.cond(), null);
                block(s.body(), 1);
                if (s.els() != null) {
                    printWs(BLANK);
                    printToken(Token.ELSE);
                    printWs(BLANK);
                    stmt(s.els(), nextIsRBrace);
                }
            }
            case Stmt.CaseClause s -> {
                if (s.list() != null) {
                    printToken(Token.CASE);
                    printWs(BLANK);
                    exprList(s.pos(), s.list(), 1, 0, s.colon());
                } else {
                    printToken(Token.DEFAULT);
                }
                printPos(s.colon());
                printToken(Token.COLON);
                stmtList(s.body(), 1, nextIsRBrace);
            }
            case Stmt.Switch s -> {
                printToken(Token.SWITCH);
                controlClause(false, s.init(), s.tag(), null);
                block(s.body(), 0);
            }
            case Stmt.TypeSwitch s -> {
                printToken(Token.SWITCH);
                if (s.init() != null) {
                    printWs(BLANK);
                    stmt(s.init(), false);
                    printToken(Token.SEMICOLON);
                }
                printWs(BLANK);
                stmt(s.assign(), false);
                printWs(BLANK);
                block(s.body(), 0);
            }
            case Stmt.CommClause s -> {
                if (s.comm() != null) {
                    printToken(Token.CASE);
                    printWs(BLANK);
                    stmt(s.comm(), false);
                } else {
                    printToken(Token.DEFAULT);
                }
                printPos(s.colon());
                printToken(Token.COLON);
                stmtList(s.body(), 1, nextIsRBrace);
            }
            case Stmt.Select s -> {
                printToken(Token.SELECT);
                printWs(BLANK);
                Stmt.Block body = s.body();
                if (body.list().isEmpty() && !commentBefore(posFor(body.rbrace()))) {
                    printPos(body.lbrace());
                    printToken(Token.LBRACE);
                    printPos(body.rbrace());
                    printToken(Token.RBRACE);
                } else {
                    block(body, 0);
                }
            }
            case Stmt.For s -> {
                printToken(Token.FOR);
                controlClause(true, s.init(), s.cond(), s.post());
                block(s.body(), 1);
            }
            case Stmt.Range s -> {
                printToken(Token.FOR);
                printWs(BLANK);
                if (s.key() != null) {
                    expr(s.key());
                    if (s.value() != null) {
                        printPos(s.value().pos());
                        printToken(Token.COMMA);
                        printWs(BLANK);
                        expr(s.value());
                    }
                    printWs(BLANK);
                    printPos(s.tokPos());
                    printToken(s.tok());
                    printWs(BLANK);
                }
                printToken(Token.RANGE);
                printWs(BLANK);
                expr(stripParens(s.x()));
                printWs(BLANK);
                block(s.body(), 1);
            }
        }
    }

    private void labeled(Stmt.Labeled s, boolean nextIsRBrace) {
        // A correcting unindent right after a line break is applied before it (writeWhitespace).
        printWs(UNINDENT);
        expr(s.label());
        printPos(s.colon());
        printToken(Token.COLON);
        printWs(INDENT);
        if (s.stmt() instanceof Stmt.Empty e) {
            if (!nextIsRBrace) {
                printWs(NEWLINE);
                printPos(e.pos());
                printToken(Token.SEMICOLON);
                return;
            }
        } else {
            linebreak(lineFor(s.stmt().pos()), 1, IGNORE, true);
        }
        stmt(s.stmt(), nextIsRBrace);
    }

    private int bodySize(Stmt.Block b, int maxSize) {
        int pos1 = b.pos();
        int pos2 = b.rbrace();
        if (pos1 >= 0 && pos2 >= 0 && lineFor(pos1) != lineFor(pos2)) {
            return maxSize + 1; // the braces are on different lines
        }
        if (b.list().size() > 5) {
            return maxSize + 1;
        }
        int size = commentSizeBefore(posFor(pos2));
        for (int i = 0; i < b.list().size(); i++) {
            if (size > maxSize) {
                break;
            }
            if (i > 0) {
                size += 2;
            }
            size += nodeSize(b.list().get(i), maxSize);
        }
        return size;
    }

    @Override
    final void funcBody(int headerSize, byte sep, Stmt.Block b) {
        if (b == null) {
            return;
        }
        int savedLevel = level;
        level = 0;
        try {
            final int maxSize = 100;
            if (headerSize + bodySize(b, maxSize) <= maxSize) {
                printWs(sep);
                printPos(b.lbrace());
                printToken(Token.LBRACE);
                if (!b.list().isEmpty()) {
                    printWs(BLANK);
                    for (int i = 0; i < b.list().size(); i++) {
                        if (i > 0) {
                            printToken(Token.SEMICOLON);
                            printWs(BLANK);
                        }
                        stmt(b.list().get(i), i == b.list().size() - 1);
                    }
                    printWs(BLANK);
                }
                printMode(NO_EXTRA_LINEBREAK);
                printPos(b.rbrace());
                printToken(Token.RBRACE);
                printMode(NO_EXTRA_LINEBREAK);
                return;
            }
            if (sep != IGNORE) {
                printWs(BLANK);
            }
            block(b, 1);
        } finally {
            level = savedLevel;
        }
    }
}
