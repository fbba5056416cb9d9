package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.Calls;
import dev.chanscope.lang.interp.exec.Composite;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.Ifaces;
import dev.chanscope.lang.interp.exec.Rep;
import dev.chanscope.lang.interp.exec.StringOps;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.types.Builtin;
import dev.chanscope.lang.types.Func;
import dev.chanscope.lang.types.Instance;
import dev.chanscope.lang.types.Obj;
import dev.chanscope.lang.types.Selection;
import dev.chanscope.lang.types.Signature;
import dev.chanscope.lang.types.Slice;
import dev.chanscope.lang.types.Tuple;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.TypeAndValue;
import java.util.List;

/**
 * Calls: conversions, builtins, methods (concrete: a direct call; through an interface: dispatch on
 * the dynamic type), package functions (compiled or native) and function values. Arguments are
 * shaped to the parameters: converted to interfaces, aggregates copied, variadic ones packed.
 */
final class CallCompiler {

    private final ExprCompiler x;
    final Conversions conversions;
    final BuiltinCompiler builtins;

    CallCompiler(ExprCompiler x) {
        this.x = x;
        this.conversions = new Conversions(x);
        this.builtins = new BuiltinCompiler(x);
    }

    Ex call(Expr.Call c) {
        Expr fun = ExprCompiler.unparen(c.fun());
        TypeAndValue ftv = x.tv(fun);
        if (ftv != null && ftv.isType()) {
            return conversions.convert(c);
        }
        Obj callee = calleeObject(fun);
        if (callee instanceof Builtin b) {
            return builtins.call(c, b.builtinId());
        }
        Signature sig = (Signature) x.typeOf(fun).underlying();
        Rep rep = repOf(sig);
        if (fun instanceof Expr.Selector s && x.sel.qualified(s) == null) {
            Selection sel = x.fn.info.selections().get(s);
            if (sel != null && sel.kind() == Selection.Kind.METHOD_VAL) {
                return method(c, s, sel, sig, rep);
            }
        }
        if (callee instanceof Func f) {
            Expr.Ident id = fun instanceof Expr.Selector s ? s.sel() : (Expr.Ident) fun;
            Instance inst = x.fn.info.instances().get(id);
            Signature use = inst != null ? inst.type() : sig;
            if (x.fn.u.isNative(f)) {
                dev.chanscope.lang.interp.rt.Func n =
                        x.fn.u.nativeFunc(f, inst != null ? inst.type() : null, x.fn.pos(c.pos()));
                if (isSpread(c)) {
                    return new Calls.Spread(new StringOps.Const(n), spreadArgs(use, c), rep);
                }
                String hint = x.takeAssignName(null);
                return new Calls.Native(n, args(use, c, 0), rep, x.fn.label(c.pos()), hint);
            }
            if (isSpread(c)) {
                return new Calls.Spread(
                        new StringOps.Const(x.fn.u.value(f, x.fn.pos(c.pos()))), spreadArgs(use, c), rep);
            }
            return new Calls.Static(x.fn.u.code(f), args(use, c, 0), rep);
        }
        Ex fnValue = x.expr(c.fun());
        if (isSpread(c)) {
            return new Calls.Spread(fnValue, spreadArgs(sig, c), rep);
        }
        return new Calls.Value(fnValue, args(sig, c, 0), rep);
    }

    private Obj calleeObject(Expr fun) {
        if (fun instanceof Expr.Ident id) {
            return x.fn.info.objectOf(id);
        }
        if (fun instanceof Expr.Selector s) {
            return x.sel.qualified(s);
        }
        return null;
    }

    private Rep repOf(Signature sig) {
        return sig.results().size() == 1 ? Rep.of(x.rtype(sig.results().type(0))) : null;
    }

