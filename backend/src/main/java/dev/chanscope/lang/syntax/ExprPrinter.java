package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Expressions and types as gofmt prints them (go/printer's nodes.go, expression half): binary
 * expressions with blanks decided by precedence depth, lists that keep the source's line breaks and
 * align key-value pairs, parameter lists, and selector chains broken across lines.
 */
abstract class ExprPrinter extends PrinterCore {

    static final int LOWEST_PREC = 0;
    static final int UNARY_PREC = 6;
    static final int HIGHEST_PREC = 7;

    /** exprList modes. */
    static final int COMMA_TERM = 1;

    static final int NO_INDENT = 2;

    ExprPrinter(LineTable lines, IdentityHashMap<Node, Integer> nodeSizes) {
        super(lines, nodeSizes);
    }

    /** The size of n printed on one line, or more than maxSize if it does not fit one. */
    abstract int nodeSize(Node n, int maxSize);

    abstract void funcBody(int headerSize, byte sep, Stmt.Block b);

    abstract void fieldList(FieldList fields, boolean isStruct);

    /**
     * As many line breaks as needed to reach {@code line} (at least {@code min}, at most one empty
     * line); {@code ws} is printed before the first. Returns 0 for none, 1 for one newline, more
     * for a formfeed or several.
     */
    final int linebreak(int line, int min, byte ws, boolean newSection) {
        int n = Math.max(nlimit(line - posLine), min);
        int nbreaks = 0;
        if (n > 0) {
            printWs(ws);
            if (newSection) {
                printWs(FORMFEED);
                n--;
                nbreaks = 2;
            }
            nbreaks += n;
            for (; n > 0; n--) {
                printWs(NEWLINE);
            }
        }
        return nbreaks;
    }

    final void identList(List<Expr.Ident> list, boolean indent) {
        exprList(SourceFile.NO_POS, new ArrayList<>(list), 1, indent ? 0 : NO_INDENT, SourceFile.NO_POS);
    }

    /** A list of expressions; when it spans lines in the source, the source's line breaks are kept. */
    final void exprList(int prev0, List<? extends Expr> list, int depth, int mode, int next0) {
        if (list.isEmpty()) {
            return;
        }
        Pos prev = posFor(prev0);
        Pos next = posFor(next0);
        int line = lineFor(list.getFirst().pos());
        int endLine = lineFor(list.getLast().end());
        if (prev.valid() && prev.line() == line && line == endLine) {
            for (int i = 0; i < list.size(); i++) {
                Expr x = list.get(i);
                if (i > 0) {
                    printPos(x.pos());
                    printToken(Token.COMMA);
                    printWs(BLANK);
                }
                expr0(x, depth);
            }
            return;
        }
        byte ws = (mode & NO_INDENT) == 0 ? INDENT : IGNORE;
        int prevBreak = -1;
        if (prev.valid() && prev.line() < line && linebreak(line, 0, ws, true) > 0) {
            ws = IGNORE;
            prevBreak = 0;
        }
        int size = 0;
        double lnsum = 0;
        int count = 0;
        int prevLine = prev.line();
        final int inf = 1_000_000;
        for (int i = 0; i < list.size(); i++) {
            Expr x = list.get(i);
            line = lineFor(x.pos());
            boolean useFF = true;
            int prevSize = size;
            size = nodeSize(x, inf);
            Expr.KeyValue pair = x instanceof Expr.KeyValue kv ? kv : null;
            if (size <= inf && prev.valid() && next.valid()) {
                if (pair != null) {
                    size = nodeSize(pair.key(), inf);
                }
            } else {
                size = 0;
            }
            if (prevSize > 0 && size > 0) {
                if (count == 0 || prevSize <= 40 && size <= 40) {
                    useFF = false;
                } else {
                    final double r = 2.5;
                    double geomean = StrictMath.exp(lnsum / count);
                    double ratio = size / geomean;
                    useFF = r * ratio <= 1 || r <= ratio;
                }
            }
            boolean needsLinebreak = 0 < prevLine && prevLine < line;
            if (i > 0) {
                if (!needsLinebreak) {
                    printPos(x.pos());
                }
                printToken(Token.COMMA);
                boolean needsBlank = true;
                if (needsLinebreak) {
                    int nbreaks = linebreak(line, 0, ws, useFF || prevBreak + 1 < i);
                    if (nbreaks > 0) {
                        ws = IGNORE;
                        prevBreak = i;
                        needsBlank = false;
                    }
                    if (nbreaks > 1) {
                        lnsum = 0;
                        count = 0;
                    }
                }
                if (needsBlank) {
                    printWs(BLANK);
                }
            }
            if (list.size() > 1 && pair != null && size > 0 && needsLinebreak) {
                // A key-value pair on its own line: the key in a column so consecutive pairs align.
                expr(pair.key());
                printPos(pair.colon());
                printToken(Token.COLON);
                printWs(VTAB);
                expr(pair.value());
            } else {
                expr0(x, depth);
            }
            if (size > 0) {
                lnsum += StrictMath.log(size);
                count++;
            }
            prevLine = line;
        }
        if ((mode & COMMA_TERM) != 0 && next.valid() && posLine < next.line()) {
            printToken(Token.COMMA);
            if (ws == IGNORE && (mode & NO_INDENT) == 0) {
                printWs(UNINDENT);
            }
            printWs(FORMFEED);
            return;
        }
        if (ws == IGNORE && (mode & NO_INDENT) == 0) {
            printWs(UNINDENT);
        }
    }

    /** Parameters, results, or (with brackets) type parameters. */
    final void parameters(FieldList fields, boolean brackets, boolean typeParams) {
        Token open = brackets ? Token.LBRACK : Token.LPAREN;
        Token close = brackets ? Token.RBRACK : Token.RPAREN;
        printPos(fields.opening());
        printToken(open);
        if (!fields.list().isEmpty()) {
            int prevLine = lineFor(fields.opening());
            byte ws = INDENT;
            for (int i = 0; i < fields.list().size(); i++) {
                Field par = fields.list().get(i);
                int parLineBeg = lineFor(par.pos());
                int parLineEnd = lineFor(par.end());
                boolean needsLinebreak = 0 < prevLine && prevLine < parLineBeg;
                if (i > 0) {
                    if (!needsLinebreak) {
                        printPos(par.pos());
                    }
                    printToken(Token.COMMA);
                }
                if (needsLinebreak && linebreak(parLineBeg, 0, ws, true) > 0) {
                    ws = IGNORE;
                } else if (i > 0) {
                    printWs(BLANK);
                }
                if (!par.names().isEmpty()) {
                    identList(par.names(), ws == INDENT);
                    printWs(BLANK);
                }
                expr(stripParensAlways(par.type()));
                prevLine = parLineEnd;
            }
            int closing = lineFor(fields.closing());
            if (0 < prevLine && prevLine < closing) {
                printToken(Token.COMMA);
                linebreak(closing, 0, IGNORE, true);
            } else if (typeParams
                    && fields.numFields() == 1
                    && combinesWithName(fields.list().getFirst().type())) {
                printToken(Token.COMMA); // [P *T,] is not the array length [P*T]
            }
            if (ws == IGNORE) {
                printWs(UNINDENT);
            }
        }
        printPos(fields.closing());
        printToken(close);
    }

    private static boolean combinesWithName(Expr x) {
        return switch (x) {
            case Expr.Star s -> !isTypeElem(s.x());
            case Expr.Binary b -> combinesWithName(b.x()) && !isTypeElem(b.y());
            default -> false;
        };
    }

    /** go/printer's isTypeElem: unlike the parser's, a pointer type may also be a value. */
    private static boolean isTypeElem(Expr x) {
        if (TypeParams.isTypeLiteral(x)) {
            return true;
        }
        return switch (x) {
            case Expr.Unary u -> u.op() == Token.TILDE;
            case Expr.Binary b -> isTypeElem(b.x()) || isTypeElem(b.y());
            case Expr.Paren p -> isTypeElem(p.x());
            default -> false;
        };
    }

    final void signature(Expr.FuncType sig) {
        if (sig.typeParams() != null) {
            parameters(sig.typeParams(), true, false);
        }
        parameters(sig.params(), false, false);
        FieldList res = sig.results();
        int n = res == null ? 0 : res.numFields();
        if (n > 0) {
            printWs(BLANK);
            if (n == 1 && res.list().getFirst().names().isEmpty()) {
                expr(stripParensAlways(res.list().getFirst().type()));
                return;
            }
            parameters(res, false, false);
        }
    }

    static Expr stripParensAlways(Expr x) {
        while (x instanceof Expr.Paren p) {
            x = p.x();
        }
        return x;
    }

    final void expr0(Expr x, int depth) {
        expr1(x, LOWEST_PREC, depth);
    }

    final void expr(Expr x) {
        expr1(x, LOWEST_PREC, 1);
    }

    final void expr1(Expr expr, int prec1, int depth) {
        printPos(expr.pos());
        switch (expr) {
            case Expr.Bad x -> throw new IllegalStateException("cannot format a bad expression");
            case Expr.Ident x -> printIdent(x);
            case Expr.Binary x -> BinaryLayout.print(this, x, prec1, Math.max(depth, 1));
            case Expr.KeyValue x -> {
                expr(x.key());
                printPos(x.colon());
                printToken(Token.COLON);
                printWs(BLANK);
                expr(x.value());
            }
            case Expr.Star x -> {
                if (UNARY_PREC < prec1) {
                    printToken(Token.LPAREN);
                    printToken(Token.MUL);
                    expr(x.x());
                    printToken(Token.RPAREN);
                } else {
                    printToken(Token.MUL);
                    expr(x.x());
                }
            }
            case Expr.Unary x -> {
                if (UNARY_PREC < prec1) {
                    printToken(Token.LPAREN);
                    expr(x);
                    printToken(Token.RPAREN);
                } else {
                    printToken(x.op());
                    expr1(x.x(), UNARY_PREC, depth);
                }
            }
            case Expr.BasicLit x -> printLit(x.kind(), Literals.normalizedNumber(x.kind(), x.value()));
            case Expr.FuncLit x -> {
                printPos(x.type().pos());
                printToken(Token.FUNC);
                int startCol = outColumn - "func".length();
                signature(x.type());
                funcBody(distanceFrom(x.type().pos(), startCol), BLANK, x.body());
            }
            case Expr.Paren x -> {
                if (x.x() instanceof Expr.Paren) {
                    expr0(x.x(), depth); // no parentheses around parentheses
                } else {
                    printToken(Token.LPAREN);
                    expr0(x.x(), reduceDepth(depth));
                    printPos(x.rparen());
                    printToken(Token.RPAREN);
                }
            }
            case Expr.Selector x -> selectorExpr(x, depth, false);
            case Expr.TypeAssert x -> {
                expr1(x.x(), HIGHEST_PREC, depth);
                printToken(Token.PERIOD);
                printPos(x.lparen());
                printToken(Token.LPAREN);
                if (x.type() != null) {
                    expr(x.type());
                } else {
                    printToken(Token.TYPE);
                }
                printPos(x.rparen());
                printToken(Token.RPAREN);
            }
            case Expr.Index x -> {
                expr1(x.x(), HIGHEST_PREC, 1);
                printPos(x.lbrack());
                printToken(Token.LBRACK);
                expr0(x.index(), depth + 1);
                printPos(x.rbrack());
                printToken(Token.RBRACK);
            }
            case Expr.IndexList x -> {
                expr1(x.x(), HIGHEST_PREC, 1);
                printPos(x.lbrack());
                printToken(Token.LBRACK);
                exprList(x.lbrack(), x.indices(), depth + 1, COMMA_TERM, x.rbrack());
                printPos(x.rbrack());
                printToken(Token.RBRACK);
            }
            case Expr.Slice x -> slice(x, depth);
            case Expr.Call x -> call(x, depth);
            case Expr.CompositeLit x -> compositeLit(x, depth);
            case Expr.Ellipsis x -> {
                printToken(Token.ELLIPSIS);
                if (x.elt() != null) {
                    expr(x.elt());
                }
            }
            case Expr.ArrayType x -> {
                printToken(Token.LBRACK);
                if (x.len() != null) {
                    expr(x.len());
                }
                printToken(Token.RBRACK);
                expr(x.elt());
            }
            case Expr.StructType x -> {
                printToken(Token.STRUCT);
                fieldList(x.fields(), true);
            }
            case Expr.FuncType x -> {
                printToken(Token.FUNC);
                signature(x);
            }
            case Expr.InterfaceType x -> {
                printToken(Token.INTERFACE);
                fieldList(x.methods(), false);
            }
            case Expr.MapType x -> {
                printToken(Token.MAP);
                printToken(Token.LBRACK);
                expr(x.key());
                printToken(Token.RBRACK);
                expr(x.value());
            }
            case Expr.ChanType x -> {
                switch (x.dir()) {
                    case BOTH -> printToken(Token.CHAN);
                    case RECV -> {
                        printToken(Token.ARROW);
                        printToken(Token.CHAN);
                    }
                    case SEND -> {
                        printToken(Token.CHAN);
                        printPos(x.arrow());
                        printToken(Token.ARROW);
                    }
                }
                printWs(BLANK);
                expr(x.value());
            }
        }
    }

    static int reduceDepth(int depth) {
        return Math.max(1, depth - 1);
    }

    private void slice(Expr.Slice x, int depth) {
        expr1(x.x(), HIGHEST_PREC, 1);
        printPos(x.lbrack());
        printToken(Token.LBRACK);
        List<Expr> indices = new ArrayList<>();
        indices.add(x.low());
        indices.add(x.high());
        if (x.max() != null) {
            indices.add(x.max());
        }
        boolean needsBlanks = false;
        if (depth <= 1) {
            int indexCount = 0;
            boolean hasBinaries = false;
            for (Expr e : indices) {
                if (e != null) {
                    indexCount++;
                    hasBinaries |= e instanceof Expr.Binary;
                }
            }
            needsBlanks = indexCount > 1 && hasBinaries;
        }
        for (int i = 0; i < indices.size(); i++) {
            Expr e = indices.get(i);
            if (i > 0) {
                if (indices.get(i - 1) != null && needsBlanks) {
                    printWs(BLANK);
                }
                printToken(Token.COLON);
                if (e != null && needsBlanks) {
                    printWs(BLANK);
                }
            }
            if (e != null) {
                expr0(e, depth + 1);
            }
        }
        printPos(x.rbrack());
        printToken(Token.RBRACK);
    }

    private void call(Expr.Call x, int depth) {
        if (x.args().size() > 1) {
            depth++;
        }
        boolean wasIndented;
        if (x.fun() instanceof Expr.FuncType) {
            printToken(Token.LPAREN); // a conversion to a function type needs parentheses
            wasIndented = possibleSelectorExpr(x.fun(), HIGHEST_PREC, depth);
            printToken(Token.RPAREN);
        } else {
            wasIndented = possibleSelectorExpr(x.fun(), HIGHEST_PREC, depth);
        }
        printPos(x.lparen());
        printToken(Token.LPAREN);
        if (x.hasEllipsis()) {
            exprList(x.lparen(), x.args(), depth, 0, x.ellipsis());
            printPos(x.ellipsis());
            printToken(Token.ELLIPSIS);
            if (x.rparen() >= 0 && lineFor(x.ellipsis()) < lineFor(x.rparen())) {
                printToken(Token.COMMA);
                printWs(FORMFEED);
            }
        } else {
            exprList(x.lparen(), x.args(), depth, COMMA_TERM, x.rparen());
        }
        printPos(x.rparen());
        printToken(Token.RPAREN);
        if (wasIndented) {
            printWs(UNINDENT);
        }
    }

    private void compositeLit(Expr.CompositeLit x, int depth) {
        if (x.type() != null) {
            expr1(x.type(), HIGHEST_PREC, depth);
        }
        level++;
        printPos(x.lbrace());
        printToken(Token.LBRACE);
        exprList(x.lbrace(), x.elts(), 1, COMMA_TERM, x.rbrace());
        // No extra line break after a /*-style comment before the }: it could break the code.
        int m = NO_EXTRA_LINEBREAK;
        if (!x.elts().isEmpty()) {
            m |= NO_EXTRA_BLANK;
        }
        printWs(INDENT); // lets a lone comment in an empty literal be indented
        printWs(UNINDENT);
        printMode(m);
        printPos(x.rbrace());
        printToken(Token.RBRACE);
        printMode(m);
        level--;
    }

    private boolean possibleSelectorExpr(Expr x, int prec1, int depth) {
        if (x instanceof Expr.Selector s) {
            return selectorExpr(s, depth, true);
        }
        expr1(x, prec1, depth);
        return false;
    }

    /** Prints {@code x.sel}; reports whether it was broken across lines (the caller unindents). */
    private boolean selectorExpr(Expr.Selector x, int depth, boolean isMethod) {
        expr1(x.x(), HIGHEST_PREC, depth);
        printToken(Token.PERIOD);
        int line = lineFor(x.sel().pos());
        if (posLine > 0 && posLine < line) {
            printWs(INDENT);
            printWs(NEWLINE);
            printPos(x.sel().pos());
            printIdent(x.sel());
            if (!isMethod) {
                printWs(UNINDENT);
            }
            return true;
        }
        printPos(x.sel().pos());
        printIdent(x.sel());
        return false;
    }

    /** Output columns from {@code startOutCol} when {@code startPos} is on the current line. */
    final int distanceFrom(int startPos, int startOutCol) {
        if (startPos >= 0 && posLine > 0 && posFor(startPos).line() == posLine) {
            return outColumn - startOutCol;
        }
        return INFINITY;
    }
}
