package dev.chanscope.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Parses a Go source file into a {@link GoFile}: a recursive-descent parser after cmd/compile's
 * syntax package, whose error messages, positions and recovery it reproduces, building a tree
 * shaped after go/ast (see {@link Node}).
 *
 * <p>The parser never throws on any input: every problem is an error in the {@link ErrorList}.
 * Like cmd/compile, it also checks labels and branch statements ({@link Branches}). A caller
 * type-checks the file only when {@link ErrorList#syntaxErrors()} is zero, as cmd/compile does.
 */
public final class Parser extends ControlParser {

    private Parser(SourceFile file, ErrorList errors, boolean checkBranches) {
        super(file, errors, checkBranches);
    }

    /**
     * Parses {@code file}, reporting into {@code errors}. Returns null when Go would stop before type
     * checking whatever else it found: the package clause is broken, or the error limit was reached.
     */
    public static GoFile parse(SourceFile file, ErrorList errors) {
        return parse(file, errors, true);
    }

    /**
     * As {@link #parse(SourceFile, ErrorList)}; without {@code checkBranches} the labels and branch
     * statements are not checked (gofmt formats a program with an unused label).
     */
    public static GoFile parse(SourceFile file, ErrorList errors, boolean checkBranches) {
        Parser p = new Parser(file, errors, checkBranches);
        try {
            p.next();
            return p.file();
        } catch (Stop stop) {
            return null;
        }
    }

    /** Parses {@code text} as {@code prog.go}. */
    public static ParseResult parse(String text) {
        SourceFile file = SourceFile.of(text);
        ErrorList errors = new ErrorList(file);
        return new ParseResult(parse(file, errors), errors);
    }

    private GoFile file() {
        int packagePos = pos;
        CommentGroup doc = leadComment;
        if (!got(Token.PACKAGE)) {
            syntaxError("package statement must be first");
            return null;
        }
        Expr.Ident name = name();
        want(Token.SEMICOLON);
        if (!errors.isEmpty()) {
            return null;
        }
        List<Decl> decls = new ArrayList<>();
        while (tok == Token.IMPORT) {
            int at = pos;
            CommentGroup importDoc = leadComment;
            next();
            Function<CommentGroup, Decl.GenDecl> d = genDecl(Token.IMPORT, at, importDoc);
            want(Token.SEMICOLON);
            decls.add(d.apply(lineComment));
        }
        while (tok != Token.EOF) {
            int at = pos;
            CommentGroup declDoc = leadComment;
            Function<CommentGroup, ? extends Decl> d;
            switch (tok) {
                case CONST, TYPE, VAR -> {
                    Token keyword = tok;
                    next();
                    d = genDecl(keyword, at, declDoc);
                }
                case FUNC -> {
                    next();
                    Decl.FuncDecl f = funcDeclOrNil(declDoc, at);
                    d = f == null ? null : c -> f;
                }
                default -> {
                    if (tok == Token.LBRACE
                            && !decls.isEmpty()
                            && decls.getLast() instanceof Decl.FuncDecl f
                            && f.body() == null) {
                        syntaxError("unexpected semicolon or newline before {");
                    } else {
                        syntaxError("non-declaration statement outside function body");
                    }
                    advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
                    continue;
                }
            }
            if (tok != Token.EOF && !got(Token.SEMICOLON)) {
                syntaxError("after top level declaration");
                advance(Token.CONST, Token.TYPE, Token.VAR, Token.FUNC);
            }
            if (d != null) {
                decls.add(d.apply(lineComment));
            }
        }
        groupRemainingComments();
        List<Spec.ImportSpec> imports = new ArrayList<>();
        for (Decl d : decls) {
            if (d instanceof Decl.GenDecl g && g.tok() == Token.IMPORT) {
                g.specs().forEach(s -> imports.add((Spec.ImportSpec) s));
            }
        }
        return new GoFile(file, doc, packagePos, name, decls, imports, commentGroups);
    }

    // ---- declarations

    @Override
    Function<CommentGroup, Decl.GenDecl> genDecl(Token keyword, int tokPos, CommentGroup doc) {
        if (tok == Token.LPAREN) {
            int lparen = pos;
            next();
            List<Spec> specs = new ArrayList<>();
            List<Function<CommentGroup, Spec>> pending = new ArrayList<>(1);
            int rparen = list(
                    "grouped declaration",
                    Token.SEMICOLON,
                    Token.RPAREN,
                    () -> {
                        pending.clear();
                        Function<CommentGroup, Spec> s = spec(keyword, leadComment);
                        if (s != null) {
                            pending.add(s);
                        }
                        return false;
                    },
                    () -> {
                        if (!pending.isEmpty()) {
                            specs.add(pending.getFirst().apply(lineComment));
                            pending.clear();
                        }
                    });
            Decl.GenDecl d = new Decl.GenDecl(doc, tokPos, keyword, lparen, specs, rparen);
            return c -> d;
        }
        Function<CommentGroup, Spec> s = spec(keyword, null);
        return c -> new Decl.GenDecl(
                doc,
                tokPos,
                keyword,
                SourceFile.NO_POS,
                s == null ? List.of() : List.of(s.apply(c)),
                SourceFile.NO_POS);
    }

    /** One spec; the returned function makes it once its trailing line comment is known. */
    private Function<CommentGroup, Spec> spec(Token keyword, CommentGroup doc) {
        return switch (keyword) {
            case IMPORT -> importSpec(doc);
            case CONST -> constSpec(doc);
            case TYPE -> typeSpec(doc);
            default -> varSpec(doc);
        };
    }

    private Function<CommentGroup, Spec> importSpec(CommentGroup doc) {
        Expr.Ident name = null;
        if (tok == Token.IDENT) {
            name = name();
        } else if (tok == Token.PERIOD) {
            name = new Expr.Ident(pos, ".");
            next();
        }
        boolean wasBad = bad;
        Expr.BasicLit path = literal();
        if (path == null) {
            syntaxError("missing import path");
            advance(Token.SEMICOLON, Token.RPAREN);
            return null;
        }
        if (!wasBad && path.kind() != Token.STRING) {
            syntaxError("import path must be a string");
        }
        Expr.Ident n = name;
        return c -> new Spec.ImportSpec(doc, n, path, c, SourceFile.NO_POS);
    }

    private Function<CommentGroup, Spec> constSpec(CommentGroup doc) {
        List<Expr.Ident> names = nameList(name());
        Expr type = null;
        List<Expr> values = List.of();
        if (tok != Token.EOF && tok != Token.SEMICOLON && tok != Token.RPAREN) {
            type = typeOrNil();
            if (gotAssign()) {
                values = exprList();
            }
        }
        Expr t = type;
        List<Expr> v = values;
        return c -> new Spec.ValueSpec(doc, names, t, v, c);
    }

    private Function<CommentGroup, Spec> varSpec(CommentGroup doc) {
        List<Expr.Ident> names = nameList(name());
        Expr type = null;
        List<Expr> values = List.of();
        if (gotAssign()) {
            values = exprList();
        } else {
            type = type_();
            if (gotAssign()) {
                values = exprList();
            }
        }
        Expr t = type;
        List<Expr> v = values;
        return c -> new Spec.ValueSpec(doc, names, t, v, c);
    }

    private Function<CommentGroup, Spec> typeSpec(CommentGroup doc) {
        Expr.Ident name = name();
        FieldList typeParams = null;
        int assign = SourceFile.NO_POS;
        Expr type;
        if (tok == Token.LBRACK) {
            int lbrack = pos;
            next();
            switch (tok) {
                case IDENT -> {
                    Expr x = name();
                    if (tok != Token.LBRACK) {
                        xnest++;
                        x = binaryExpr(pexpr(x, false), 0);
                        xnest--;
                    }
                    TypeParams.Split split = TypeParams.extractName(x, tok == Token.COMMA);
                    if (split.name() != null && (split.type() != null || tok != Token.RBRACK)) {
                        typeParams = paramList(split.name(), split.type(), Token.RBRACK, true, lbrack);
                        int at = pos;
                        if (gotAssign()) {
                            assign = at;
                        }
                        type = typeOrNil();
                    } else {
                        type = arrayType(lbrack, x);
                    }
                }
                case RBRACK -> {
                    next();
                    type = new Expr.ArrayType(lbrack, null, type_());
                }
                default -> type = arrayType(lbrack, null);
            }
        } else {
            int at = pos;
            if (gotAssign()) {
                assign = at;
            }
            type = typeOrNil();
        }
        if (type == null) {
            type = badExpr();
            syntaxError("in type declaration");
            advance(Token.SEMICOLON, Token.RPAREN);
        }
        Expr t = type;
        FieldList tp = typeParams;
        int a = assign;
        return c -> new Spec.TypeSpec(doc, name, tp, a, t, c);
    }

    private Decl.FuncDecl funcDeclOrNil(CommentGroup doc, int funcPos) {
        FieldList recv = null;
        if (tok == Token.LPAREN) {
            int lparen = pos;
            next();
            recv = paramList(null, null, Token.RPAREN, false, lparen);
            switch (recv.numFields()) {
                case 0 -> error("method has no receiver");
                case 1 -> {}
                default -> error("method has multiple receivers");
            }
        }
        if (tok != Token.IDENT) {
            syntaxError("expecting name or (");
            advance(Token.LBRACE, Token.SEMICOLON);
            return null;
        }
        Expr.Ident name = name();
        Expr.FuncType type = funcType(recv != null ? "method" : "", funcPos);
        Stmt.Block body = tok == Token.LBRACE ? funcBody() : null;
        return new Decl.FuncDecl(doc, recv, name, type, body);
    }
}
