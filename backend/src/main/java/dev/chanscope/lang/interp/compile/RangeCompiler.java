package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.Assign;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.Locals;
import dev.chanscope.lang.interp.exec.Loops;
import dev.chanscope.lang.interp.exec.Rep;
import dev.chanscope.lang.interp.exec.St;
import dev.chanscope.lang.interp.exec.Stmts;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Stmt;
import dev.chanscope.lang.syntax.Token;
import dev.chanscope.lang.types.Array;
import dev.chanscope.lang.types.Pointer;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * for-range. Each iteration's key and value land in temporary slots; the loop variables are bound
 * from them: declared anew every iteration (Go 1.22: a closure started in the loop sees its own
 * iteration's values) or, for Go 1.21 and older, declared once before the loop and assigned.
 */
final class RangeCompiler {

    private final StmtCompiler s;
    private final ExprCompiler x;
    private final Fn fn;

    RangeCompiler(StmtCompiler s) {
        this.s = s;
        this.x = s.x;
        this.fn = s.fn;
    }

    /** What a range loop yields per iteration: the key's and the value's types. */
    private record Yield(RType key, RType value) {}

    St range(Stmt.Range r, int label) {
        Type xt = x.typeOf(r.x());
        RType rt = x.rtype(xt);
        Yield y = switch (rt.kind()) {
            case SLICE, ARRAY -> new Yield(dev.chanscope.lang.interp.rt.Types.INT, rt.elem());
            case POINTER ->
                new Yield(dev.chanscope.lang.interp.rt.Types.INT, rt.elem().elem());
            case STRING -> new Yield(dev.chanscope.lang.interp.rt.Types.INT, dev.chanscope.lang.interp.rt.Types.INT32);
            case MAP -> new Yield(rt.key(), rt.elem());
            case CHAN -> new Yield(rt.elem(), null);
            default -> new Yield(rt, null);
        };
        List<St> before = new ArrayList<>();
        List<St> bind = new ArrayList<>();
        int keySlot = binding(r, r.key(), y.key(), before, bind);
        int valSlot = y.value() == null ? -1 : binding(r, r.value(), y.value(), before, bind);
        Loops.Temps temps = new Loops.Temps(
                keySlot,
                y.key() == null ? Rep.REF : Rep.of(y.key()),
                valSlot,
                y.value() == null ? Rep.REF : Rep.of(y.value()));
        St bindSt = bind.isEmpty() ? null : bind.size() == 1 ? bind.getFirst() : new Stmts.Seq(bind.toArray(new St[0]));
        St body = s.block(r.body());
        Ex range = x.expr(r.x());
        St loop = switch (rt.kind()) {
            case SLICE -> new Loops.OverList(range, rt.elem(), false, false, temps, bindSt, body, label);
            case ARRAY -> new Loops.OverList(range, rt.elem(), false, valSlot >= 0, temps, bindSt, body, label);
            case POINTER -> new Loops.OverList(range, rt.elem().elem(), true, false, temps, bindSt, body, label);
            case STRING -> new Loops.OverString(range, temps, bindSt, body, label);
            case MAP -> new Loops.OverMap(range, rt, temps, bindSt, body, label).at(fn.label(r.pos()));
            case CHAN -> new Loops.OverChan(range, temps, bindSt, body, label, fn.label(r.pos()));
            default -> {
                if (rt.kind().isInteger()) {
                    yield new Loops.OverInt(range, temps, bindSt, body, label);
                }
                fn.problem(r.pos(), "range over " + rt + " is not supported in Chanscope");
                yield Stmts.Nop.INSTANCE;
            }
        };
        if (before.isEmpty()) {
            return loop;
        }
        before.add(loop);
        return new Stmts.Seq(before.toArray(new St[0]));
    }

    /**
     * The temporary slot one iteration value goes to (-1 when unused), adding to {@code bind} what
     * moves it into its variable or target, and to {@code before} what must exist before the loop.
     */
    private int binding(Stmt.Range r, Expr target, RType t, List<St> before, List<St> bind) {
        if (target == null || (target instanceof Expr.Ident id && id.isBlank())) {
            return -1;
        }
        Rep rep = Rep.of(t);
        if (r.tok() == Token.DEFINE) {
            Var v = s.defined((Expr.Ident) target);
            Fn.Local l = fn.declare(v);
            if (!l.cell()) {
                // A plain local: the loop writes it directly (a fresh value each iteration anyway).
                return l.slot();
            }
            int temp = rep == Rep.REF ? fn.refSlot() : fn.longSlot();
            Ex value = Locals.load(rep, temp, false);
            if (fn.u.perIterationLoopVars) {
                bind.add(new Locals.NewCell(l.slot(), l.type(), value));
            } else {
                before.add(new Locals.NewCell(l.slot(), l.type(), null));
                bind.add(Locals.store(l.rep(), l.slot(), true, value));
            }
            return temp;
        }
        int temp = rep == Rep.REF ? fn.refSlot() : fn.longSlot();
        Ex value = Locals.load(rep, temp, false);
        if (x.typeOf(target).underlying() instanceof dev.chanscope.lang.types.Interface && !t.isInterface()) {
            value = new dev.chanscope.lang.interp.exec.Conv.ToIface(
                    t, value, t.kind().isAggregate());
        }
        bind.add(new Assign.Single(s.assign.target(target, false), value));
        return temp;
    }

    static boolean isArray(Type t) {
        return t.underlying() instanceof Array || t.underlying() instanceof Pointer;
    }

    static boolean isKind(RType t, Kind k) {
        return t.kind() == k;
    }
}