    private Ex method(Expr.Call c, Expr.Selector s, Selection sel, Signature sig, Rep rep) {
        Func m = (Func) sel.obj();
        Ex recv = x.sel.receiver(s, sel, m);
        if (Selectors.isInterfaceMethod(m)) {
            if (isSpread(c)) {
                return x.unsupported(c, "an interface method call with a multi-value argument");
            }
            return new Ifaces.Call(recv, m.name(), args(sig, c, 0), rep);
        }
        if (isSpread(c)) {
            return x.unsupported(c, "a method call with a multi-value argument");
        }
        Ex[] rest = args(sig, c, 0);
        Ex[] all = new Ex[rest.length + 1];
        all[0] = recv;
        System.arraycopy(rest, 0, all, 1, rest.length);
        if (x.fn.u.isNative(m)) {
            dev.chanscope.lang.interp.rt.Func n = x.fn.u.nativeFunc(m, null, x.fn.pos(c.pos()));
            String hint = x.fn.inMainPackage ? x.fn.u.mainFile.text(s.x().pos(), s.x().end()) : null;
            return new Calls.Native(n, all, rep, x.fn.label(c.pos()), hint);
        }
        return new Calls.Static(x.fn.u.code(m), all, rep);
    }

    /** The tuple of a spread call f(g()) shaped as f's arguments (interfaces boxed, variadic packed). */
    Ex spreadArgs(Signature sig, Expr.Call c) {
        Expr arg = c.args().getFirst();
        Tuple from = (Tuple) x.typeOf(arg);
        Tuple params = sig.params();
        boolean variadic = sig.variadic();
        int fixed = variadic ? params.size() - 1 : params.size();
        RType[] boxAs = new RType[from.size()];
        for (int i = 0; i < from.size(); i++) {
            Type to = i < fixed
                    ? params.type(i)
                    : ((Slice) params.type(params.size() - 1).underlying()).elem();
            if (to.underlying() instanceof dev.chanscope.lang.types.Interface
                    && !(from.type(i).underlying() instanceof dev.chanscope.lang.types.Interface)) {
                boxAs[i] = x.rtype(from.type(i));
            }
        }
        RType elem = variadic ? x.rtype(((Slice) params.type(params.size() - 1).underlying()).elem()) : null;
        return new dev.chanscope.lang.interp.exec.Tuples.Shape(x.expr(arg), boxAs, fixed, elem);
    }

    /** f(g()) where g returns several values. */
    boolean isSpread(Expr.Call c) {
        return c.args().size() == 1 && x.typeOf(c.args().getFirst()) instanceof Tuple t && t.size() > 1;
    }

    /**
     * The arguments of a call to {@code sig}, one node per parameter from {@code skip} on: each
     * converted to its parameter's type; a variadic tail packed into a new slice unless passed with ...
     */
    Ex[] args(Signature sig, Expr.Call c, int skip) {
        Tuple params = sig.params();
        List<Expr> args = c.args();
        int n = params.size() - skip;
        Ex[] out = new Ex[n];
        boolean packTail = sig.variadic() && !c.hasEllipsis();
        int fixed = packTail ? n - 1 : n;
        for (int i = 0; i < fixed; i++) {
            out[i] = x.owned(args.get(i), params.type(skip + i));
        }
        if (packTail) {
            Type sliceType = params.type(skip + n - 1);
            Type elem = ((Slice) sliceType.underlying()).elem();
            int extra = args.size() - fixed;
            if (extra == 0) {
                out[n - 1] = new StringOps.Const(null);
            } else {
                Ex[] values = new Ex[extra];
                int[] indexes = new int[extra];
                for (int i = 0; i < extra; i++) {
                    values[i] = x.owned(args.get(fixed + i), elem);
                    indexes[i] = i;
                }
                RType arrayType = x.fn.u.types.types.array(extra, x.rtype(elem));
                out[n - 1] = new Composite.SliceLit(arrayType, extra, indexes, values);
            }
        }
        return out;
    }

    /** The values of a multi-value expression, as an Object[] (a call, or a comma-ok form). */
    Ex tuple(Expr e) {
        return x.expr(e);
    }
}
