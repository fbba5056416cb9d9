package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Decl;
import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Spec;
import dev.chanscope.lang.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Declarations inside function bodies: constants (with iota and repeated specs), variables and
 * types, each visible from the end of its spec (a type from its name, so it may refer to itself).
 */
abstract class LocalDecls extends Decls {

    LocalDecls(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    @Override
    void declStmt(Decl.GenDecl d) {
        int index = 0;
        Spec.ValueSpec last = null;
        for (Spec spec : d.specs()) {
            switch (spec) {
                case Spec.ValueSpec vs
                when d.tok() == Token.CONST -> {
                    boolean inherited = vs.type() == null && vs.values().isEmpty() && last != null;
                    Spec.ValueSpec src = inherited ? last : vs;
                    if (!inherited) {
                        last = vs;
                    }
                    List<Const> consts = new ArrayList<>();
                    for (int i = 0; i < vs.names().size(); i++) {
                        Expr.Ident name = vs.names().get(i);
                        Const c = new Const(name.pos(), pkg, name.name(), null, null);
                        consts.add(c);
                        Expr init = i < src.values().size() ? src.values().get(i) : null;
                        Constant savedIota = iota;
                        int savedErrpos = errpos;
                        constDecl(c, src.type(), init, inherited, index);
                        iota = savedIota;
                        errpos = savedErrpos;
                    }
                    arity(vs, src, true, inherited);
                    int scopePos = vs.end();
                    for (int i = 0; i < consts.size(); i++) {
                        declare(scope, vs.names().get(i), consts.get(i), scopePos);
                    }
                }
                case Spec.ValueSpec vs -> localVarSpec(vs);
                case Spec.TypeSpec ts -> {
                    TypeName tn = new TypeName(ts.name().pos(), pkg, ts.name().name(), null, ts.isAlias());
                    declare(scope, ts.name(), tn, ts.name().pos());
                    if (!ts.isAlias()) {
                        new Named(tn, null);
                    }
                    typeDecl(tn, ts);
                }
                default -> {}
            }
            index++;
        }
    }

    private void localVarSpec(Spec.ValueSpec vs) {
        List<Var> lhs0 = new ArrayList<>();
        for (Expr.Ident name : vs.names()) {
            lhs0.add(new Var(name.pos(), pkg, name.name(), null, Var.Kind.LOCAL, false));
        }
        List<Expr> values = vs.values();
        for (int i = 0; i < lhs0.size(); i++) {
            List<Var> lhs = null;
            Expr init = null;
            if (values.size() == vs.names().size()) {
                init = values.get(i);
            } else if (values.size() == 1) {
                lhs = lhs0;
                init = values.getFirst();
            } else if (i < values.size()) {
                init = values.get(i);
            }
            varDecl(lhs0.get(i), lhs, vs.type(), init);
            if (values.size() == 1) {
                if (vs.type() != null) {
                    for (Var v : lhs0) {
                        if (v.type() == null) {
                            v.setType(lhs0.getFirst().type());
                        }
                    }
                }
                break;
            }
        }
        for (Var v : lhs0) {
            if (v.type() == null) {
                v.setType(Typ.INVALID);
            }
        }
        if (vs.type() == null || !values.isEmpty()) {
            arity(vs, vs, false, false);
        }
        int scopePos = vs.end();
        for (int i = 0; i < lhs0.size(); i++) {
            declare(scope, vs.names().get(i), lhs0.get(i), scopePos);
        }
    }
}
