package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.ChanOps;
import dev.chanscope.lang.interp.exec.Composite;
import dev.chanscope.lang.interp.exec.Conv;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.Fields;
import dev.chanscope.lang.interp.exec.Globals;
import dev.chanscope.lang.interp.exec.Ifaces;
import dev.chanscope.lang.interp.exec.Index;
import dev.chanscope.lang.interp.exec.Maps;
import dev.chanscope.lang.interp.exec.Methods;
import dev.chanscope.lang.interp.exec.Pointers;
import dev.chanscope.lang.interp.exec.Rep;
import dev.chanscope.lang.interp.exec.Slices;
import dev.chanscope.lang.interp.exec.StringOps;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.types.Func;
import dev.chanscope.lang.types.Interface;
import dev.chanscope.lang.types.MapType;
import dev.chanscope.lang.types.Obj;
import dev.chanscope.lang.types.PkgName;
import dev.chanscope.lang.types.Pointer;
import dev.chanscope.lang.types.Selection;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.Var;
import java.util.List;

/**
 * Selectors (fields, method values, qualified names), indexing, slicing, dereference, address-of,
 * type assertions and receives: the expressions that reach into a value.
 */
final class Selectors {

    private final ExprCompiler x;

    Selectors(ExprCompiler x) {
        this.x = x;
    }

    /** A qualified identifier {@code pkg.Name}: the object it names, or null for a field/method selector. */
    Obj qualified(Expr.Selector s) {
        if (ExprCompiler.unparen(s.x()) instanceof Expr.Ident id && x.fn.info.objectOf(id) instanceof PkgName) {
            return x.fn.info.objectOf(s.sel());
        }
        return null;
    }

    Ex selector(Expr.Selector s) {
        if (qualified(s) != null) {
            return x.expr(s.sel());
        }
        Selection sel = x.fn.info.selections().get(s);
        return switch (sel.kind()) {
            case FIELD_VAL -> field(s, sel, false);
            case METHOD_VAL -> methodValue(s, sel);
            case METHOD_EXPR -> methodExpr(s, sel);
        };
    }

    /** The struct holding the selected field or method receiver: the walk along the embedding path. */
    record Walk(Ex base, boolean viaPointer, RType struct) {}

    /** Walks {@code path} (all but its last index) from {@code base} of type {@code t}. */
    Walk walk(Ex base, Type t, List<Integer> path) {
        boolean viaPointer = t.underlying() instanceof Pointer;
        RType st = viaPointer ? x.rtype(((Pointer) t.underlying()).elem()) : x.rtype(t);
        for (int i = 0; i < path.size() - 1; i++) {
            int idx = path.get(i);
            RType.Field f = st.fields()[idx];
            base = new Fields.Get(base, idx, viaPointer, st.fieldOffset(idx));
            if (f.type().kind() == Kind.POINTER) {
                viaPointer = true;
                st = f.type().elem();
            } else {
                viaPointer = false;
                st = f.type();
            }
        }
        return new Walk(base, viaPointer, st);
    }

    /** x.f (or &x.f when {@code address}). */
    Ex field(Expr.Selector s, Selection sel, boolean address) {
        Walk w = walk(x.expr(s.x()), x.typeOf(s.x()), sel.index());
        int last = sel.index().getLast();
        RType.Field f = w.struct().fields()[last];
        long offset = w.struct().fieldOffset(last);
        if (address) {
            return new Fields.Addr(
                    w.base(), last, w.viaPointer(), offset, f.type().kind().isAggregate());
        }
        return new Fields.Get(w.base(), last, w.viaPointer(), offset).at(x.fn.label(s.pos()));
    }

    /** x.M as a function value: the receiver is evaluated (and copied or addressed) now. */
    private Ex methodValue(Expr.Selector s, Selection sel) {
        Func m = (Func) sel.obj();
        Ex recv = receiver(s, sel, m);
        if (isInterfaceMethod(m)) {
            return new IfaceMethodValue(recv, m.name());
        }
        dev.chanscope.lang.interp.rt.Func impl = x.fn.u.value(m, x.fn.pos(s.pos()));
        return new BoundValue(impl, recv, m.name());
    }

