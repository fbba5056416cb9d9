package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.Deferred;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.Goroutines;
import dev.chanscope.lang.interp.exec.Locals;
import dev.chanscope.lang.interp.exec.Loops;
import dev.chanscope.lang.interp.exec.Rep;
import dev.chanscope.lang.interp.exec.SelectSt;
import dev.chanscope.lang.interp.exec.St;
import dev.chanscope.lang.interp.exec.Stmts;
import dev.chanscope.lang.interp.exec.StringOps;
import dev.chanscope.lang.interp.exec.Switches;
import dev.chanscope.lang.interp.exec.Tuples;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Stmt;
import dev.chanscope.lang.syntax.Token;
import dev.chanscope.lang.types.Builtin;
import dev.chanscope.lang.types.Chan;
import dev.chanscope.lang.types.Func;
import dev.chanscope.lang.types.Interface;
import dev.chanscope.lang.types.Obj;
import dev.chanscope.lang.types.Selection;
import dev.chanscope.lang.types.Signature;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.TypeAndValue;
import dev.chanscope.lang.types.Var;
import java.util.ArrayList;
import java.util.List;

/** go, defer, switch, type switch, select and for loops. Range loops are in {@link RangeCompiler}. */
final class ControlCompiler {

    private final StmtCompiler s;
    private final ExprCompiler x;
    private final Fn fn;
    final RangeCompiler ranges;

    ControlCompiler(StmtCompiler s) {
        this.s = s;
        this.x = s.x;
        this.fn = s.fn;
        this.ranges = new RangeCompiler(s);
    }

    /** The function value and arguments a go or defer statement evaluates at once. */
    record Invocation(Ex fn, Ex[] args) {}

    Invocation invocation(Expr.Call c) {
        Expr fun = ExprCompiler.unparen(c.fun());
        TypeAndValue ftv = x.tv(fun);
        Obj callee = fun instanceof Expr.Ident id
                ? fn.info.objectOf(id)
                : fun instanceof Expr.Selector sel ? x.sel.qualified(sel) : null;
        if (callee instanceof Builtin || (ftv != null && ftv.isType()) || x.calls.isSpread(c)) {
            return null;
        }
        Signature sig = (Signature) x.typeOf(fun).underlying();
        if (fun instanceof Expr.Selector sel && x.sel.qualified(sel) == null) {
            Selection selection = fn.info.selections().get(sel);
            if (selection != null && selection.kind() == Selection.Kind.METHOD_VAL) {
                Func m = (Func) selection.obj();
                Ex recv = x.sel.receiver(sel, selection, m);
                Ex[] rest = x.calls.args(sig, c, 0);
                if (Selectors.isInterfaceMethod(m)) {
                    return new Invocation(new Selectors.IfaceMethodValue(recv, m.name()), rest);
                }
                Ex[] all = new Ex[rest.length + 1];
                all[0] = recv;
                System.arraycopy(rest, 0, all, 1, rest.length);
                return new Invocation(new StringOps.Const(fn.u.value(m, fn.pos(c.pos()))), all);
            }
        }
        if (callee instanceof Func f) {
            dev.chanscope.lang.types.Instance inst =
                    fn.info.instances().get(fun instanceof Expr.Selector sel ? sel.sel() : (Expr.Ident) fun);
            dev.chanscope.lang.interp.rt.Func value = inst != null && fn.u.isNative(f)
                    ? fn.u.nativeFunc(f, inst.type(), fn.pos(c.pos()))
                    : fn.u.value(f, fn.pos(c.pos()));
            return new Invocation(new StringOps.Const(value), x.calls.args(inst != null ? inst.type() : sig, c, 0));
        }
        return new Invocation(x.expr(c.fun()), x.calls.args(sig, c, 0));
    }

    St goStmt(Stmt.Go g) {
        Invocation inv = invocation(g.call());
        if (inv == null) {
            fn.problem(g.pos(), "go with a builtin function or a multi-value argument is not supported in Chanscope");
            return null;
        }
        return new Goroutines.Go(inv.fn(), inv.args(), fn.label(g.pos()));
    }

    St deferStmt(Stmt.Defer d) {
        Invocation inv = invocation(d.call());
        if (inv == null) {
            return deferCall(d);
        }
        return new Deferred(inv.fn(), inv.args(), fn.label(d.pos()));
    }

