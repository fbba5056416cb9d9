package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Decl;
import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Stmt;
import dev.chanscope.lang.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/** Expression switches, type switches and select statements (go/types' stmt.go). */
abstract class Switches extends Assignments {

    Switches(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    abstract void stmt(Stmt s);

    abstract void stmtList(List<Stmt> list);

    abstract void declStmt(Decl.GenDecl d);

    void simpleStmt(Stmt s) {
        if (s != null) {
            stmt(s);
        }
    }

    private record Seen(Constant val, Type type, int pos) {}

    void switchStmt(Stmt.Switch s) {
        openScope(s, "switch");
        try {
            simpleStmt(s.init());
            Operand x = new Operand();
            if (s.tag() != null) {
                expr(x, s.tag());
                assignment(x, null, "switch expression");
                if (!x.invalid() && !Types.comparable(x.type) && !Types.hasNil(x.type)) {
                    error(x.expr, "cannot switch on " + str(x) + " (" + str(x.type) + " is not comparable)");
                    x.invalidate();
                }
            } else {
                int pos = s.body().list().isEmpty()
                        ? s.body().rbrace()
                        : s.body().list().getFirst().pos();
                x.mode = Mode.CONSTANT;
                x.type = Typ.BOOL;
                x.val = Constant.TRUE;
                x.expr = new Expr.Ident(pos, "true");
            }
            multipleDefaults(s.body().list());
            List<Seen> seen = new ArrayList<>();
            for (Stmt st : s.body().list()) {
                if (!(st instanceof Stmt.CaseClause clause)) {
                    continue;
                }
                if (clause.list() != null) {
                    caseValues(x, clause.list(), seen);
                }
                openScope(clause, "case");
                try {
                    stmtList(clause.body());
                } finally {
                    closeScope();
                }
            }
        } finally {
            closeScope();
        }
    }

    private void multipleDefaults(List<Stmt> body) {
        Stmt first = null;
        for (Stmt st : body) {
            boolean isDefault = st instanceof Stmt.CaseClause c && c.isDefault()
                    || st instanceof Stmt.CommClause cc && cc.isDefault();
            if (isDefault) {
                if (first != null) {
                    error(st, "multiple defaults (first at " + position(first.pos()) + ")");
                } else {
                    first = st;
                }
            }
        }
    }

    private void caseValues(Operand x, List<Expr> values, List<Seen> seen) {
        outer:
        for (Expr e : values) {
            Operand v = new Operand();
            expr(v, e);
            if (x.invalid() || v.invalid()) {
                continue;
            }
            convertUntyped(v, x.type);
            if (v.invalid()) {
                continue;
            }
            Operand res = v.copy();
            comparison(res, x, Token.EQL, true, null);
            if (res.invalid() || v.mode != Mode.CONSTANT) {
                continue;
            }
            for (Seen s : seen) {
                if (ConstOps.compare(s.val(), Token.EQL, v.val) && Types.identical(s.type(), v.type)) {
                    error(
                            v.expr,
                            "duplicate case " + str(v) + " in expression switch\n\t" + position(s.pos())
                                    + ": previous case");
                    continue outer;
                }
            }
            seen.add(new Seen(v.val, v.type, v.expr.pos()));
        }
    }

    void typeSwitchStmt(Stmt.TypeSwitch s) {
        openScope(s, "type switch");
        try {
            simpleStmt(s.init());
            Expr.Ident lhs = null;
            Expr.TypeAssert guard;
            if (s.assign() instanceof Stmt.Assign a
                    && a.lhs().size() == 1
                    && a.rhs().size() == 1
                    && a.rhs().getFirst() instanceof Expr.TypeAssert ta) {
                lhs = a.lhs().getFirst() instanceof Expr.Ident id ? id : null;
                guard = ta;
            } else if (s.assign() instanceof Stmt.ExprStmt es && es.x() instanceof Expr.TypeAssert ta) {
                guard = ta;
            } else {
                error(s.assign(), "invalid type switch guard");
                return;
            }
            if (lhs != null) {
                if (lhs.isBlank()) {
                    error(lhs, "no new variable on left side of :=");
                    lhs = null;
                } else {
                    info.recordDef(lhs, null);
                }
            }
            Operand x = new Operand();
            expr(x, guard.x());
            if (x.invalid()) {
                return;
            }
            Operand sx = null;
            if (x.type instanceof TypeParam) {
                error(x.expr, "cannot use type switch on type parameter value " + str(x));
            } else if (Types.isInterface(x.type)) {
                sx = x;
            } else {
                error(x.expr, str(x) + " is not an interface");
            }
            multipleDefaults(s.body().list());
            List<Var> lhsVars = new ArrayList<>();
            List<Type> seenTypes = new ArrayList<>();
            List<Expr> seenExprs = new ArrayList<>();
            for (Stmt st : s.body().list()) {
                if (!(st instanceof Stmt.CaseClause clause)) {
                    continue;
                }
                List<Expr> cases = clause.list() == null ? List.of() : clause.list();
                Type t = caseTypes(sx, cases, seenTypes, seenExprs);
                openScope(clause, "case");
                try {
                    if (lhs != null) {
                        if (cases.size() != 1 || t == null) {
                            t = x.type;
                        }
                        Var obj = new Var(lhs.pos(), pkg, lhs.name(), t, Var.Kind.LOCAL, false);
                        int scopePos =
                                cases.isEmpty() ? clause.pos() : cases.getLast().end();
                        declare(scope, null, obj, scopePos);
                        info.recordImplicit(clause, obj);
                        lhsVars.add(obj);
                    }
                    stmtList(clause.body());
                } finally {
                    closeScope();
                }
            }
            if (lhs != null) {
                boolean used = false;
                for (Var v : lhsVars) {
                    used |= v.used;
                    v.used = true;
                }
                if (!used) {
                    error(lhs, lhs.name() + " declared but not used");
                }
            }
        } finally {
            closeScope();
        }
    }

    private Type caseTypes(Operand x, List<Expr> types, List<Type> seenTypes, List<Expr> seenExprs) {
        Type t = null;
        outer:
        for (Expr e : types) {
            if (unparen(e) instanceof Expr.Ident id
                    && id.name().equals("nil")
                    && scope.lookupParent("nil", id.pos()) instanceof Nil) {
                t = null;
                Operand dummy = new Operand();
                expr(dummy, e);
            } else {
                t = varType(e);
                if (Types.isInvalid(t)) {
                    continue;
                }
            }
            for (int i = 0; i < seenTypes.size(); i++) {
                Type other = seenTypes.get(i);
                if (t == null && other == null || t != null && other != null && Types.identical(t, other)) {
                    error(
                            e,
                            "duplicate case " + (t == null ? "nil" : str(t)) + " in type switch\n\t"
                                    + position(seenExprs.get(i).pos()) + ": previous case");
                    continue outer;
                }
            }
            seenTypes.add(t);
            seenExprs.add(e);
            if (x != null && t != null) {
                typeAssertion(e, x, t, true);
            }
        }
        return t;
    }

    void selectStmt(Stmt.Select s) {
        multipleDefaults(s.body().list());
        for (Stmt st : s.body().list()) {
            if (!(st instanceof Stmt.CommClause clause)) {
                continue;
            }
            boolean valid = false;
            Expr rhs = null;
            switch (clause.comm()) {
                case null -> valid = true;
                case Stmt.Send send -> valid = true;
                case Stmt.Assign a -> {
                    if (a.rhs().size() == 1 && a.rhs().getFirst() instanceof Expr.Unary) {
                        rhs = a.rhs().getFirst();
                    }
                }
                case Stmt.ExprStmt es -> rhs = es.x();
                default -> {}
            }
            if (rhs != null && unparen(rhs) instanceof Expr.Unary u && u.op() == Token.ARROW) {
                valid = true;
            }
            if (!valid) {
                error(clause.comm(), "select case must be receive, send or assign recv");
                continue;
            }
            openScope(clause, "case");
            try {
                if (clause.comm() != null) {
                    stmt(clause.comm());
                }
                stmtList(clause.body());
            } finally {
                closeScope();
            }
        }
    }
}
