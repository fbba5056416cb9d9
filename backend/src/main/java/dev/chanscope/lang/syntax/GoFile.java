package dev.chanscope.lang.syntax;

import java.util.List;

/**
 * A parsed source file: the package clause, its declarations (imports first), the import specs in
 * order, and every comment of the file grouped as go/parser groups them.
 */
public record GoFile(
        SourceFile source,
        CommentGroup doc,
        int packagePos,
        Expr.Ident name,
        List<Decl> decls,
        List<Spec.ImportSpec> imports,
        List<CommentGroup> comments)
        implements Node {

    public GoFile {
        decls = List.copyOf(decls);
        imports = List.copyOf(imports);
        comments = List.copyOf(comments);
    }

    @Override
    public int pos() {
        return packagePos;
    }

    @Override
    public int end() {
        return decls.isEmpty() ? name.end() : decls.getLast().end();
    }
}
