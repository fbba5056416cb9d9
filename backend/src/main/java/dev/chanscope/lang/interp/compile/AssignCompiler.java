package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.Assign;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.Fields;
import dev.chanscope.lang.interp.exec.Globals;
import dev.chanscope.lang.interp.exec.Index;
import dev.chanscope.lang.interp.exec.IntOps;
import dev.chanscope.lang.interp.exec.Locals;
import dev.chanscope.lang.interp.exec.Maps;
import dev.chanscope.lang.interp.exec.Pointers;
import dev.chanscope.lang.interp.exec.Rep;
import dev.chanscope.lang.interp.exec.St;
import dev.chanscope.lang.interp.exec.Stmts;
import dev.chanscope.lang.interp.exec.StringOps;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.interp.rt.Values;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Spec;
import dev.chanscope.lang.syntax.Stmt;
import dev.chanscope.lang.syntax.Token;
import dev.chanscope.lang.types.MapType;
import dev.chanscope.lang.types.Mode;
import dev.chanscope.lang.types.Obj;
import dev.chanscope.lang.types.Pointer;
import dev.chanscope.lang.types.Selection;
import dev.chanscope.lang.types.Tuple;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.TypeAndValue;
import dev.chanscope.lang.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Declarations and assignments. A declared variable is a new location: it gets a copy it owns. An
 * assignment to an aggregate overwrites it in place (pointers to it see the change); several values
 * are all evaluated before any is stored.
 */
final class AssignCompiler {

    private final StmtCompiler s;
    private final ExprCompiler x;
    private final Fn fn;

    AssignCompiler(StmtCompiler s) {
        this.s = s;
        this.x = s.x;
        this.fn = s.fn;
    }

    /** Declares {@code v} holding {@code value} (already a value it may own), or its zero value. */
    St declare(Var v, Ex value) {
        Fn.Local l = fn.declare(v);
        if (l.cell()) {
            return new Locals.NewCell(l.slot(), l.type(), value);
        }
        if (value == null) {
            value = zero(l.type());
        }
        return Locals.store(l.rep(), l.slot(), false, value);
    }

    St declareZero(Var v) {
        return declare(v, null);
    }

    Ex zero(RType t) {
        return switch (Rep.of(t)) {
            case LONG -> new IntOps.Const(0);
            case DOUBLE -> new dev.chanscope.lang.interp.exec.FloatOps.Const(0);
            case BOOL -> new dev.chanscope.lang.interp.exec.BoolOps.Const(false);
            case REF -> t.kind().isAggregate() ? new ZeroOf(t) : new StringOps.Const(Values.zeroShared(t));
        };
    }

    /** A new zero aggregate each time. */
    static final class ZeroOf extends Ex {
        final RType t;

        ZeroOf(RType t) {
            this.t = t;
        }

        @Override
        public Object eval(dev.chanscope.lang.interp.exec.Frame f) {
            return Values.zero(t);
        }
    }

    St varSpec(Spec.ValueSpec spec) {
        List<Expr.Ident> names = spec.names();
        List<Expr> values = spec.values();
        List<St> out = new ArrayList<>();
        if (values.isEmpty()) {
            for (Expr.Ident id : names) {
                Var v = s.defined(id);
                if (v != null) {
                    out.add(declareZero(v));
                }
            }
        } else if (values.size() == names.size()) {
            // var a, b = x, y: every value is evaluated before the variables exist.
            if (names.size() == 1) {
                Var v = s.defined(names.getFirst());
                assignName(names.getFirst().name());
                Ex value = x.owned(values.getFirst(), v.type());
                return declare(v, value);
            }
            return defineMany(names, values);
        } else {
            return defineFromTuple(names, values.getFirst());
        }
        return out.size() == 1 ? out.getFirst() : new Stmts.Seq(out.toArray(new St[0]));
    }

    private void assignName(String name) {
        if (!name.equals("_")) {
            x.assignName = name;
        }
    }

