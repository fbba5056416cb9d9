package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Decl;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Spec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a package-level object was declared, and the package-level objects its declaration refers to
 * (for initialization order). {@code lhs} lists every variable of {@code var a, b = f()} (one
 * initializer for several variables); it is null when each variable has its own.
 */
final class DeclInfo {

    final Scope fileScope;
    final List<Var> lhs;
    final Expr type;
    final Expr init;
    final boolean inherited;
    final int iota;
    final Spec.TypeSpec typeSpec;
    final Decl.FuncDecl funcDecl;
    final Set<Obj> deps = new LinkedHashSet<>();
    /** Colour for cycle detection while checking package-level objects. */
    int state;

    static final int WHITE = 0;
    static final int GREY = 1;
    static final int BLACK = 2;

    DeclInfo(
            Scope fileScope,
            List<Var> lhs,
            Expr type,
            Expr init,
            boolean inherited,
            int iota,
            Spec.TypeSpec typeSpec,
            Decl.FuncDecl funcDecl) {
        this.fileScope = fileScope;
        this.lhs = lhs;
        this.type = type;
        this.init = init;
        this.inherited = inherited;
        this.iota = iota;
        this.typeSpec = typeSpec;
        this.funcDecl = funcDecl;
    }

    static DeclInfo value(Scope fileScope, List<Var> lhs, Expr type, Expr init, boolean inherited, int iota) {
        return new DeclInfo(fileScope, lhs, type, init, inherited, iota, null, null);
    }

    static DeclInfo type(Scope fileScope, Spec.TypeSpec spec) {
        return new DeclInfo(fileScope, null, null, null, false, 0, spec, null);
    }

    static DeclInfo func(Scope fileScope, Decl.FuncDecl d) {
        return new DeclInfo(fileScope, null, null, null, false, 0, null, d);
    }
}
