package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.BuiltinOps;
import dev.chanscope.lang.interp.exec.ChanOps;
import dev.chanscope.lang.interp.exec.Composite;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.IntOps;
import dev.chanscope.lang.interp.exec.Maps;
import dev.chanscope.lang.interp.exec.Slices;
import dev.chanscope.lang.interp.exec.StringOps;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.types.Builtin;
import dev.chanscope.lang.types.Slice;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.Universe;
import java.util.List;

/** Calls of the predeclared functions. Statement-only builtins come back wrapped as expressions. */
final class BuiltinCompiler {

    private final ExprCompiler x;

    BuiltinCompiler(ExprCompiler x) {
        this.x = x;
    }

    Ex call(Expr.Call c, Builtin.Id id) {
        List<Expr> a = c.args();
        String label = x.fn.label(c.pos());
        return switch (id) {
            case LEN, CAP -> lenCap(c, id == Builtin.Id.CAP);
            case APPEND -> append(c);
            case COPY -> new Slices.Copy(x.rtype(a.getFirst()).elem(), x.expr(a.get(0)), x.expr(a.get(1)));
            case DELETE ->
                statement(new Maps.Delete(x.expr(a.get(0)), x.owned(a.get(1), keyType(a.get(0))), x.rtype(a.get(0)))
                        .at(label));
            case MAKE -> make(c, label);
            case NEW -> new Composite.New(x.rtype(a.getFirst()), null);
            case PANIC -> new BuiltinOps.Panic(x.owned(a.getFirst(), Universe.anyType()), label);
            case RECOVER -> new BuiltinOps.Recover(label);
            case PRINT, PRINTLN -> {
                Ex[] args = new Ex[a.size()];
                RType[] types = new RType[a.size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = x.expr(a.get(i));
                    types[i] = x.rtype(a.get(i));
                }
                yield new BuiltinOps.Print(args, types, id == Builtin.Id.PRINTLN, label);
            }
            case CLOSE -> statement(new ChanOps.Close(x.expr(a.getFirst()), label));
            case MIN, MAX -> {
                Ex[] args = new Ex[a.size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = x.expr(a.get(i));
                }
                yield new BuiltinOps.MinMax(x.rtype(c), args, id == Builtin.Id.MAX);
            }
            case CLEAR -> statement(new BuiltinOps.Clear(x.expr(a.getFirst()), x.rtype(a.getFirst())).at(label));
            case COMPLEX, REAL, IMAG -> x.unsupported(c, "complex numbers");
        };
    }

    private Type keyType(Expr m) {
        return ((dev.chanscope.lang.types.MapType) x.typeOf(m).underlying()).key();
    }

    private Ex lenCap(Expr.Call c, boolean cap) {
        Expr arg = c.args().getFirst();
        RType t = x.rtype(arg);
        Ex v = x.expr(arg);
        return switch (t.kind()) {
            case STRING -> new StringOps.Len(v);
            case SLICE -> new Slices.LenCap(v, cap);
            case MAP -> new Maps.Len(v);
            case CHAN -> new ChanOps.LenCap(v, cap);
            case ARRAY -> new IntOps.Const(t.len());
            case POINTER -> new IntOps.Const(t.elem().len());
            default -> x.unsupported(c, "len of " + t);
        };
    }

    private Ex append(Expr.Call c) {
        List<Expr> a = c.args();
        Type st = x.typeOf(c);
        Type elem = ((Slice) st.underlying()).elem();
        RType re = x.rtype(elem);
        Ex s = x.expr(a.getFirst());
        if (c.hasEllipsis()) {
            return new Slices.AppendAll(re, s, x.expr(a.get(1)));
        }
        Ex[] vals = new Ex[a.size() - 1];
        for (int i = 1; i < a.size(); i++) {
            vals[i - 1] = x.owned(a.get(i), elem);
        }
        return new Slices.Append(re, s, vals);
    }

    private Ex make(Expr.Call c, String label) {
        List<Expr> a = c.args();
        RType t = x.rtype(a.getFirst());
        Ex n = a.size() > 1 ? x.expr(a.get(1)) : null;
        Ex m = a.size() > 2 ? x.expr(a.get(2)) : null;
        return switch (t.kind()) {
            case SLICE -> new Slices.Make(t.elem(), n, m);
            case MAP -> new Maps.Make(t, n);
            case CHAN -> {
                String name = x.takeAssignName("chan");
                yield new ChanOps.Make(t.elem(), n, name, label);
            }
            default -> x.unsupported(c, "make of " + t);
        };
    }

    /** A statement used where the call's expression is expected (ExprStmt runs it for its effect). */
    private static Ex statement(dev.chanscope.lang.interp.exec.St st) {
        return new AsExpr(st);
    }

    static final class AsExpr extends Ex {
        final dev.chanscope.lang.interp.exec.St st;

        AsExpr(dev.chanscope.lang.interp.exec.St st) {
            this.st = st;
        }

        @Override
        public Object eval(dev.chanscope.lang.interp.exec.Frame f) {
            st.exec(f);
            return null;
        }
    }

    static boolean isKind(RType t, Kind k) {
        return t.kind() == k;
    }
}