    private Ex methodExpr(Expr.Selector s, Selection sel) {
        Func m = (Func) sel.obj();
        if (isInterfaceMethod(m)) {
            return x.unsupported(s, "a method expression of an interface type");
        }
        if (sel.index().size() > 1) {
            return x.unsupported(s, "a method expression of a promoted method");
        }
        return new StringOps.Const(x.fn.u.value(m, x.fn.pos(s.pos())));
    }

    static boolean isInterfaceMethod(Func m) {
        return m.signature().recv() != null && m.signature().recv().type().underlying() instanceof Interface;
    }

    /**
     * The receiver a method call or method value passes: the embedded value the path reaches; its
     * address for a pointer method (the aggregate itself, or the variable's cell); a copy for a value
     * method; the interface value for an interface method.
     */
    Ex receiver(Expr.Selector s, Selection sel, Func m) {
        Type t = x.typeOf(s.x());
        List<Integer> path = sel.index();
        boolean wantsPointer = !isInterfaceMethod(m) && m.signature().recv().type() instanceof Pointer;
        if (path.size() == 1) {
            boolean isPointer = t.underlying() instanceof Pointer;
            if (isInterfaceMethod(m)) {
                return x.expr(s.x());
            }
            if (wantsPointer) {
                return isPointer ? x.expr(s.x()) : addressOf(s.x());
            }
            Ex v = x.expr(s.x());
            if (isPointer) {
                RType elem = x.rtype(((Pointer) t.underlying()).elem());
                return new Conv.Copy(elem, new Pointers.Deref(v, elem));
            }
            return x.fresh(s.x()) ? v : new Conv.Copy(x.rtype(t), v);
        }
        // Through embedded fields: walk to the struct holding the last embedded field.
        List<Integer> fieldPath = path.subList(0, path.size() - 1);
        Walk w = walk(x.expr(s.x()), t, fieldPath);
        int last = fieldPath.getLast();
        RType.Field f = w.struct().fields()[last];
        long offset = w.struct().fieldOffset(last);
        boolean embeddedPointer = f.type().kind() == Kind.POINTER;
        if (isInterfaceMethod(m)) {
            return new Fields.Get(w.base(), last, w.viaPointer(), offset);
        }
        if (wantsPointer) {
            if (embeddedPointer) {
                return new Fields.Get(w.base(), last, w.viaPointer(), offset);
            }
            return new Fields.Addr(
                    w.base(), last, w.viaPointer(), offset, f.type().kind().isAggregate());
        }
        Ex v = new Fields.Get(w.base(), last, w.viaPointer(), offset);
        if (embeddedPointer) {
            RType elem = f.type().elem();
            return new Conv.Copy(elem, new Pointers.Deref(v, elem));
        }
        return new Conv.Copy(f.type(), v);
    }

    /** &e for an addressable e (or a composite literal). */
    Ex addressOf(Expr e) {
        e = ExprCompiler.unparen(e);
        switch (e) {
            case Expr.Ident id -> {
                Obj o = x.fn.info.objectOf(id);
                if (o instanceof Var v) {
                    RType t = x.rtype(v.type());
                    if (v.isPackageLevel()) {
                        return Globals.load(Rep.REF, x.fn.u.global(v), true);
                    }
                    Fn.Local l = x.fn.locals.get(v);
                    if (l == null) {
                        l = x.fn.declare(v);
                    }
                    if (!l.cell() && !t.kind().isAggregate()) {
                        return x.unsupported(e, "taking the address of " + id.name());
                    }
                    return dev.chanscope.lang.interp.exec.Locals.load(Rep.REF, l.slot(), false);
                }
                return x.unsupported(e, "taking the address of " + id.name());
            }
            case Expr.Selector s -> {
                Selection sel = x.fn.info.selections().get(s);
                if (sel == null) {
                    return addressOf(s.sel());
                }
                return field(s, sel, true);
            }
            case Expr.Index ix -> {
                Type bt = x.typeOf(ix.x());
                boolean viaPointer = bt.underlying() instanceof Pointer;
                RType elem = x.rtype(ix);
                return new Index.Addr(x.expr(ix.x()), x.expr(ix.index()), viaPointer, elem);
            }
            case Expr.Star st -> {
                return new dev.chanscope.lang.interp.exec.Fields.NotNil(x.expr(st.x()));
            }
            case Expr.CompositeLit lit -> {
                RType t = x.rtype(lit);
                if (t.kind().isAggregate()) {
                    return x.expr(lit);
                }
                return new Composite.New(t, x.expr(lit));
            }
            default -> {
                return x.unsupported(e, "taking this address");
            }
        }
    }

