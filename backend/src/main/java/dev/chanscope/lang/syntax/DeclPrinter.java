package dev.chanscope.lang.syntax;

import java.util.IdentityHashMap;
import java.util.List;

/**
 * Declarations, specs, struct and interface bodies and the file as gofmt prints them (go/printer's
 * nodes.go, declaration half): grouped const and var specs and struct fields in aligned columns
 * (names, types, values, trailing comments), one-line struct and interface types when they were one
 * line and are short, and a blank line between top-level declarations of different kinds.
 */
abstract class DeclPrinter extends StmtPrinter {

    DeclPrinter(LineTable lines, IdentityHashMap<Node, Integer> nodeSizes) {
        super(lines, nodeSizes);
    }

    private static int identListSize(List<Expr.Ident> list, int maxSize) {
        int size = 0;
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                size += 2;
            }
            size += list.get(i).name().codePointCount(0, list.get(i).name().length());
            if (size >= maxSize) {
                break;
            }
        }
        return size;
    }

    private boolean isOneLineFieldList(List<Field> list) {
        if (list.size() != 1) {
            return false;
        }
        Field f = list.getFirst();
        if (f.tag() != null || f.comment() != null) {
            return false;
        }
        final int maxSize = 30;
        int namesSize = identListSize(f.names(), maxSize);
        if (namesSize > 0) {
            namesSize = 1;
        }
        return namesSize + nodeSize(f.type(), maxSize) <= maxSize;
    }

    @Override
    final void fieldList(FieldList fields, boolean isStruct) {
        int lbrace = fields.opening();
        List<Field> list = fields.list();
        int rbrace = fields.closing();
        boolean hasComments = commentBefore(posFor(rbrace));
        boolean srcIsOneLine = lbrace >= 0 && rbrace >= 0 && lineFor(lbrace) == lineFor(rbrace);
        if (!hasComments && srcIsOneLine) {
            if (list.isEmpty()) {
                printPos(lbrace);
                printToken(Token.LBRACE);
                printPos(rbrace);
                printToken(Token.RBRACE);
                return;
            }
            if (isOneLineFieldList(list)) {
                printPos(lbrace);
                printToken(Token.LBRACE);
                printWs(BLANK);
                Field f = list.getFirst();
                if (isStruct) {
                    for (int i = 0; i < f.names().size(); i++) {
                        if (i > 0) {
                            printToken(Token.COMMA);
                            printWs(BLANK);
                        }
                        expr(f.names().get(i));
                    }
                    if (!f.names().isEmpty()) {
                        printWs(BLANK);
                    }
                    expr(f.type());
                } else if (!f.names().isEmpty()) {
                    expr(f.names().getFirst());
                    signature((Expr.FuncType) f.type());
                } else {
                    expr(f.type());
                }
                printWs(BLANK);
                printPos(rbrace);
                printToken(Token.RBRACE);
                return;
            }
        }
        printWs(BLANK);
        printPos(lbrace);
        printToken(Token.LBRACE);
        printWs(INDENT);
        if (hasComments || !list.isEmpty()) {
            printWs(FORMFEED);
        }
        if (isStruct) {
            structFields(list);
        } else {
            interfaceElements(list);
        }
        printWs(UNINDENT);
        printWs(FORMFEED);
        printPos(rbrace);
        printToken(Token.RBRACE);
    }

    private void structFields(List<Field> list) {
        byte sep = list.size() == 1 ? BLANK : VTAB;
        int[] line = {0};
        for (int i = 0; i < list.size(); i++) {
            Field f = list.get(i);
            if (i > 0) {
                linebreak(lineFor(f.pos()), 1, IGNORE, linesFrom(line[0]) > 0);
            }
            int extraTabs;
            setComment(f.doc());
            recordLine(line);
            if (!f.names().isEmpty()) {
                identList(f.names(), false);
                printWs(sep);
                expr(f.type());
                extraTabs = 1;
            } else {
                expr(f.type());
                extraTabs = 2;
            }
            if (f.tag() != null) {
                if (!f.names().isEmpty() && sep == VTAB) {
                    printWs(sep);
                }
                printWs(sep);
                expr(f.tag());
                extraTabs = 0;
            }
            if (f.comment() != null) {
                for (; extraTabs > 0; extraTabs--) {
                    printWs(sep);
                }
                setComment(f.comment());
            }
        }
    }

    private void interfaceElements(List<Field> list) {
        int[] line = {0};
        for (int i = 0; i < list.size(); i++) {
            Field f = list.get(i);
            if (i > 0) {
                linebreak(lineFor(f.pos()), 1, IGNORE, linesFrom(line[0]) > 0);
            }
            setComment(f.doc());
            recordLine(line);
            if (!f.names().isEmpty()) {
                expr(f.names().getFirst());
                signature((Expr.FuncType) f.type());
            } else {
                expr(f.type());
            }
            setComment(f.comment());
        }
    }

    /**
     * For a group of const or var specs: whether each must keep its type column, or may print its
     * values there (a run of specs with values but no types).
     */
    private static boolean[] keepTypeColumn(List<Spec> specs) {
        boolean[] m = new boolean[specs.size()];
        int i0 = -1;
        boolean keepType = false;
        for (int i = 0; i < specs.size(); i++) {
            Spec.ValueSpec t = (Spec.ValueSpec) specs.get(i);
            if (!t.values().isEmpty()) {
                if (i0 < 0) {
                    i0 = i;
                    keepType = false;
                }
            } else if (i0 >= 0) {
                fill(m, i0, i, keepType);
                i0 = -1;
            }
            if (t.type() != null) {
                keepType = true;
            }
        }
        if (i0 >= 0) {
            fill(m, i0, specs.size(), keepType);
        }
        return m;
    }

    private static void fill(boolean[] m, int from, int to, boolean keepType) {
        if (keepType) {
            for (int i = from; i < to; i++) {
                m[i] = true;
            }
        }
    }

    private void valueSpec(Spec.ValueSpec s, boolean keepType) {
        setComment(s.doc());
        identList(s.names(), false);
        int extraTabs = 3;
        if (s.type() != null || keepType) {
            printWs(VTAB);
            extraTabs--;
        }
        if (s.type() != null) {
            expr(s.type());
        }
        if (!s.values().isEmpty()) {
            printWs(VTAB);
            printToken(Token.ASSIGN);
            printWs(BLANK);
            exprList(SourceFile.NO_POS, s.values(), 1, 0, SourceFile.NO_POS);
            extraTabs--;
        }
        if (s.comment() != null) {
            for (; extraTabs > 0; extraTabs--) {
                printWs(VTAB);
            }
            setComment(s.comment());
        }
    }

    final void spec(Spec spec, int n, boolean doIndent) {
        switch (spec) {
            case Spec.ImportSpec s -> {
                setComment(s.doc());
                if (s.name() != null) {
                    expr(s.name());
                    printWs(BLANK);
                }
                expr(ImportPaths.sanitize(s.path()));
                setComment(s.comment());
                printPos(s.endPos());
            }
            case Spec.ValueSpec s -> {
                setComment(s.doc());
                identList(s.names(), doIndent);
                if (s.type() != null) {
                    printWs(BLANK);
                    expr(s.type());
                }
                if (!s.values().isEmpty()) {
                    printWs(BLANK);
                    printToken(Token.ASSIGN);
                    printWs(BLANK);
                    exprList(SourceFile.NO_POS, s.values(), 1, 0, SourceFile.NO_POS);
                }
                setComment(s.comment());
            }
            case Spec.TypeSpec s -> {
                setComment(s.doc());
                expr(s.name());
                if (s.typeParams() != null) {
                    parameters(s.typeParams(), true, true);
                }
                printWs(n == 1 ? BLANK : VTAB);
                if (s.isAlias()) {
                    printToken(Token.ASSIGN);
                    printWs(BLANK);
                }
                expr(s.type());
                setComment(s.comment());
            }
        }
    }

    private void genDecl(Decl.GenDecl d) {
        setComment(d.doc());
        printPos(d.pos());
        printToken(d.tok());
        printWs(BLANK);
        if (d.grouped() || d.specs().size() > 1) {
            printPos(d.lparen());
            printToken(Token.LPAREN);
            int n = d.specs().size();
            if (n > 0) {
                printWs(INDENT);
                printWs(FORMFEED);
                int[] line = {0};
                boolean[] keepType =
                        n > 1 && (d.tok() == Token.CONST || d.tok() == Token.VAR) ? keepTypeColumn(d.specs()) : null;
                for (int i = 0; i < n; i++) {
                    Spec s = d.specs().get(i);
                    if (i > 0) {
                        linebreak(lineFor(s.pos()), 1, IGNORE, linesFrom(line[0]) > 0);
                    }
                    recordLine(line);
                    if (keepType != null) {
                        valueSpec((Spec.ValueSpec) s, keepType[i]);
                    } else {
                        spec(s, n, false);
                    }
                }
                printWs(UNINDENT);
                printWs(FORMFEED);
            }
            printPos(d.rparen());
            printToken(Token.RPAREN);
        } else if (!d.specs().isEmpty()) {
            spec(d.specs().getFirst(), 1, true);
        }
    }

    private void funcDecl(Decl.FuncDecl d) {
        setComment(d.doc());
        printPos(d.pos());
        printToken(Token.FUNC);
        printWs(BLANK);
        int startCol = outColumn - "func ".length();
        if (d.recv() != null) {
            parameters(d.recv(), false, false);
            printWs(BLANK);
        }
        expr(d.name());
        signature(d.type());
        funcBody(distanceFrom(d.pos(), startCol), VTAB, d.body());
    }

    @Override
    final void decl(Decl d) {
        switch (d) {
            case Decl.GenDecl g -> genDecl(g);
            case Decl.FuncDecl f -> funcDecl(f);
            case Decl.Bad b -> throw new IllegalStateException("cannot format a bad declaration");
        }
    }

    private static Token declToken(Decl d) {
        return switch (d) {
            case Decl.GenDecl g -> g.tok();
            case Decl.FuncDecl f -> Token.FUNC;
            case Decl.Bad b -> Token.ILLEGAL;
        };
    }

    private static CommentGroup doc(Decl d) {
        return switch (d) {
            case Decl.GenDecl g -> g.doc();
            case Decl.FuncDecl f -> f.doc();
            case Decl.Bad b -> null;
        };
    }

    private int numLines(Node n) {
        int from = n.pos();
        int to = n.end();
        if (from >= 0 && to >= 0) {
            return lineFor(to) - lineFor(from) + 1;
        }
        return INFINITY;
    }

    final void declList(List<Decl> list) {
        Token tok = Token.ILLEGAL;
        for (Decl d : list) {
            Token prev = tok;
            tok = declToken(d);
            if (output.size() > 0) {
                int min = prev != tok || doc(d) != null ? 2 : 1;
                linebreak(lineFor(d.pos()), min, IGNORE, tok == Token.FUNC && numLines(d) > 1);
            }
            decl(d);
        }
    }

    final void file(GoFile src) {
        setComment(src.doc());
        printPos(src.pos());
        printToken(Token.PACKAGE);
        printWs(BLANK);
        expr(src.name());
        declList(src.decls());
        printWs(NEWLINE);
    }
}
