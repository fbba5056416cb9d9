package dev.chanscope.lang.syntax;

/**
 * Where gofmt puts blanks in a binary expression (go/printer's binaryExpr and cutoff): comparison
 * and logical operators always get them; {@code + - | ^} (level 4) and {@code * / % << >> & &^}
 * (level 5) get them unless the expression mixes the two levels, in which case only the looser
 * level does ({@code a*b + c}), and nested deeper than the top they get none. An operand that would
 * fuse with its operator ({@code a / *p}, {@code a & &b}, {@code a - -b}) forces blanks.
 */
final class BinaryLayout {

    private BinaryLayout() {}

    private record Walk(boolean has4, boolean has5, int maxProblem) {}

    private static Walk walk(Expr.Binary e) {
        int prec = e.op().precedence();
        boolean has4 = prec == 4;
        boolean has5 = prec == 5;
        int maxProblem = 0;
        if (e.x() instanceof Expr.Binary l && l.op().precedence() >= prec) {
            Walk w = walk(l);
            has4 |= w.has4;
            has5 |= w.has5;
            maxProblem = Math.max(maxProblem, w.maxProblem);
        }
        switch (e.y()) {
            case Expr.Binary r -> {
                if (r.op().precedence() > prec) {
                    Walk w = walk(r);
                    has4 |= w.has4;
                    has5 |= w.has5;
                    maxProblem = Math.max(maxProblem, w.maxProblem);
                }
            }
            case Expr.Star s -> {
                if (e.op() == Token.QUO) {
                    maxProblem = 5; // a /*p
                }
            }
            case Expr.Unary u -> {
                switch (e.op().text() + u.op().text()) {
                    case "/*", "&&", "&^" -> maxProblem = 5;
                    case "++", "--" -> maxProblem = Math.max(maxProblem, 4);
                    default -> {}
                }
            }
            default -> {}
        }
        return new Walk(has4, has5, maxProblem);
    }

    static int cutoff(Expr.Binary e, int depth) {
        Walk w = walk(e);
        if (w.maxProblem > 0) {
            return w.maxProblem + 1;
        }
        if (w.has4 && w.has5) {
            return depth == 1 ? 5 : 4;
        }
        return depth == 1 ? 6 : 4;
    }

    private static int diffPrec(Expr x, int prec) {
        return x instanceof Expr.Binary b && b.op().precedence() == prec ? 0 : 1;
    }

    static void print(ExprPrinter p, Expr.Binary x, int prec1, int depth) {
        print(p, x, prec1, cutoff(x, depth), depth);
    }

    private static void print(ExprPrinter p, Expr.Binary x, int prec1, int cutoff, int depth) {
        int prec = x.op().precedence();
        if (prec < prec1) {
            p.printToken(Token.LPAREN);
            p.expr0(x, ExprPrinter.reduceDepth(depth));
            p.printToken(Token.RPAREN);
            return;
        }
        boolean printBlank = prec < cutoff;
        byte ws = PrinterCore.INDENT;
        p.expr1(x.x(), prec, depth + diffPrec(x.x(), prec));
        if (printBlank) {
            p.printWs(PrinterCore.BLANK);
        }
        int xline = p.posLine; // before the operator, which may be on the next line
        int yline = p.lineFor(x.y().pos());
        p.printPos(x.opPos());
        p.printToken(x.op());
        if (xline != yline && xline > 0 && yline > 0) {
            if (p.linebreak(yline, 1, ws, true) > 0) {
                ws = PrinterCore.IGNORE;
                printBlank = false;
            }
        }
        if (printBlank) {
            p.printWs(PrinterCore.BLANK);
        }
        p.expr1(x.y(), prec + 1, depth + 1);
        if (ws == PrinterCore.IGNORE) {
            p.printWs(PrinterCore.UNINDENT);
        }
    }
}
