package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ChanDir;
import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Stmt;
import dev.chanscope.lang.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/** {@code for range} over strings, arrays, slices, maps, channels and (Go 1.22) integers. */
abstract class RangeStmts extends Switches {

    RangeStmts(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    void rangeStmt(Stmt.Range s) {
        Expr sKey = s.key();
        Expr sValue = s.value();
        Expr sExtra = s.extra().isEmpty() ? null : s.extra().getFirst();
        boolean isDef = s.tok() == Token.DEFINE;
        Operand x = new Operand();
        expr(x, s.x());
        Type key = null;
        Type val = null;
        if (!x.invalid()) {
            String cause = null;
            Type u = Types.coreType(x.type);
            if (u instanceof Chan c) {
                if (sValue != null) {
                    error(sValue, "range over " + str(x) + " permits only one iteration variable");
                }
                if (c.dir() == ChanDir.SEND) {
                    cause = "receive from send-only channel";
                }
            } else if (sExtra != null) {
                error(sExtra, "range clause permits at most two iteration variables");
            }
            if (u == null) {
                cause = str(x.type) + " has no core type";
            }
            if (u != null && Types.isInteger(u)) {
                if (sValue != null) {
                    error(sValue, "range over " + str(x) + " permits only one iteration variable");
                }
                if (Types.isUntyped(x.type)) {
                    assignment(x, null, "range clause");
                }
                key = x.type;
            } else if (u != null) {
                Type[] kv = rangeKeyVal(u);
                key = kv[0];
                val = kv[1];
            }
            if (key == null || cause != null) {
                error(x.expr, "cannot range over " + str(x) + (cause == null ? "" : " (" + cause + ")"));
            }
        }
        openScope(s, "range");
        try {
            Expr[] lhs = {sKey, sValue};
            Type[] rhs = {key, val};
            if (isDef) {
                List<Var> vars = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    if (lhs[i] == null) {
                        continue;
                    }
                    Var obj;
                    if (lhs[i] instanceof Expr.Ident ident) {
                        obj = new Var(ident.pos(), pkg, ident.name(), null, Var.Kind.LOCAL, false);
                        info.recordDef(ident, obj);
                        if (!ident.isBlank()) {
                            vars.add(obj);
                        }
                    } else {
                        error(lhs[i], "cannot declare " + dev.chanscope.lang.syntax.ExprString.of(lhs[i]));
                        obj = new Var(lhs[i].pos(), pkg, "_", null, Var.Kind.LOCAL, false);
                    }
                    if (rhs[i] != null && rhs[i] != Typ.INVALID) {
                        Operand v = new Operand(Mode.VALUE, lhs[i], rhs[i], null);
                        initVar(obj, v, "assignment");
                    } else {
                        obj.setType(Typ.INVALID);
                        obj.used = true;
                    }
                }
                if (!vars.isEmpty()) {
                    int scopePos = s.x().end();
                    for (Var v : vars) {
                        declare(scope, null, v, scopePos);
                    }
                } else {
                    error(s, "no new variables on left side of :=");
                }
            } else {
                for (int i = 0; i < 2; i++) {
                    if (lhs[i] != null && rhs[i] != null && rhs[i] != Typ.INVALID) {
                        assignVar(lhs[i], new Operand(Mode.VALUE, lhs[i], rhs[i], null));
                    }
                }
            }
            stmt(s.body());
        } finally {
            closeScope();
        }
    }

    private static Type[] rangeKeyVal(Type u) {
        if (u instanceof Pointer p && p.elem().underlying() instanceof Array a) {
            u = a;
        }
        return switch (u) {
            case Basic b when b.kind().isString() -> new Type[] {Typ.INT, Typ.RUNE};
            case Array a -> new Type[] {Typ.INT, a.elem()};
            case Slice sl -> new Type[] {Typ.INT, sl.elem()};
            case MapType m -> new Type[] {m.key(), m.elem()};
            case Chan c -> new Type[] {c.elem(), Typ.INVALID};
            default -> new Type[] {null, null};
        };
    }
}
