package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Types and signatures, after cmd/compile's parser (typeOrNil, funcType, paramList, structType,
 * interfaceType): pointer, function, array, slice, map, channel, struct and interface types,
 * qualified names, and the type parameters and instantiations of generics (parsed so that the type
 * checker can refuse them by name and position).
 */
abstract class TypeParser extends ParserBase {

    TypeParser(SourceFile file, ErrorList errors) {
        super(file, errors);
    }

    abstract Expr expr();

    abstract boolean typeList(List<Expr> into);

    /** A literal token, or null when the current token is not one. */
    final Expr.BasicLit literal() {
        if (tok.isBasicLit()) {
            Expr.BasicLit b = new Expr.BasicLit(pos, tok, lit);
            next();
            return b;
        }
        return null;
    }

    final Expr type_() {
        Expr t = typeOrNil();
        if (t == null) {
            t = badExpr();
            syntaxError("expecting type");
            advance(Token.COMMA, Token.COLON, Token.SEMICOLON, Token.RPAREN, Token.RBRACK, Token.RBRACE);
        }
        return t;
    }

    final Expr typeOrNil() {
        nest(1);
        Expr t = typeOrNil0();
        unnest(1);
        return t;
    }

    private Expr typeOrNil0() {
        int at = pos;
        switch (tok) {
            case MUL -> {
                next();
                return new Expr.Star(at, type_());
            }
            case ARROW -> {
                next();
                want(Token.CHAN);
                return new Expr.ChanType(at, at, ChanDir.RECV, chanElem());
            }
            case FUNC -> {
                next();
                return funcType("function type", at);
            }
            case LBRACK -> {
                next();
                if (got(Token.RBRACK)) {
                    return new Expr.ArrayType(at, null, type_());
                }
                return arrayType(at, null);
            }
            case CHAN -> {
                next();
                int arrow = SourceFile.NO_POS;
                ChanDir dir = ChanDir.BOTH;
                if (tok == Token.ARROW) {
                    arrow = pos;
                    next();
                    dir = ChanDir.SEND;
                }
                return new Expr.ChanType(at, arrow, dir, chanElem());
            }
            case MAP -> {
                next();
                want(Token.LBRACK);
                Expr key = type_();
                want(Token.RBRACK);
                return new Expr.MapType(at, key, type_());
            }
            case STRUCT -> {
                nest(1);
                Expr t = structType();
                unnest(1);
                return t;
            }
            case INTERFACE -> {
                nest(1);
                Expr t = interfaceType();
                unnest(1);
                return t;
            }
            case IDENT -> {
                return qualifiedName(null);
            }
            case LPAREN -> {
                next();
                Expr t = type_();
                int rparen = expect(Token.RPAREN);
                return new Expr.Paren(at, t, rparen);
            }
            default -> {
                return null;
            }
        }
    }

    final Expr typeInstance(Expr x) {
        int lbrack = pos;
        want(Token.LBRACK);
        List<Expr> args = new ArrayList<>();
        if (tok == Token.RBRACK) {
            syntaxError("expecting type");
            args.add(badExpr());
        } else {
            typeList(args);
        }
        int rbrack = expect(Token.RBRACK);
        return args.size() == 1
                ? new Expr.Index(x, lbrack, args.getFirst(), rbrack)
                : new Expr.IndexList(x, lbrack, args, rbrack);
    }

    /**
     * A signature after {@code func} (or a method name). {@code context} names what may not have type
     * parameters ("function type", "method", "interface method"; empty for a function declaration).
     */
    final Expr.FuncType funcType(String context, int funcPos) {
        FieldList typeParams = null;
        if (tok == Token.LBRACK) {
            int lbrack = pos;
            next();
            if (!context.isEmpty()) {
                syntaxErrorAt(lbrack, context + " must have no type parameters");
            }
            if (tok == Token.RBRACK) {
                syntaxError("empty type parameter list");
                next();
            } else {
                typeParams = paramList(null, null, Token.RBRACK, true, lbrack);
            }
        }
        int lparen = pos;
        want(Token.LPAREN);
        FieldList params = paramList(null, null, Token.RPAREN, false, lparen);
        return new Expr.FuncType(funcPos, typeParams, params, funcResult());
    }