    St assign(Stmt.Assign a) {
        Token tok = a.tok();
        if (tok != Token.ASSIGN && tok != Token.DEFINE) {
            return compound(a.lhs().getFirst(), binaryOf(tok), a.rhs().getFirst());
        }
        List<Expr> lhs = a.lhs();
        List<Expr> rhs = a.rhs();
        if (lhs.size() != rhs.size()) {
            return tok == Token.DEFINE
                    ? defineFromTuple(idents(lhs), rhs.getFirst())
                    : assignFromTuple(lhs, rhs.getFirst());
        }
        if (lhs.size() == 1) {
            Expr l = lhs.getFirst();
            if (tok == Token.DEFINE && isNewVar(l)) {
                Var v = s.defined((Expr.Ident) l);
                assignName(((Expr.Ident) l).name());
                return declare(v, x.owned(rhs.getFirst(), v.type()));
            }
            return store(l, rhs.getFirst());
        }
        if (tok == Token.DEFINE) {
            return defineMany(idents(lhs), rhs);
        }
        Assign.Target[] ts = new Assign.Target[lhs.size()];
        Ex[] vs = new Ex[lhs.size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = target(lhs.get(i), false);
            vs[i] = x.owned(rhs.get(i), targetType(lhs.get(i)));
        }
        return new Assign.Multi(ts, vs);
    }

    private static List<Expr.Ident> idents(List<Expr> es) {
        List<Expr.Ident> out = new ArrayList<>();
        for (Expr e : es) {
            out.add((Expr.Ident) e);
        }
        return out;
    }

    private boolean isNewVar(Expr e) {
        return e instanceof Expr.Ident id && !id.isBlank() && fn.info.defs().get(id) != null;
    }

    /** The type a value assigned to {@code lhs} must have (null for _). */
    private Type targetType(Expr lhs) {
        if (lhs instanceof Expr.Ident id && id.isBlank()) {
            return null;
        }
        return x.typeOf(lhs);
    }

    /** a, b := x, y: new variables get their values after all values are evaluated. */
    private St defineMany(List<Expr.Ident> names, List<Expr> values) {
        Assign.Target[] ts = new Assign.Target[names.size()];
        Ex[] vs = new Ex[names.size()];
        List<St> decls = new ArrayList<>();
        for (int i = 0; i < ts.length; i++) {
            Expr.Ident id = names.get(i);
            ts[i] = defineTarget(id, decls);
            vs[i] = x.owned(values.get(i), id.isBlank() ? null : x.typeOf(id));
        }
        decls.add(new Assign.Multi(ts, vs));
        return new Stmts.Seq(decls.toArray(new St[0]));
    }

    /** The target for one name of a := (declaring it first when new). */
    private Assign.Target defineTarget(Expr.Ident id, List<St> decls) {
        if (id.isBlank()) {
            return new Assign.Blank();
        }
        if (isNewVar(id)) {
            Var v = s.defined(id);
            Fn.Local l = fn.declare(v);
            if (l.cell()) {
                decls.add(new Locals.NewCell(l.slot(), l.type(), null));
                return new Assign.CellTarget(l.slot(), false);
            }
            return new Assign.Slot(l.rep(), l.slot());
        }
        return target(id, false);
    }

    /** a, b := f() (or v, ok := m[k] and the other comma-ok forms). */
    private St defineFromTuple(List<Expr.Ident> names, Expr value) {
        assignName(names.getFirst().name());
        List<St> decls = new ArrayList<>();
        Assign.Target[] ts = new Assign.Target[names.size()];
        Type[] types = new Type[names.size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = defineTarget(names.get(i), decls);
            types[i] = names.get(i).isBlank() ? null : x.typeOf(names.get(i));
        }
        decls.add(new Assign.FromTuple(ts, tuple(value, types)));
        return new Stmts.Seq(decls.toArray(new St[0]));
    }

