package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Stmt;
import dev.chanscope.lang.syntax.Token;
import java.util.List;

/** The spec's terminating statements, for "missing return" (go/types' return.go). */
final class Terminating {

    private Terminating() {}

    static boolean isTerminating(Stmt s, String label, Info info) {
        switch (s) {
            case Stmt.Labeled l -> {
                return isTerminating(l.stmt(), l.label().name(), info);
            }
            case Stmt.ExprStmt es -> {
                return CheckerBase.unparen(es.x()) instanceof Expr.Call call
                        && CheckerBase.unparen(call.fun()) instanceof Expr.Ident id
                        && info.uses().get(id) instanceof Builtin b
                        && b.builtinId() == Builtin.Id.PANIC;
            }
            case Stmt.Return r -> {
                return true;
            }
            case Stmt.Branch b -> {
                return b.tok() == Token.GOTO || b.tok() == Token.FALLTHROUGH;
            }
            case Stmt.Block b -> {
                return isTerminatingList(b.list(), info);
            }
            case Stmt.If i -> {
                return i.els() != null && isTerminating(i.body(), null, info) && isTerminating(i.els(), null, info);
            }
            case Stmt.Switch sw -> {
                return isTerminatingSwitch(sw.body().list(), label, info);
            }
            case Stmt.TypeSwitch ts -> {
                return isTerminatingSwitch(ts.body().list(), label, info);
            }
            case Stmt.Select sel -> {
                for (Stmt c : sel.body().list()) {
                    if (c instanceof Stmt.CommClause cc
                            && (!isTerminatingList(cc.body(), info) || hasBreakList(cc.body(), label, true))) {
                        return false;
                    }
                }
                return true;
            }
            case Stmt.For f -> {
                return f.cond() == null && !hasBreak(f.body(), label, true);
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean isTerminatingList(List<Stmt> list, Info info) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (!(list.get(i) instanceof Stmt.Empty)) {
                return isTerminating(list.get(i), null, info);
            }
        }
        return false;
    }

    private static boolean isTerminatingSwitch(List<Stmt> body, String label, Info info) {
        boolean hasDefault = false;
        for (Stmt s : body) {
            if (!(s instanceof Stmt.CaseClause cc)) {
                continue;
            }
            if (cc.isDefault()) {
                hasDefault = true;
            }
            if (!isTerminatingList(cc.body(), info) || hasBreakList(cc.body(), label, true)) {
                return false;
            }
        }
        return hasDefault;
    }

    private static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
        for (Stmt s : list) {
            if (hasBreak(s, label, implicit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        switch (s) {
            case Stmt.Branch b -> {
                if (b.tok() == Token.BREAK) {
                    if (b.label() == null) {
                        return implicit;
                    }
                    return b.label().name().equals(label);
                }
                return false;
            }
            case Stmt.Labeled l -> {
                return hasBreak(l.stmt(), label, implicit);
            }
            case Stmt.Block b -> {
                return hasBreakList(b.list(), label, implicit);
            }
            case Stmt.If i -> {
                return hasBreak(i.body(), label, implicit) || i.els() != null && hasBreak(i.els(), label, implicit);
            }
            case Stmt.CaseClause cc -> {
                return hasBreakList(cc.body(), label, implicit);
            }
            case Stmt.CommClause cc -> {
                return hasBreakList(cc.body(), label, implicit);
            }
            case Stmt.Switch sw -> {
                return label != null && hasBreakList(sw.body().list(), label, false);
            }
            case Stmt.TypeSwitch ts -> {
                return label != null && hasBreakList(ts.body().list(), label, false);
            }
            case Stmt.Select sel -> {
                return label != null && hasBreakList(sel.body().list(), label, false);
            }
            case Stmt.For f -> {
                return label != null && hasBreak(f.body(), label, false);
            }
            case Stmt.Range r -> {
                return label != null && hasBreak(r.body(), label, false);
            }
            default -> {
                return false;
            }
        }
    }
}