    final Expr arrayType(int lbrack, Expr len) {
        if (len == null) {
            if (tok == Token.ELLIPSIS) {
                len = new Expr.Ellipsis(pos, null);
                next();
            } else {
                xnest++;
                len = expr();
                xnest--;
            }
        }
        if (tok == Token.COMMA) {
            syntaxError("unexpected comma; expecting ]");
            next();
        }
        want(Token.RBRACK);
        return new Expr.ArrayType(lbrack, len, type_());
    }

    private Expr chanElem() {
        Expr t = typeOrNil();
        if (t == null) {
            t = badExpr();
            syntaxError("missing channel element type");
        }
        return t;
    }

    private FieldList funcResult() {
        if (tok == Token.LPAREN) {
            int lparen = pos;
            next();
            return paramList(null, null, Token.RPAREN, false, lparen);
        }
        Expr t = typeOrNil();
        return t == null
                ? null
                : new FieldList(
                        SourceFile.NO_POS, List.of(new Field(null, List.of(), t, null, null)), SourceFile.NO_POS);
    }

    final Expr qualifiedName(Expr.Ident name) {
        Expr x;
        if (name != null) {
            x = name;
        } else if (tok == Token.IDENT) {
            x = name();
        } else {
            x = new Expr.Ident(pos, "_");
            syntaxError("expecting name");
            advance(Token.PERIOD, Token.SEMICOLON, Token.RBRACE);
        }
        if (tok == Token.PERIOD) {
            next();
            x = new Expr.Selector(x, name());
        }
        if (tok == Token.LBRACK) {
            x = typeInstance(x);
        }
        return x;
    }

    // ---- struct and interface types

    private Expr.StructType structType() {
        int at = pos;
        want(Token.STRUCT);
        int lbrace = pos;
        want(Token.LBRACE);
        List<Field> fields = new ArrayList<>();
        FieldBuilder pending = new FieldBuilder();
        int rbrace = list(
                "struct type",
                Token.SEMICOLON,
                Token.RBRACE,
                () -> {
                    pending.start(leadComment);
                    FieldParser.fieldDecl(this, pending);
                    return false;
                },
                () -> pending.finish(lineComment, fields));
        return new Expr.StructType(at, new FieldList(lbrace, fields, rbrace));
    }

    private Expr.InterfaceType interfaceType() {
        int at = pos;
        want(Token.INTERFACE);
        int lbrace = pos;
        want(Token.LBRACE);
        List<Field> methods = new ArrayList<>();
        FieldBuilder pending = new FieldBuilder();
        int rbrace = list(
                "interface type",
                Token.SEMICOLON,
                Token.RBRACE,
                () -> {
                    pending.start(leadComment);
                    if (tok == Token.IDENT) {
                        methodDecl(pending);
                    }
                    if (pending.type == null || pending.names.isEmpty()) {
                        pending.type = embeddedElem(pending.type);
                    }
                    return false;
                },
                () -> pending.finish(lineComment, methods));
        return new Expr.InterfaceType(at, new FieldList(lbrace, methods, rbrace));
    }

    /** A method {@code Name(params) results}, or the start of an embedded element. */
    private void methodDecl(FieldBuilder f) {
        Expr.Ident name = name();
        final String context = "interface method";
        switch (tok) {
            case LPAREN -> {
                f.names.add(name);
                f.type = funcType(context, SourceFile.NO_POS);
            }
            case LBRACK -> {
                int lbrack = pos;
                next();
                if (tok == Token.RBRACK) {
                    int rbrack = pos;
                    next();
                    if (tok == Token.LPAREN) {
                        errorAt(rbrack, "empty type parameter list");
                        f.names.add(name);
                        f.type = funcType(context, SourceFile.NO_POS);
                    } else {
                        errorAt(rbrack, "empty type argument list");
                        f.type = name;
                    }
                    return;
                }
                int[] closing = new int[1];
                List<Param> list = params(null, null, Token.RBRACK, false, lbrack, closing);
                if (list.isEmpty()) {
                    if (tok == Token.LPAREN) {
                        f.names.add(name);
                        f.type = funcType(context, SourceFile.NO_POS);
                    } else {
                        f.type = name;
                    }
                } else if (list.getFirst().name != null) {
                    f.names.add(name);
                    f.type = funcType(context, SourceFile.NO_POS);
                    errorAt(lbrack, "interface method must have no type parameters");
                } else {
                    List<Expr> types = new ArrayList<>();
                    list.forEach(p -> types.add(p.type));
                    int rbrack = closing[0];
                    f.type = types.size() == 1
                            ? new Expr.Index(name, lbrack, types.getFirst(), rbrack)
                            : new Expr.IndexList(name, lbrack, types, rbrack);
                }
            }
            default -> f.type = qualifiedName(name);
        }
    }