    private St assignFromTuple(List<Expr> lhs, Expr value) {
        Assign.Target[] ts = new Assign.Target[lhs.size()];
        Type[] types = new Type[lhs.size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = target(lhs.get(i), false);
            types[i] = targetType(lhs.get(i));
        }
        return new Assign.FromTuple(ts, tuple(value, types));
    }

    /** The values of a call with several results or of a comma-ok form, converted to {@code types}. */
    Ex tuple(Expr value, Type[] types) {
        Expr e = ExprCompiler.unparen(value);
        TypeAndValue tv = x.tv(e);
        if (tv != null && tv.mode() == Mode.COMMAOK) {
            Ex t = switch (e) {
                case Expr.Index ix ->
                    new Maps.GetOk(
                                    x.expr(ix.x()),
                                    x.owned(
                                            ix.index(),
                                            ((MapType) x.typeOf(ix.x()).underlying()).key()),
                                    x.rtype(ix.x()))
                            .at(fn.label(ix.pos()));
                case Expr.TypeAssert ta ->
                    new dev.chanscope.lang.interp.exec.Ifaces.AssertOk(
                            x.expr(ta.x()), x.rtype(ta.type()), x.rtype(ta.x()));
                case Expr.Unary u -> x.sel.receive(u, true);
                default -> x.unsupported(e, "this comma-ok form");
            };
            Tuple pair = (Tuple) tv.type();
            return boxFirst(t, pair.type(0), types.length > 0 ? types[0] : null);
        }
        return s.convertTuple(e, types);
    }

    /** A comma-ok pair whose value goes to an interface-typed target: boxed with its dynamic type. */
    private Ex boxFirst(Ex pair, Type from, Type to) {
        if (to != null
                && to.underlying() instanceof dev.chanscope.lang.types.Interface
                && !(from.underlying() instanceof dev.chanscope.lang.types.Interface)) {
            return new dev.chanscope.lang.interp.exec.Tuples.ToIfaces(pair, new RType[] {x.rtype(from), null});
        }
        return pair;
    }

    /** Targets for the named results of the function (return a, b). */
    Assign.Target[] targetsOf(Tuple results) {
        Assign.Target[] out = new Assign.Target[results.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = varTarget(results.at(i), -1);
        }
        return out;
    }

    private Assign.Target varTarget(Var v, int pos) {
        RType t = x.rtype(v.type());
        String label = pos < 0 ? null : fn.label(pos);
        if (v.isPackageLevel()) {
            int g = fn.u.global(v);
            return t.kind().isAggregate()
                    ? new Assign.InPlace(Globals.load(Rep.REF, g, true), t)
                    : new Assign.CellTarget(g, true).named(v.name(), label);
        }
        Fn.Local l = fn.locals.get(v);
        if (l == null) {
            l = fn.declare(v);
        }
        if (l.cell()) {
            return new Assign.CellTarget(l.slot(), false).named(v.name(), label);
        }
        if (t.kind().isAggregate()) {
            return new Assign.InPlace(Locals.load(Rep.REF, l.slot(), false), t);
        }
        return new Assign.Slot(l.rep(), l.slot());
    }

