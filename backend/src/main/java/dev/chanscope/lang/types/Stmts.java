package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Stmt;
import dev.chanscope.lang.syntax.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Function bodies and statements (go/types' stmt.go); switches and ranges are in {@link Switches}. */
abstract class Stmts extends RangeStmts {

    Stmts(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    @Override
    void funcBody(String name, Signature sig, Stmt.Block body, FuncContext ctx, Scope funcScope) {
        Scope savedScope = scope;
        FuncContext savedCtx = fctx;
        Constant savedIota = iota;
        boolean savedCall = hasCallOrRecv;
        java.util.Map<String, Label> savedLabels = labels;
        scope = funcScope;
        fctx = ctx;
        iota = null;
        labels = new java.util.HashMap<>();
        try {
            info.recordScope(body, funcScope);
            stmtList(body.list());
            if (sig.results().size() > 0 && !Terminating.isTerminating(body, null, info)) {
                error(body.rbrace(), "missing return");
            }
            usage(funcScope);
        } finally {
            scope = savedScope;
            fctx = savedCtx;
            iota = savedIota;
            hasCallOrRecv = savedCall;
            labels = savedLabels;
        }
    }

    private void usage(Scope s) {
        List<Var> unused = new ArrayList<>();
        for (Obj o : s.elems().values()) {
            if (o instanceof Var v && !v.used && v.kind() == Var.Kind.LOCAL) {
                unused.add(v);
            }
        }
        unused.sort(Comparator.comparingInt(Var::pos));
        for (Var v : unused) {
            error(v.pos(), v.name() + " declared but not used");
        }
        for (Scope c : s.children()) {
            if (!c.comment().equals("function")) {
                usage(c);
            }
        }
    }

    @Override
    void stmtList(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    @Override
    void stmt(Stmt s) {
        switch (s) {
            case Stmt.Bad b -> {}
            case Stmt.Empty e -> {}
            case Stmt.DeclStmt d -> declStmt(d.decl());
            case Stmt.Labeled l -> {
                Label label = new Label(l.label().pos(), pkg, l.label().name());
                info.recordDef(l.label(), label);
                labels.put(l.label().name(), label);
                stmt(l.stmt());
            }
            case Stmt.ExprStmt es -> exprStmt(es);
            case Stmt.Send send -> sendStmt(send);
            case Stmt.IncDec inc -> {
                Operand x = new Operand();
                expr(x, inc.x());
                if (x.invalid()) {
                    return;
                }
                if (!allNumeric(x.type)) {
                    String op = inc.tok() == Token.INC ? "+" : "-";
                    error(
                            inc.x(),
                            INVALID_OP + dev.chanscope.lang.syntax.ExprString.of(inc.x()) + op + op
                                    + " (non-numeric type " + str(x.type) + ")");
                    return;
                }
                Operand one = new Operand(Mode.CONSTANT, null, Typ.UNTYPED_INT, Constant.of(1));
                convertUntyped(one, x.type);
                x.mode = Mode.VALUE;
                assignVar(inc.x(), x);
            }
            case Stmt.Assign a -> assignStmt(a);
            case Stmt.Go g -> suspendedCall("go", g.call());
            case Stmt.Defer d -> suspendedCall("defer", d.call());
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Branch b -> branchStmt(b);
            case Stmt.Block b -> {
                openScope(b, "block");
                try {
                    stmtList(b.list());
                } finally {
                    closeScope();
                }
            }
            case Stmt.If i -> ifStmt(i);
            case Stmt.Switch sw -> switchStmt(sw);
            case Stmt.TypeSwitch ts -> typeSwitchStmt(ts);
            case Stmt.Select sel -> selectStmt(sel);
            case Stmt.For f -> forStmt(f);
            case Stmt.Range r -> rangeStmt(r);
            case Stmt.CaseClause c -> error(c, "case clause outside switch");
            case Stmt.CommClause c -> error(c, "case clause outside select");
        }
    }

    private void exprStmt(Stmt.ExprStmt s) {
        Operand x = new Operand();
        rawExpr(x, s.x(), null, false);
        String msg;
        switch (x.mode) {
            case INVALID -> {
                return;
            }
            case BUILTIN -> msg = "must be called";
            case TYPEXPR -> msg = "is not an expression";
            default -> {
                if (isStatementExpr(s.x())) {
                    return;
                }
                msg = "is not used";
            }
        }
        error(x.expr, str(x) + " " + msg);
    }

    /** Calls (not conversions, not value-producing builtins) and receives may stand as statements. */
    private boolean isStatementExpr(Expr e) {
        Expr u = unparen(e);
        if (u instanceof Expr.Unary un && un.op() == Token.ARROW) {
            return true;
        }
        if (!(u instanceof Expr.Call c)) {
            return false;
        }
        TypeAndValue fun = info.recorded(c.fun());
        if (fun == null) {
            return !(untyped.containsKey(c.fun()));
        }
        if (fun.mode() == Mode.TYPEXPR) {
            return false;
        }
        if (fun.mode() == Mode.BUILTIN) {
            Obj o = unparen(c.fun()) instanceof Expr.Ident id ? info.uses().get(id) : null;
            if (o instanceof Builtin b) {
                return switch (b.builtinId()) {
                    case CLEAR, CLOSE, COPY, DELETE, PANIC, PRINT, PRINTLN, RECOVER -> true;
                    default -> false;
                };
            }
        }
        return true;
    }

    private void suspendedCall(String keyword, Expr.Call call) {
        Operand x = new Operand();
        rawExpr(x, call, null, false);
        if (x.invalid()) {
            return;
        }
        TypeAndValue fun = info.recorded(call.fun());
        String msg = null;
        if (fun != null && fun.mode() == Mode.TYPEXPR) {
            msg = "requires function call, not conversion";
        } else if (!isStatementExpr(call)) {
            msg = "discards result of";
        }
        if (msg != null) {
            error(x.expr, keyword + " " + msg + " " + str(x));
        }
    }

    private void sendStmt(Stmt.Send s) {
        Operand ch = new Operand();
        Operand val = new Operand();
        expr(ch, s.chan());
        expr(val, s.value());
        if (ch.invalid() || val.invalid()) {
            return;
        }
        if (!(Types.coreType(ch.type) instanceof Chan c)) {
            error(s.pos(), INVALID_OP + "cannot send to non-channel " + str(ch));
            return;
        }
        if (c.dir() == dev.chanscope.lang.syntax.ChanDir.RECV) {
            error(s.pos(), INVALID_OP + "cannot send to receive-only channel " + str(ch));
            return;
        }
        assignment(val, c.elem(), "send");
    }

    private void assignStmt(Stmt.Assign a) {
        switch (a.tok()) {
            case ASSIGN -> assignVars(a.lhs(), a.rhs());
            case DEFINE -> shortVarDecl(a.tokPos(), a.lhs(), a.rhs());
            default -> {
                if (a.lhs().size() != 1 || a.rhs().size() != 1) {
                    error(a.tokPos(), "assignment operation " + a.tok().text() + " requires single-valued expressions");
                    return;
                }
                Operand x = new Operand();
                binary(x, null, a.lhs().getFirst(), a.rhs().getFirst(), a.tok().assignedOperator(), a.tokPos());
                assignVar(a.lhs().getFirst(), x);
            }
        }
    }

    private void returnStmt(Stmt.Return s) {
        Tuple res = fctx.sig.results();
        List<Expr> results = s.results();
        if (results.isEmpty() && res.size() > 0 && !res.at(0).name().isEmpty()) {
            for (Var v : res.vars()) {
                Obj alt = scope.lookupParent(v.name(), s.pos());
                if (alt != null && alt != v) {
                    error(
                            s,
                            "result parameter " + v.name() + " not in scope at return\n\t" + position(alt.pos())
                                    + ": inner declaration of " + objString(alt));
                }
            }
        } else if (!results.isEmpty() || res.size() > 0) {
            initVars(res.vars(), results, s);
        }
    }

    /** An object as types2 writes it in notes: {@code var err error}. */
    private String objString(Obj o) {
        String kind = switch (o) {
            case Var v -> "var";
            case Const c -> "const";
            case TypeName t -> "type";
            case Func f -> "func";
            default -> o.getClass().getSimpleName().toLowerCase();
        };
        return kind + " " + o.name() + (o.type() != null ? " " + str(o.type()) : "");
    }

    private void branchStmt(Stmt.Branch b) {
        if (b.tok() == Token.GOTO) {
            unsupported(b.pos(), "goto statement");
            return;
        }
        if (b.label() != null) {
            Label l = labels.get(b.label().name());
            if (l != null) {
                info.recordUse(b.label(), l);
            }
        }
    }

    private void ifStmt(Stmt.If s) {
        openScope(s, "if");
        try {
            simpleStmt(s.init());
            Operand x = new Operand();
            expr(x, s.cond());
            if (!x.invalid() && !allBoolean(x.type)) {
                error(s.cond(), "non-boolean condition in if statement");
            }
            stmt(s.body());
            if (s.els() != null) {
                stmt(s.els());
            }
        } finally {
            closeScope();
        }
    }

    private void forStmt(Stmt.For s) {
        openScope(s, "for");
        try {
            simpleStmt(s.init());
            if (s.cond() != null) {
                Operand x = new Operand();
                expr(x, s.cond());
                if (!x.invalid() && !allBoolean(x.type)) {
                    error(s.cond(), "non-boolean condition in for statement");
                }
            }
            simpleStmt(s.post());
            stmt(s.body());
        } finally {
            closeScope();
        }
    }
}