    /**
     * defer close(ch), defer println(x), defer f(g()): the operands are evaluated now into an array the
     * deferred call keeps; at exit the call reads them from a frame slot.
     */
    private St deferCall(Stmt.Defer d) {
        Expr.Call c = d.call();
        List<Expr> operands = new ArrayList<>(c.args());
        Expr fun = ExprCompiler.unparen(c.fun());
        boolean builtinOrConversion =
                x.tv(fun) != null && (x.tv(fun).isType() || x.tv(fun).isBuiltin());
        if (!builtinOrConversion) {
            operands.addFirst(c.fun());
        }
        int slot = fn.refSlot();
        Ex[] now = new Ex[operands.size()];
        for (int i = 0; i < now.length; i++) {
            now[i] = x.expr(operands.get(i));
            x.overrides.put(operands.get(i), new Tuples.Elem(Locals.load(Rep.REF, slot, false), i));
        }
        Ex later = x.expr(c);
        for (Expr e : operands) {
            x.overrides.remove(e);
        }
        return new Deferred.Captured(now, slot, later);
    }

    private int loopLabel(String label) {
        return label == null ? 0 : fn.loopLabel(label);
    }

    private St withInit(Stmt init, St main) {
        if (init == null) {
            return main;
        }
        St i = s.stmt(init, null);
        return i == null ? main : new Stmts.Seq(new St[] {i, main});
    }

    St switchStmt(Stmt.Switch sw, String label) {
        St init = sw.init() == null ? null : s.stmt(sw.init(), null);
        St tagStore = null;
        Ex tag = null;
        Type tagType = null;
        if (sw.tag() != null) {
            tagType = x.typeOf(sw.tag());
            RType rt = x.rtype(tagType);
            Rep rep = Rep.of(rt);
            int slot = rep == Rep.REF ? fn.refSlot() : fn.longSlot();
            tagStore = Locals.store(rep, slot, false, x.expr(sw.tag()));
            tag = Locals.load(rep, slot, false);
        }
        List<Stmt> clauses = sw.body().list();
        Ex[][] conds = new Ex[clauses.size()][];
        St[] bodies = new St[clauses.size()];
        int defaultIndex = -1;
        for (int i = 0; i < clauses.size(); i++) {
            Stmt.CaseClause cc = (Stmt.CaseClause) clauses.get(i);
            if (cc.isDefault()) {
                defaultIndex = i;
                conds[i] = new Ex[0];
            } else {
                conds[i] = new Ex[cc.list().size()];
                for (int k = 0; k < cc.list().size(); k++) {
                    Expr e = cc.list().get(k);
                    conds[i][k] = tag == null ? x.expr(e) : x.ops.equality(tag, tagType, x.expr(e), x.typeOf(e));
                }
            }
            bodies[i] = s.block(cc.body(), List.of(), List.of(), cc.pos());
        }
        St main = new Switches.Expr(tagStore, conds, bodies, defaultIndex, loopLabel(label));
        return init == null ? main : new Stmts.Seq(new St[] {init, main});
    }

    St typeSwitch(Stmt.TypeSwitch ts, String label) {
        Expr.TypeAssert ta;
        if (ts.assign() instanceof Stmt.ExprStmt es) {
            ta = (Expr.TypeAssert) ExprCompiler.unparen(es.x());
        } else {
            ta = (Expr.TypeAssert)
                    ExprCompiler.unparen(((Stmt.Assign) ts.assign()).rhs().getFirst());
        }
        Type staticType = x.typeOf(ta.x());
        int temp = fn.refSlot();
        Ex held = Locals.load(Rep.REF, temp, false);
        List<Stmt> clauses = ts.body().list();
        RType[][] types = new RType[clauses.size()][];
        St[] binds = new St[clauses.size()];
        St[] bodies = new St[clauses.size()];
        int defaultIndex = -1;
        for (int i = 0; i < clauses.size(); i++) {
            Stmt.CaseClause cc = (Stmt.CaseClause) clauses.get(i);
            List<Expr> list = cc.isDefault() ? List.of() : cc.list();
            if (cc.isDefault()) {
                defaultIndex = i;
            }
            types[i] = new RType[list.size()];
            Type single = null;
            for (int k = 0; k < list.size(); k++) {
                Expr e = list.get(k);
                TypeAndValue tv = x.tv(e);
                if (tv != null && tv.isNil()) {
                    types[i][k] = null;
                } else {
                    Type t = x.typeOf(e);
                    types[i][k] = x.rtype(t);
                    single = list.size() == 1 ? t : null;
                }
            }
            Obj implicit = fn.info.implicits().get(cc);
            if (implicit instanceof Var v) {
                Ex value;
                if (single != null && !(single.underlying() instanceof Interface)) {
                    value = x.convertImplicit(
                            new dev.chanscope.lang.interp.exec.Ifaces.Assert(
                                    held, x.rtype(single), x.rtype(staticType)),
                            single,
                            single,
                            false);
                } else {
                    value = held;
                }
                binds[i] = s.assign.declare(v, value);
            }
            bodies[i] = s.block(cc.body(), List.of(), List.of(), cc.pos());
        }
        St main = new Switches.Type(x.expr(ta.x()), temp, types, binds, bodies, defaultIndex, loopLabel(label));
        return withInit(ts.init(), main);
    }