    /** Where an assignment to {@code e} stores (its operands evaluated by locate). */
    Assign.Target target(Expr e, boolean declaring) {
        e = ExprCompiler.unparen(e);
        if (e instanceof Expr.Ident id) {
            if (id.isBlank()) {
                return new Assign.Blank();
            }
            return varTarget((Var) fn.info.objectOf(id), id.pos());
        }
        RType t = x.rtype(e);
        boolean aggregate = t.kind().isAggregate();
        switch (e) {
            case Expr.Selector sel -> {
                if (x.sel.qualified(sel) != null) {
                    return varTarget((Var) x.sel.qualified(sel), sel.pos());
                }
                Selection selection = fn.info.selections().get(sel);
                if (aggregate) {
                    return new Assign.InPlace(x.sel.field(sel, selection, false), t);
                }
                Selectors.Walk w = x.sel.walk(x.expr(sel.x()), x.typeOf(sel.x()), selection.index());
                return new Assign.Field(
                        new Fields.NotNil(w.base()), selection.index().getLast());
            }
            case Expr.Index ix -> {
                Type bt = x.typeOf(ix.x());
                if (bt.underlying() instanceof MapType m) {
                    return new Assign.MapEntry(x.expr(ix.x()), x.owned(ix.index(), m.key()), x.rtype(bt))
                            .at(fn.label(ix.pos()));
                }
                if (aggregate) {
                    return new Assign.InPlace(x.sel.index(ix), t);
                }
                return new Assign.ViaRef(x.sel.addressOf(ix));
            }
            case Expr.Star st -> {
                Ex p = new Fields.NotNil(x.expr(st.x()));
                return aggregate ? new Assign.InPlace(p, t) : new Assign.ViaRef(p);
            }
            default -> {
                x.unsupported(e, "assigning to this expression");
                return new Assign.Blank();
            }
        }
    }

    /** lhs = rhs for a single target: a direct store where one exists. */
    St store(Expr lhs, Expr rhs) {
        lhs = ExprCompiler.unparen(lhs);
        if (lhs instanceof Expr.Ident id && id.isBlank()) {
            return new Stmts.Eval(x.expr(rhs));
        }
        Type lt = x.typeOf(lhs);
        RType t = x.rtype(lt);
        if (lhs instanceof Expr.Ident id) {
            assignName(id.name());
        } else if (lhs instanceof Expr.Selector sel) {
            assignName(sel.sel().name());
        }
        Ex value = x.owned(rhs, lt);
        if (t.kind().isAggregate()) {
            return new Assign.Single(target(lhs, false), value);
        }
        Rep rep = Rep.of(t);
        switch (lhs) {
            case Expr.Ident id -> {
                Var v = (Var) fn.info.objectOf(id);
                if (v.isPackageLevel()) {
                    return Globals.store(rep, fn.u.global(v), value, v.name(), fn.label(id.pos()));
                }
                Fn.Local l = fn.locals.get(v);
                if (l == null) {
                    l = fn.declare(v);
                }
                return Locals.store(l.rep(), l.slot(), l.cell(), value, v.name(), fn.label(id.pos()));
            }
            case Expr.Selector sel -> {
                if (x.sel.qualified(sel) != null) {
                    return new Assign.Single(target(lhs, false), value);
                }
                Selection selection = fn.info.selections().get(sel);
                Selectors.Walk w = x.sel.walk(x.expr(sel.x()), x.typeOf(sel.x()), selection.index());
                int last = selection.index().getLast();
                return new Fields.Set(w.base(), last, w.viaPointer(), w.struct().fieldOffset(last), t, value)
                        .at(fn.label(sel.pos()));
            }
            case Expr.Index ix -> {
                Type bt = x.typeOf(ix.x());
                if (bt.underlying() instanceof MapType m) {
                    return new Maps.Set(x.expr(ix.x()), x.owned(ix.index(), m.key()), value, x.rtype(bt))
                            .at(fn.label(ix.pos()));
                }
                return new Index.Set(x.expr(ix.x()), x.expr(ix.index()), bt.underlying() instanceof Pointer, t, value);
            }
            case Expr.Star st -> {
                return new Pointers.Set(x.expr(st.x()), t, value);
            }
            default -> {
                return new Assign.Single(target(lhs, false), value);
            }
        }
    }

    St incDec(Stmt.IncDec inc) {
        return compoundWith(inc.x(), inc.tok() == Token.INC ? Token.ADD : Token.SUB, null);
    }

