package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Lists as gofmt prints them (go/printer's exprList, parameters and signature): when a list spans
 * lines in the source its line breaks are kept, key-value pairs on their own lines are aligned in
 * columns unless their sizes differ too much, and a list ending on its own line gets a trailing comma.
 */
abstract class ListPrinter extends PrinterCore {

    /** exprList modes. */
    static final int COMMA_TERM = 1;

    static final int NO_INDENT = 2;

    ListPrinter(LineTable lines, IdentityHashMap<Node, Integer> nodeSizes) {
        super(lines, nodeSizes);
    }

    /** The size of n printed on one line, or more than maxSize if it does not fit one. */
    abstract int nodeSize(Node n, int maxSize);

    abstract void expr(Expr x);

    abstract void expr0(Expr x, int depth);

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
}