    St select(Stmt.Select sel, String label) {
        List<Stmt> clauses = sel.body().list();
        SelectSt.Clause[] out = new SelectSt.Clause[clauses.size()];
        int tupleSlot = -1;
        for (int i = 0; i < clauses.size(); i++) {
            Stmt.CommClause cc = (Stmt.CommClause) clauses.get(i);
            String caseLabel = fn.label(cc.pos());
            List<St> bind = new ArrayList<>();
            List<Integer> bindLines = new ArrayList<>();
            Ex chan = null;
            Ex value = null;
            boolean send = false;
            RType elem = null;
            switch (cc.comm()) {
                case null -> {}
                case Stmt.Send sd -> {
                    chan = x.expr(sd.chan());
                    Type et = ((Chan) x.typeOf(sd.chan()).underlying()).elem();
                    value = x.owned(sd.value(), et);
                    send = true;
                    elem = x.rtype(et);
                }
                case Stmt.ExprStmt es -> {
                    Expr.Unary u = (Expr.Unary) ExprCompiler.unparen(es.x());
                    chan = x.expr(u.x());
                    elem = x.rtype(((Chan) x.typeOf(u.x()).underlying()).elem());
                }
                case Stmt.Assign as -> {
                    Expr.Unary u = (Expr.Unary) ExprCompiler.unparen(as.rhs().getFirst());
                    chan = x.expr(u.x());
                    Type et = ((Chan) x.typeOf(u.x()).underlying()).elem();
                    elem = x.rtype(et);
                    if (tupleSlot < 0) {
                        tupleSlot = fn.refSlot();
                    }
                    Ex tuple = Locals.load(Rep.REF, tupleSlot, false);
                    for (int k = 0; k < as.lhs().size(); k++) {
                        Expr l = as.lhs().get(k);
                        Ex v = new Tuples.Elem(tuple, k);
                        Type from = k == 0 ? et : dev.chanscope.lang.types.Typ.BOOL;
                        if (as.tok() == Token.DEFINE
                                && l instanceof Expr.Ident id
                                && fn.info.defs().get(id) instanceof Var var) {
                            bind.add(s.assign.declare(var, v));
                        } else if (!(l instanceof Expr.Ident id && id.isBlank())) {
                            bind.add(new dev.chanscope.lang.interp.exec.Assign.Single(
                                    s.assign.target(l, false), x.convertImplicit(v, from, x.typeOf(l), true)));
                        }
                        bindLines.add(fn.line(cc.pos()));
                    }
                }
                default -> fn.problem(cc.pos(), "this select case is not supported in Chanscope");
            }
            St body = s.block(cc.body(), bind, bindLines, cc.pos());
            out[i] = new SelectSt.Clause(chan, value, send, body, caseLabel, elem);
        }
        return new SelectSt(out, tupleSlot, fn.label(sel.pos()), loopLabel(label));
    }

    St forStmt(Stmt.For f, String label) {
        St init = f.init() == null ? null : s.stmt(f.init(), null);
        Ex cond = f.cond() == null ? null : x.expr(f.cond());
        St post = f.post() == null ? null : s.stmt(f.post(), null);
        St body = s.block(f.body());
        St renew = null;
        if (fn.u.perIterationLoopVars && f.init() instanceof Stmt.Assign a && a.tok() == Token.DEFINE) {
            List<St> renews = new ArrayList<>();
            for (Expr l : a.lhs()) {
                if (l instanceof Expr.Ident id && fn.info.defs().get(id) instanceof Var v) {
                    Fn.Local local = fn.locals.get(v);
                    if (local != null && local.cell()) {
                        renews.add(new Locals.RenewCell(local.slot(), local.type()));
                    }
                }
            }
            if (!renews.isEmpty()) {
                renew = renews.size() == 1 ? renews.getFirst() : new Stmts.Seq(renews.toArray(new St[0]));
            }
        }
        St loop = new Loops.For(cond, post, body, renew, loopLabel(label));
        return init == null ? loop : new Stmts.Seq(new St[] {init, loop});
    }

    St range(Stmt.Range r, String label) {
        return ranges.range(r, loopLabel(label));
    }
}
