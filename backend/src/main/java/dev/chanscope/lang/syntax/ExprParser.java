package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Expressions, after cmd/compile's parser (binaryExpr, unaryExpr, operand, pexpr, complitexpr):
 * precedence climbing over Go's five binary levels, primary expressions with selectors, index and
 * slice expressions, type assertions, calls and composite literals.
 *
 * <p>The {@code T{} } ambiguity in statement headers ({@code if x == T{} {}}) is resolved as Go
 * does: {@link #xnest} is -1 while parsing a header, where a composite literal of a bare type name
 * is not accepted unless it is inside parentheses, brackets or a call.
 */
abstract class ExprParser extends TypeParser {

    ExprParser(SourceFile file, ErrorList errors) {
        super(file, errors);
    }

    final Expr expr() {
        nest(1);
        Expr x = binaryExpr(null, 0);
        unnest(1);
        return x;
    }

    final Expr binaryExpr(Expr x, int prec) {
        if (x == null) {
            x = unaryExpr();
        }
        int levels = 0;
        while (tok.precedence() > prec) {
            int at = pos;
            Token op = tok;
            next();
            nest(1);
            levels++;
            x = new Expr.Binary(x, at, op, binaryExpr(null, op.precedence()));
        }
        unnest(levels);
        return x;
    }

    final Expr unaryExpr() {
        int at = pos;
        switch (tok) {
            case MUL -> {
                next();
                return new Expr.Star(at, nestedUnary());
            }
            case ADD, SUB, NOT, XOR, TILDE, AND -> {
                Token op = tok;
                next();
                return new Expr.Unary(at, op, nestedUnary());
            }
            case ARROW -> {
                next();
                Expr x = nestedUnary();
                if (x instanceof Expr.ChanType c) {
                    return receiveChannel(at, c);
                }
                return new Expr.Unary(at, Token.ARROW, x);
            }
            default -> {
                return pexpr(null, true);
            }
        }
    }

    private Expr nestedUnary() {
        nest(1);
        Expr x = unaryExpr();
        unnest(1);
        return x;
    }

    /**
     * {@code <-} followed by a channel type: the arrow makes the type receive-only, moving to the
     * element type while that was send-only ({@code <-chan<- chan int} is not {@code <-chan (<-chan
     * int)}), so that {@code <-chan <-chan int} reads as {@code <-chan (<-chan int)}.
     */
    private Expr receiveChannel(int arrow, Expr.ChanType c) {
        if (c.dir() == ChanDir.RECV) {
            syntaxError("unexpected <-, expecting chan");
        }
        Expr value = c.value();
        if (c.dir() == ChanDir.SEND) {
            if (value instanceof Expr.ChanType inner) {
                value = receiveChannel(c.arrow(), inner);
            } else {
                syntaxError("unexpected " + ExprString.of(value) + ", expecting chan");
            }
        }
        return new Expr.ChanType(arrow, arrow, ChanDir.RECV, value);
    }

    final Expr operand() {
        switch (tok) {
            case IDENT -> {
                return name();
            }
            case INT, FLOAT, IMAG, CHAR, STRING -> {
                return literal();
            }
            case LPAREN -> {
                int lparen = pos;
                next();
                xnest++;
                nest(1); // parentheses cost the parser the most stack per level
                Expr x = expr();
                unnest(1);
                xnest--;
                int rparen = expect(Token.RPAREN);
                return new Expr.Paren(lparen, x, rparen);
            }
            case FUNC -> {
                int at = pos;
                next();
                Expr.FuncType ftyp = funcType("function type", at);
                if (tok == Token.LBRACE) {
                    xnest++;
                    Stmt.Block body = funcBody();
                    xnest--;
                    return new Expr.FuncLit(ftyp, body);
                }
                return ftyp;
            }
            case LBRACK, CHAN, MAP, STRUCT, INTERFACE -> {
                return type_();
            }
            default -> {
                Expr x = badExpr();
                syntaxError("expecting expression");
                advance(Token.RPAREN, Token.RBRACK, Token.RBRACE);
                return x;
            }
        }
    }

    /** A primary expression: an operand (or {@code x}) followed by selectors, indexes, calls, literals. */
    final Expr pexpr(Expr x, boolean keepParens) {
        if (x == null) {
            x = operand();
        }
        int levels = 0;
        while (true) {
            if (tok == Token.PERIOD || tok == Token.LBRACK || tok == Token.LPAREN || tok == Token.LBRACE) {
                nest(1);
                levels++;
            }
            switch (tok) {
                case PERIOD -> x = selectorOrAssertion(x);
                case LBRACK -> x = indexOrSlice(x);
                case LPAREN -> x = call(x);
                case LBRACE -> {
                    Expr t = unparen(x);
                    boolean complitOk = switch (t) {
                        case Expr.Ident i -> xnest >= 0;
                        case Expr.Selector s -> xnest >= 0;
                        case Expr.Index i -> xnest >= 0 && !isValue(t);
                        case Expr.IndexList i -> xnest >= 0 && !isValue(t);
                        case Expr.ArrayType a -> true;
                        case Expr.StructType s -> true;
                        case Expr.MapType m -> true;
                        default -> false;
                    };
                    if (!complitOk) {
                        unnest(levels);
                        return x;
                    }
                    if (t != x) {
                        syntaxError("cannot parenthesize type in composite literal");
                    }
                    x = complitexpr(x);
                }
                default -> {
                    unnest(levels);
                    return x;
                }
            }
        }
    }

    private Expr selectorOrAssertion(Expr x) {
        next();
        if (tok == Token.IDENT) {
            return new Expr.Selector(x, name());
        }
        if (tok == Token.LPAREN) {
            int lparen = pos;
            next();
            Expr type = got(Token.TYPE) ? null : type_();
            int rparen = expect(Token.RPAREN);
            return new Expr.TypeAssert(x, lparen, type, rparen);
        }
        syntaxError("expecting name or (");
        advance(Token.SEMICOLON, Token.RPAREN);
        return x;
    }

    private Expr indexOrSlice(Expr x) {
        int lbrack = pos;
        next();
        if (tok == Token.RBRACK) {
            syntaxError("expecting operand");
            next();
            return x;
        }
        Expr low = null;
        if (tok != Token.COLON) {
            List<Expr> list = new ArrayList<>();
            boolean comma = typeList(list);
            if (comma || tok == Token.RBRACK) {
                int rbrack = expect(Token.RBRACK);
                return list.size() == 1
                        ? new Expr.Index(x, lbrack, list.getFirst(), rbrack)
                        : new Expr.IndexList(x, lbrack, list, rbrack);
            }
            low = list.getFirst();
        }
        if (!got(Token.COLON)) {
            syntaxError("expecting comma, : or ]");
            advance(Token.COMMA, Token.COLON, Token.RBRACK);
        }
        xnest++;
        Expr high = null;
        Expr max = null;
        boolean slice3 = false;
        if (tok != Token.COLON && tok != Token.RBRACK) {
            high = expr();
        }
        if (tok == Token.COLON) {
            slice3 = true;
            if (high == null) {
                error("middle index required in 3-index slice");
                high = badExpr();
            }
            next();
            if (tok != Token.RBRACK) {
                max = expr();
            } else {
                error("final index required in 3-index slice");
                max = badExpr();
            }
        }
        xnest--;
        int rbrack = expect(Token.RBRACK);
        return new Expr.Slice(x, lbrack, low, high, max, slice3, rbrack);
    }

    private Expr call(Expr fun) {
        int lparen = pos;
        next();
        List<Expr> args = new ArrayList<>();
        int[] dots = {SourceFile.NO_POS};
        xnest++;
        int rparen = list("argument list", Token.COMMA, Token.RPAREN, () -> {
            args.add(expr());
            if (tok == Token.ELLIPSIS) {
                dots[0] = pos;
                next();
                return true;
            }
            return false;
        });
        xnest--;
        return new Expr.Call(fun, lparen, args, dots[0], rparen);
    }

    /** Whether {@code x} is certainly a value, not a type (so {@code x[i]{...}} is no literal). */
    static boolean isValue(Expr x) {
        return switch (x) {
            case Expr.BasicLit l -> true;
            case Expr.CompositeLit l -> true;
            case Expr.FuncLit l -> true;
            case Expr.Slice s -> true;
            case Expr.TypeAssert a -> true;
            case Expr.Call c -> true;
            case Expr.Unary u -> true;
            case Expr.Binary b -> true;
            case Expr.Paren p -> isValue(p.x());
            case Expr.Index i -> isValue(i.x()) || isValue(i.index());
            case Expr.IndexList i -> isValue(i.x());
            default -> false;
        };
    }

    /** An element of a composite literal: a nested literal with its type elided, or an expression. */
    private Expr bareComplitexpr() {
        if (tok == Token.LBRACE) {
            return complitexpr(null);
        }
        return expr();
    }

    final Expr.CompositeLit complitexpr(Expr type) {
        nest(1);
        Expr.CompositeLit x = complitexpr0(type);
        unnest(1);
        return x;
    }

    private Expr.CompositeLit complitexpr0(Expr type) {
        int lbrace = pos;
        xnest++;
        want(Token.LBRACE);
        List<Expr> elts = new ArrayList<>();
        int rbrace = list("composite literal", Token.COMMA, Token.RBRACE, () -> {
            Expr e = bareComplitexpr();
            if (tok == Token.COLON) {
                int colon = pos;
                next();
                e = new Expr.KeyValue(e, colon, bareComplitexpr());
            }
            elts.add(e);
            return false;
        });
        xnest--;
        return new Expr.CompositeLit(type, lbrace, elts, rbrace);
    }

    final List<Expr> exprList() {
        List<Expr> list = new ArrayList<>();
        list.add(expr());
        while (got(Token.COMMA)) {
            list.add(expr());
        }
        return list;
    }

    /**
     * An expression followed by an optional comma and more types (the index of {@code x[i]} or type
     * arguments {@code x[A, B]}); returns whether a comma was seen.
     */
    final boolean typeList(List<Expr> into) {
        xnest++;
        into.add(expr());
        boolean comma = false;
        if (got(Token.COMMA)) {
            comma = true;
            Expr t = typeOrNil();
            if (t != null) {
                into.add(t);
                while (got(Token.COMMA)) {
                    t = typeOrNil();
                    if (t == null) {
                        break;
                    }
                    into.add(t);
                }
            }
        }
        xnest--;
        return comma;
    }

    static Expr unparen(Expr x) {
        while (x instanceof Expr.Paren p) {
            x = p.x();
        }
        return x;
    }

    /** The body of a function or function literal; parsed by the statement layer. */
    abstract Stmt.Block funcBody();
}