    private static Token binaryOf(Token assignOp) {
        return switch (assignOp) {
            case ADD_ASSIGN -> Token.ADD;
            case SUB_ASSIGN -> Token.SUB;
            case MUL_ASSIGN -> Token.MUL;
            case QUO_ASSIGN -> Token.QUO;
            case REM_ASSIGN -> Token.REM;
            case AND_ASSIGN -> Token.AND;
            case OR_ASSIGN -> Token.OR;
            case XOR_ASSIGN -> Token.XOR;
            case SHL_ASSIGN -> Token.SHL;
            case SHR_ASSIGN -> Token.SHR;
            default -> Token.AND_NOT;
        };
    }

    private St compound(Expr lhs, Token op, Expr rhs) {
        return compoundWith(lhs, op, rhs);
    }

    /** lhs op= rhs ({@code rhs} null: ++ or --, i.e. the constant 1 of lhs's type). */
    private St compoundWith(Expr lhs, Token op, Expr rhs) {
        lhs = ExprCompiler.unparen(lhs);
        RType t = x.rtype(lhs);
        Ex r;
        boolean shiftCountUnsigned = true;
        if (rhs == null) {
            r = t.kind().isFloat() ? new dev.chanscope.lang.interp.exec.FloatOps.Const(1) : new IntOps.Const(1);
        } else {
            r = x.expr(rhs);
            Type rt = x.typeOf(rhs);
            shiftCountUnsigned = rt == null || dev.chanscope.lang.types.Types.isUnsigned(rt);
        }
        if (lhs instanceof Expr.Ident id) {
            Obj o = fn.info.objectOf(id);
            Var v = (Var) o;
            Ex cur = x.variable(v, id.pos());
            Ex updated = combine(op, t, cur, r, shiftCountUnsigned, lhs);
            String label = fn.label(id.pos());
            if (v.isPackageLevel()) {
                return Globals.store(Rep.of(t), fn.u.global(v), updated, v.name(), label);
            }
            Fn.Local l = fn.locals.get(v);
            if (!l.cell()
                    && l.rep() == Rep.LONG
                    && !dev.chanscope.lang.interp.rt.Ints.narrow(t.kind())
                    && (op == Token.ADD || op == Token.SUB)
                    && r instanceof IntOps.Const c) {
                return new dev.chanscope.lang.interp.exec.IntConst.IncSlot(
                        l.slot(), op == Token.ADD ? c.value() : -c.value());
            }
            return Locals.store(l.rep(), l.slot(), l.cell(), updated, v.name(), label);
        }
        // Locate the target once, keep its old value in a temporary, combine, store.
        Assign.Target target = target(lhs, false);
        Rep rep = Rep.of(t);
        int temp = rep == Rep.REF ? fn.refSlot() : fn.longSlot();
        Ex old = Locals.load(rep, temp, false);
        Ex updated = combine(op, t, old, r, shiftCountUnsigned, lhs);
        return new CompoundStore(target, new Assign.Slot(rep, temp), updated);
    }

    private Ex combine(Token op, RType t, Ex cur, Ex r, boolean countUnsigned, Expr where) {
        if (op == Token.SHL || op == Token.SHR) {
            return new IntOps.Shift(t.kind(), op == Token.SHL, countUnsigned, cur, r);
        }
        return x.ops.arithmetic(op, t, cur, r, where);
    }

    /** t op= v through the general path: old value into a temporary, then the combined value stored. */
    static final class CompoundStore extends St {
        final Assign.Target target;
        final Assign.Slot temp;
        final Ex updated;

        CompoundStore(Assign.Target target, Assign.Slot temp, Ex updated) {
            this.target = target;
            this.temp = temp;
            this.updated = updated;
        }

        @Override
        public int exec(dev.chanscope.lang.interp.exec.Frame f) {
            Object loc = target.locate(f);
            temp.set(f, null, target.get(f, loc));
            target.set(f, loc, updated.eval(f));
            return NEXT;
        }
    }

    static boolean isKind(RType t, Kind k) {
        return t.kind() == k;
    }
}