    Ex index(Expr.Index ix) {
        Type bt = x.typeOf(ix.x());
        Type u = bt.underlying();
        if (u instanceof MapType) {
            return new Maps.Get(x.expr(ix.x()), x.owned(ix.index(), ((MapType) u).key()), x.rtype(bt))
                    .at(x.fn.label(ix.pos()));
        }
        RType brt = x.rtype(bt);
        if (brt.kind() == Kind.STRING) {
            return new StringOps.Index(x.expr(ix.x()), x.expr(ix.index()));
        }
        boolean viaPointer = u instanceof Pointer;
        return new Index.Get(x.expr(ix.x()), x.expr(ix.index()), viaPointer, x.rtype(ix));
    }

    Ex slice(Expr.Slice sl) {
        Type bt = x.typeOf(sl.x());
        RType brt = x.rtype(bt);
        Ex lo = sl.low() == null ? null : x.expr(sl.low());
        Ex hi = sl.high() == null ? null : x.expr(sl.high());
        if (brt.kind() == Kind.STRING) {
            return new Slices.OfString(x.expr(sl.x()), lo, hi);
        }
        Ex max = sl.max() == null ? null : x.expr(sl.max());
        boolean viaPointer = bt.underlying() instanceof Pointer;
        return new Slices.Expr(x.expr(sl.x()), lo, hi, max, viaPointer);
    }

    Ex deref(Expr.Star st) {
        return new Pointers.Deref(x.expr(st.x()), x.rtype(st));
    }

    Ex assertType(Expr.TypeAssert ta) {
        return new Ifaces.Assert(x.expr(ta.x()), x.rtype(ta.type()), x.rtype(ta.x()));
    }

    /** <-ch ({@code commaOk}: v, ok := <-ch). */
    Ex receive(Expr.Unary u, boolean commaOk) {
        String label = x.fn.label(u.pos());
        if (commaOk) {
            RType chanType = x.rtype(u.x());
            return new ChanOps.RecvOk(x.expr(u.x()), chanType.elem(), label);
        }
        return new ChanOps.Recv(x.expr(u.x()), label);
    }

    /** i.M as a value: the method of the interface's dynamic type, bound to its value. */
    static final class IfaceMethodValue extends Ex {
        final Ex recv;
        final String name;

        IfaceMethodValue(Ex recv, String name) {
            this.recv = recv;
            this.name = name;
        }

        @Override
        public Object eval(dev.chanscope.lang.interp.exec.Frame f) {
            dev.chanscope.lang.interp.rt.Iface i = (dev.chanscope.lang.interp.rt.Iface) recv.eval(f);
            if (i == null) {
                throw dev.chanscope.lang.interp.rt.Panics.nilDeref();
            }
            return new Methods.Bound(i.type().methods.get(name).impl(), i.value(), name);
        }
    }

    /** x.M of a concrete method as a value. */
    static final class BoundValue extends Ex {
        final dev.chanscope.lang.interp.rt.Func impl;
        final Ex recv;
        final String name;

        BoundValue(dev.chanscope.lang.interp.rt.Func impl, Ex recv, String name) {
            this.impl = impl;
            this.recv = recv;
            this.name = name;
        }

        @Override
        public Object eval(dev.chanscope.lang.interp.exec.Frame f) {
            return new Methods.Bound(impl, recv.eval(f), name);
        }
    }
}
