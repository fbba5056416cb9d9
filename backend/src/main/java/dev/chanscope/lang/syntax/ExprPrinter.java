package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Expressions and types as gofmt prints them (go/printer's nodes.go, expression half): binary
 * expressions with blanks decided by precedence depth ({@link BinaryLayout}), calls, literals, slices
 * and selector chains broken across lines.
 */
abstract class ExprPrinter extends ListPrinter {

    static final int LOWEST_PREC = 0;
    static final int UNARY_PREC = 6;
    static final int HIGHEST_PREC = 7;

    ExprPrinter(LineTable lines, IdentityHashMap<Node, Integer> nodeSizes) {
        super(lines, nodeSizes);
    }

    abstract void funcBody(int headerSize, byte sep, Stmt.Block b);

    abstract void fieldList(FieldList fields, boolean isStruct);

    @Override
    final void expr0(Expr x, int depth) {
        expr1(x, LOWEST_PREC, depth);
    }

    @Override
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
