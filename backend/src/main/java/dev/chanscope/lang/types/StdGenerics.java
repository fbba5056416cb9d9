package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Decl;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The signatures of generic std functions ({@code func Sort[S ~[]E, E cmp.Ordered](x S)}): type
 * parameters are declared in the function's scope, then their constraints and the parameters are
 * checked there. Only std declarations get here; user code cannot declare type parameters.
 */
final class StdGenerics {

    private StdGenerics() {}

    static Signature signature(Decls check, Decl.FuncDecl fd, Scope fscope) {
        List<TypeParam> tparams = new ArrayList<>();
        List<Expr> constraints = new ArrayList<>();
        for (Field f : fd.type().typeParams().list()) {
            for (Expr.Ident name : f.names()) {
                TypeName tn = new TypeName(name.pos(), check.pkg, name.name(), null, false);
                TypeParam tp = new TypeParam(tn, tparams.size());
                check.declare(fscope, name, tn, -1);
                tparams.add(tp);
                constraints.add(f.type());
            }
        }
        Scope saved = check.scope;
        check.scope = fscope;
        try {
            for (int i = 0; i < tparams.size(); i++) {
                Expr c = constraints.get(i);
                Type t = isUnionElement(c)
                        ? check.interfaceType(new Expr.InterfaceType(
                                c.pos(),
                                new dev.chanscope.lang.syntax.FieldList(
                                        c.pos(), List.of(new Field(null, List.of(), c, null, null)), c.end())))
                        : check.typExpr(c);
                tparams.get(i).setConstraint(t);
            }
            Signature sig = check.funcType(fd.type(), fd.recv(), fscope);
            Signature generic = new Signature(sig.recv(), sig.params(), sig.results(), sig.variadic(), tparams);
            check.recordType(fd.type(), Mode.TYPEXPR, generic, null);
            return generic;
        } finally {
            check.scope = saved;
        }
    }

    /** {@code ~[]E} or {@code A | B} written directly as a constraint: an implicit interface. */
    private static boolean isUnionElement(Expr c) {
        return c instanceof Expr.Unary u && u.op() == dev.chanscope.lang.syntax.Token.TILDE
                || c instanceof Expr.Binary b && b.op() == dev.chanscope.lang.syntax.Token.OR;
    }
}
