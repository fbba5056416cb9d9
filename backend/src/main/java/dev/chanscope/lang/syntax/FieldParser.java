package dev.chanscope.lang.syntax;

/**
 * The element parsers of field and parameter lists, after cmd/compile's fieldDecl, paramDeclOrNil
 * and arrayOrTArgs: where a name may start an embedded type, an array type, a type instantiation
 * or a named field, one token of lookahead decides.
 */
final class FieldParser {

    private FieldParser() {}

    /** A struct field: {@code a, b T "tag"}, an embedded {@code T}, {@code *T}, {@code pkg.T}. */
    static void fieldDecl(TypeParser p, FieldBuilder f) {
        int at = p.pos;
        switch (p.tok) {
            case IDENT -> {
                Expr.Ident name = p.name();
                if (p.tok == Token.PERIOD || p.tok.isBasicLit() || p.tok == Token.SEMICOLON || p.tok == Token.RBRACE) {
                    f.type = p.qualifiedName(name); // embedded type
                    f.tag = p.literal();
                    return;
                }
                f.names.addAll(p.nameList(name));
                if (f.names.size() == 1 && p.tok == Token.LBRACK) {
                    Expr t = arrayOrTArgs(p);
                    if (t instanceof Expr.Index i && i.x() == null) {
                        f.names.clear(); // an embedded instantiated type
                        f.type = new Expr.Index(name, i.lbrack(), i.index(), i.rbrack());
                    } else if (t instanceof Expr.IndexList i && i.x() == null) {
                        f.names.clear();
                        f.type = new Expr.IndexList(name, i.lbrack(), i.indices(), i.rbrack());
                    } else {
                        f.type = t;
                    }
                } else {
                    f.type = p.type_();
                }
                f.tag = p.literal();
            }
            case MUL -> {
                p.next();
                Expr t;
                if (p.tok == Token.LPAREN) {
                    p.syntaxError("cannot parenthesize embedded type");
                    p.next();
                    t = p.qualifiedName(null);
                    p.got(Token.RPAREN);
                } else {
                    t = p.qualifiedName(null);
                }
                f.tag = p.literal();
                f.type = new Expr.Star(at, t);
            }
            case LPAREN -> {
                p.syntaxError("cannot parenthesize embedded type");
                p.next();
                Expr t;
                if (p.tok == Token.MUL) {
                    int star = p.pos;
                    p.next();
                    t = new Expr.Star(star, p.qualifiedName(null));
                } else {
                    t = p.qualifiedName(null);
                }
                p.got(Token.RPAREN);
                f.tag = p.literal();
                f.type = t;
            }
            default -> {
                p.syntaxError("expecting field name or embedded type");
                p.advance(Token.SEMICOLON, Token.RBRACE);
            }
        }
    }

    /**
     * After a name, {@code [}: an array or slice type, or type arguments, returned as an {@link
     * Expr.Index} or {@link Expr.IndexList} whose {@code x} is null (the caller knows the name).
     */
    static Expr arrayOrTArgs(TypeParser p) {
        int lbrack = p.pos;
        p.want(Token.LBRACK);
        if (p.got(Token.RBRACK)) {
            return new Expr.ArrayType(lbrack, null, p.type_());
        }
        java.util.List<Expr> args = new java.util.ArrayList<>();
        boolean comma = p.typeList(args);
        int rbrack = p.expect(Token.RBRACK);
        if (!comma) {
            Expr elem = p.typeOrNil();
            if (elem != null) {
                return new Expr.ArrayType(lbrack, args.getFirst(), elem);
            }
        }
        return args.size() == 1
                ? new Expr.Index(null, lbrack, args.getFirst(), rbrack)
                : new Expr.IndexList(null, lbrack, args, rbrack);
    }

    /**
     * One parameter: {@code name T}, {@code T}, {@code name ...T}, or (in a type parameter list,
     * {@code follow} being {@code ]}) a constraint union; null after an error.
     */
    static TypeParser.Param paramDeclOrNil(TypeParser p, Expr.Ident name, Token follow) {
        boolean typeSetsOk = follow == Token.RBRACK;
        if (name == null && typeSetsOk && p.tok == Token.TILDE) {
            return new TypeParser.Param(null, p.embeddedElem(null));
        }
        TypeParser.Param f = new TypeParser.Param(null, null);
        if (p.tok == Token.IDENT || name != null) {
            if (name == null) {
                name = p.name();
            }
            if (p.tok == Token.LBRACK) {
                Expr t = arrayOrTArgs(p);
                if (t instanceof Expr.Index i && i.x() == null) {
                    f.type = new Expr.Index(name, i.lbrack(), i.index(), i.rbrack());
                } else if (t instanceof Expr.IndexList i && i.x() == null) {
                    f.type = new Expr.IndexList(name, i.lbrack(), i.indices(), i.rbrack());
                } else {
                    f.name = name;
                    f.type = t;
                }
                if (typeSetsOk && p.tok == Token.OR) {
                    f.type = p.embeddedElem(f.type);
                }
                return f;
            }
            if (p.tok == Token.PERIOD) {
                f.type = p.qualifiedName(name);
                if (typeSetsOk && p.tok == Token.OR) {
                    f.type = p.embeddedElem(f.type);
                }
                return f;
            }
            if (typeSetsOk && p.tok == Token.OR) {
                f.type = p.embeddedElem(name);
                return f;
            }
            f.name = name;
        }
        if (p.tok == Token.ELLIPSIS) {
            int at = p.pos;
            p.next();
            Expr elt = p.typeOrNil();
            if (elt == null) {
                elt = p.badExpr();
                p.syntaxError("... is missing type");
            }
            f.type = new Expr.Ellipsis(at, elt);
            return f;
        }
        if (typeSetsOk && p.tok == Token.TILDE) {
            f.type = p.embeddedElem(null);
            return f;
        }
        f.type = p.typeOrNil();
        if (typeSetsOk && p.tok == Token.OR && f.type != null) {
            f.type = p.embeddedElem(f.type);
        }
        if (f.name != null || f.type != null) {
            return f;
        }
        p.syntaxError("expecting " + ParserBase.tokstring(follow));
        p.advance(Token.COMMA, follow);
        return null;
    }
}
