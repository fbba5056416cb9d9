package dev.chanscope.lang.syntax;

/**
 * Telling {@code type T[P any] ...} (generic) from {@code type T [N]int} (array), after
 * cmd/compile's extractName and isTypeElem: the expression after {@code [} is split into a type
 * parameter name and the start of its constraint when it can only be read that way.
 */
final class TypeParams {

    private TypeParams() {}

    record Split(Expr.Ident name, Expr type) {}

    /**
     * Splits {@code x} (parsed as an expression) into a parameter name and constraint: {@code P}
     * alone, {@code P *C}, {@code P A|B}, {@code P(C)}. With {@code force} (a comma follows) the
     * split is made even when the rest could be a value.
     */
    static Split extractName(Expr x, boolean force) {
        switch (x) {
            case Expr.Ident n -> {
                return new Split(n, null);
            }
            case Expr.Binary b
            when b.op() == Token.MUL -> {
                if (b.x() instanceof Expr.Ident name && (force || isTypeElem(b.y()))) {
                    return new Split(name, new Expr.Star(b.opPos(), b.y()));
                }
            }
            case Expr.Binary b
            when b.op() == Token.OR -> {
                Split s = extractName(b.x(), force || isTypeElem(b.y()));
                if (s.name() != null && s.type() != null) {
                    return new Split(s.name(), new Expr.Binary(s.type(), b.opPos(), Token.OR, b.y()));
                }
            }
            case Expr.Call c -> {
                if (c.fun() instanceof Expr.Ident name
                        && c.args().size() == 1
                        && !c.hasEllipsis()
                        && (force || isTypeElem(c.args().getFirst()))) {
                    return new Split(name, c.args().getFirst());
                }
            }
            default -> {}
        }
        return new Split(null, x);
    }

    /** An array, slice, struct, function, interface, map or channel type written out. */
    static boolean isTypeLiteral(Expr x) {
        return x instanceof Expr.ArrayType
                || x instanceof Expr.StructType
                || x instanceof Expr.FuncType
                || x instanceof Expr.InterfaceType
                || x instanceof Expr.MapType
                || x instanceof Expr.ChanType;
    }

    /** Whether {@code x} can only be a type (element), not a value (cmd/compile's isTypeElem). */
    static boolean isTypeElem(Expr x) {
        if (isTypeLiteral(x)) {
            return true;
        }
        return switch (x) {
            case Expr.Binary b -> isTypeElem(b.x()) || isTypeElem(b.y());
            case Expr.Unary u -> isTypeElem(u.x()) || u.op() == Token.TILDE;
            case Expr.Star s -> isTypeElem(s.x());
            case Expr.Paren p -> isTypeElem(p.x());
            default -> false;
        };
    }
}
