package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Assignments, variable initialization, short variable declarations and returns (go/types' assignments.go). */
abstract class Assignments extends Exprs {

    Assignments(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    /** Gives {@code lhs} the value {@code x} in {@code context}; a variable without a type takes x's (default) type. */
    Type initVar(Var lhs, Operand x, String context) {
        if (x.invalid() || x.type == Typ.INVALID || lhs.type() == Typ.INVALID) {
            if (lhs.type() == null) {
                lhs.setType(Typ.INVALID);
            }
            lhs.used = true;
            return null;
        }
        if (lhs.type() == null) {
            Type t = x.type;
            if (Types.isUntyped(t)) {
                if (t == Typ.UNTYPED_NIL) {
                    error(x.expr, "use of untyped nil in " + context);
                    lhs.setType(Typ.INVALID);
                    lhs.used = true;
                    return null;
                }
                t = Types.defaultType(t);
            }
            lhs.setType(t);
        }
        assignment(x, lhs.type(), context);
        if (x.invalid()) {
            lhs.used = true; // no follow-on "declared but not used"
            return null;
        }
        return x.type;
    }

    /** {@code lhs... = rhs...} where the left-hand sides are new variables (declarations, returns). */
    void initVars(List<Var> lhs, List<Expr> origRhs, Stmt.Return ret) {
        List<Operand> rhs = exprList(origRhs, lhs.size() == 2 && ret == null);
        boolean commaOk =
                lhs.size() == 2 && origRhs.size() == 1 && rhs.size() == 2 && ret == null && isCommaOk(rhs.getFirst());
        if (lhs.size() != rhs.size()) {
            for (Var v : lhs) {
                v.used = true;
                if (v.type() == null) {
                    v.setType(Typ.INVALID);
                }
            }
            for (Operand x : rhs) {
                if (x.invalid()) {
                    return;
                }
            }
            if (ret != null) {
                int at = ret.pos();
                String q = "not enough";
                if (rhs.size() > lhs.size()) {
                    at = rhs.get(lhs.size()).expr.pos();
                    q = "too many";
                } else if (!rhs.isEmpty()) {
                    at = rhs.getLast().expr.pos();
                }
                List<Type> have = new ArrayList<>();
                rhs.forEach(o -> have.add(o.type));
                error(
                        at,
                        q + " return values\n\thave " + typesSummary(have, false) + "\n\twant "
                                + typesSummary(varTypes(lhs), false));
                return;
            }
            assignError(origRhs, lhs.size(), rhs.size());
            return;
        }
        String context = ret != null ? "return statement" : "assignment";
        Type[] types = new Type[2];
        for (int i = 0; i < lhs.size(); i++) {
            Type t = initVar(lhs.get(i), rhs.get(i), context);
            if (i < 2) {
                types[i] = t;
            }
        }
        if (commaOk && types[0] != null) {
            recordCommaOk(origRhs.getFirst(), types[0]);
        }
    }

    private boolean isCommaOk(Operand x) {
        return commaOkModes.containsKey(x);
    }

    void assignError(List<Expr> rhs, int nvars, int nvals) {
        String vars = nvars + " " + plural(nvars, "variable", "variables");
        String vals = nvals + " " + plural(nvals, "value", "values");
        Expr rhs0 = rhs.getFirst();
        if (rhs.size() == 1 && unparen(rhs0) instanceof Expr.Call call) {
            error(rhs0, "assignment mismatch: " + vars + " but " + ExprString.of(call.fun()) + " returns " + vals);
            return;
        }
        error(rhs0, "assignment mismatch: " + vars + " but " + vals);
    }

    /** Assigns {@code x} to the expression {@code lhs}; returns the assigned type or null. */
    Type assignVar(Expr lhs, Operand x) {
        if (x.invalid() || x.type == Typ.INVALID) {
            useLhs(lhs);
            return null;
        }
        Expr.Ident ident = unparen(lhs) instanceof Expr.Ident id ? id : null;
        if (ident != null && ident.isBlank()) {
            info.recordDef(ident, null);
            assignment(x, null, "assignment to _ identifier");
            return x.invalid() ? null : x.type;
        }
        Operand z = new Operand();
        Var v = null;
        boolean used = false;
        if (ident != null && scope.lookupParent(ident.name(), ident.pos()) instanceof Var w && w.pkg() == pkg) {
            v = w;
            used = w.used;
        }
        expr(z, lhs);
        if (v != null) {
            v.used = used;
        }
        if (z.invalid() || z.type == Typ.INVALID) {
            return null;
        }
        switch (z.mode) {
            case VARIABLE, MAPINDEX -> {}
            default -> {
                if (z.isNil()) {
                    error(z.expr, "cannot assign to nil");
                    return null;
                }
                if (unparen(z.expr) instanceof Expr.Selector sel) {
                    TypeAndValue tv = info.recorded(sel.x());
                    if (tv != null && tv.mode() == Mode.MAPINDEX) {
                        error(z.expr, "cannot assign to struct field " + ExprString.of(z.expr) + " in map");
                        return null;
                    }
                }
                error(z.expr, "cannot assign to " + str(z));
                return null;
            }
        }
        assignment(x, z.type, "assignment");
        if (x.invalid()) {
            if (v != null) {
                v.used = true; // no follow-on "declared but not used"
            }
            return null;
        }
        return x.type;
    }

    /** Evaluates left-hand sides after an error without counting them as uses. */
    void useLhs(Expr... lhs) {
        for (Expr e : lhs) {
            Expr u = unparen(e);
            if (u instanceof Expr.Ident id) {
                if (id.isBlank()) {
                    continue;
                }
                if (scope.lookupParent(id.name(), id.pos()) instanceof Var v && v.pkg() == pkg) {
                    boolean used = v.used;
                    useExpr(e);
                    v.used = used;
                    continue;
                }
            }
            useExpr(e);
        }
    }

    void assignVars(List<Expr> lhs, List<Expr> origRhs) {
        List<Operand> rhs = exprList(origRhs, lhs.size() == 2);
        if (lhs.size() != rhs.size()) {
            useLhs(lhs.toArray(Expr[]::new));
            for (Operand x : rhs) {
                if (x.invalid()) {
                    return;
                }
            }
            assignError(origRhs, lhs.size(), rhs.size());
            return;
        }
        boolean commaOk = lhs.size() == 2 && origRhs.size() == 1 && isCommaOk(rhs.getFirst());
        Type first = null;
        for (int i = 0; i < lhs.size(); i++) {
            Type t = assignVar(lhs.get(i), rhs.get(i));
            if (i == 0) {
                first = t;
            }
        }
        if (commaOk && first != null) {
            recordCommaOk(origRhs.getFirst(), first);
        }
    }

    void shortVarDecl(int pos, List<Expr> lhs, List<Expr> rhs) {
        Scope s = scope;
        Set<String> seen = new HashSet<>();
        List<Var> lhsVars = new ArrayList<>();
        List<Var> newVars = new ArrayList<>();
        boolean hasErr = false;
        for (Expr l : lhs) {
            if (!(l instanceof Expr.Ident ident)) {
                useLhs(l);
                error(l, "non-name " + ExprString.of(l) + " on left side of :=");
                hasErr = true;
                lhsVars.add(new Var(l.pos(), pkg, "_", null, Var.Kind.LOCAL, false));
                continue;
            }
            String name = ident.name();
            if (!name.equals("_")) {
                if (!seen.add(name)) {
                    error(l, name + " repeated on left side of :=");
                    hasErr = true;
                    lhsVars.add(new Var(l.pos(), pkg, "_", null, Var.Kind.LOCAL, false));
                    continue;
                }
            }
            Obj alt = name.equals("_") ? null : s.lookup(name);
            if (alt != null) {
                info.recordUse(ident, alt);
                if (alt instanceof Var v) {
                    lhsVars.add(v);
                    useVarWithoutUse(v);
                } else {
                    error(l, "cannot assign to " + ExprString.of(l));
                    hasErr = true;
                    lhsVars.add(new Var(l.pos(), pkg, "_", null, Var.Kind.LOCAL, false));
                }
                continue;
            }
            Var obj = new Var(ident.pos(), pkg, name, null, Var.Kind.LOCAL, false);
            lhsVars.add(obj);
            if (!name.equals("_")) {
                newVars.add(obj);
            }
            info.recordDef(ident, obj);
        }
        initVars(lhsVars, rhs, null);
        if (newVars.isEmpty() && !hasErr) {
            error(pos, "no new variables on left side of :=");
            return;
        }
        int scopePos = rhs.getLast().end();
        for (Var v : newVars) {
            declare(s, null, v, scopePos);
        }
    }

    /** A captured variable that is assigned (not read) still belongs to the closure's captures. */
    void useVarWithoutUse(Var v) {
        boolean used = v.used;
        useVar(v);
        v.used = used;
    }
}