    /** A union of terms {@code A | ~B | C} (type sets), starting with {@code first} when given. */
    final Expr embeddedElem(Expr first) {
        Expr x = first != null ? first : embeddedTerm();
        while (tok == Token.OR) {
            int at = pos;
            next();
            x = new Expr.Binary(x, at, Token.OR, embeddedTerm());
        }
        return x;
    }

    private Expr embeddedTerm() {
        if (tok == Token.TILDE) {
            int at = pos;
            next();
            return new Expr.Unary(at, Token.TILDE, type_());
        }
        Expr t = typeOrNil();
        if (t == null) {
            t = badExpr();
            syntaxError("expecting ~ term or type");
            advance(Token.OR, Token.SEMICOLON, Token.RPAREN, Token.RBRACK, Token.RBRACE);
        }
        return t;
    }

    // ---- parameters

    /** A parameter while its list is parsed: cmd/compile's one-name Field. */
    static final class Param {
        Expr.Ident name;
        Expr type;

        Param(Expr.Ident name, Expr type) {
            this.name = name;
            this.type = type;
        }
    }

    /**
     * A parameter, result or type parameter list up to {@code close}, as fields: consecutive names
     * that share one written type form one field ({@code a, b int}), as go/ast has them.
     */
    final FieldList paramList(Expr.Ident name, Expr typ, Token close, boolean requireNames, int opening) {
        int[] closing = {SourceFile.NO_POS};
        List<Param> list = params(name, typ, close, requireNames, opening, closing);
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < list.size(); ) {
            Param p = list.get(i);
            List<Expr.Ident> names = new ArrayList<>();
            int j = i;
            if (p.name != null) {
                while (j < list.size() && list.get(j).name != null && list.get(j).type == p.type) {
                    names.add(list.get(j++).name);
                }
            } else {
                j++;
            }
            fields.add(new Field(null, names, p.type, null, null));
            i = j;
        }
        return new FieldList(opening, fields, closing[0]);
    }

    /** cmd/compile's paramList: the parameters one by one, names distributed over their types. */
    final List<Param> params(Expr.Ident name, Expr typ, Token close, boolean requireNames, int opening, int[] closing) {
        List<Param> list = new ArrayList<>();
        if (name != null && typ != null && tok == close) {
            closing[0] = pos;
            next();
            list.add(new Param(name, typ));
            return list;
        }
        Expr.Ident[] firstName = {name};
        Expr[] firstType = {typ};
        int[] counts = new int[2]; // named, typed
        closing[0] = list("parameter list", Token.COMMA, close, () -> {
            Param par = firstType[0] != null
                    ? new Param(firstName[0], firstType[0])
                    : FieldParser.paramDeclOrNil(this, firstName[0], close);
            firstName[0] = null;
            firstType[0] = null;
            if (par != null) {
                if (par.name != null && par.type != null) {
                    counts[0]++;
                }
                if (par.type != null) {
                    counts[1]++;
                }
                list.add(par);
            }
            return false;
        });
        if (list.isEmpty()) {
            return list;
        }
        int named = counts[0];
        int typed = counts[1];
        if (named == 0 && !requireNames) {
            for (Param par : list) {
                if (par.name != null) {
                    par.type = par.name;
                    par.name = null;
                }
            }
        } else if (named != list.size()) {
            int errPos = SourceFile.NO_POS;
            Expr t = null;
            for (int i = list.size() - 1; i >= 0; i--) {
                Param par = list.get(i);
                if (par.type != null) {
                    t = par.type;
                    if (par.name == null) {
                        errPos = t.pos();
                        par.name = new Expr.Ident(errPos, "_");
                    }
                } else if (t != null) {
                    par.type = t;
                } else {
                    errPos = par.name.pos();
                    par.type = new Expr.Bad(errPos, errPos);
                }
            }
            if (errPos != SourceFile.NO_POS) {
                String msg;
                if (requireNames) {
                    if (named == typed) {
                        errPos = closing[0];
                        msg = "missing type constraint";
                    } else {
                        msg = "type parameters must be named";
                    }
                } else {
                    msg = "mixed named and unnamed parameters";
                }
                syntaxErrorAt(errPos, msg);
            }
        }
        return list;
    }
}
