package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.Conv;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.FloatOps;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.types.Interface;
import dev.chanscope.lang.types.Typ;
import dev.chanscope.lang.types.Type;

/** T(x): numeric conversions, strings to and from bytes and runes, to interfaces, between named types. */
final class Conversions {

    private final ExprCompiler x;

    Conversions(ExprCompiler x) {
        this.x = x;
    }

    Ex convert(Expr.Call c) {
        Expr arg = c.args().getFirst();
        Type to = x.typeOf(c);
        Type from = x.typeOf(arg);
        if (from == Typ.UNTYPED_NIL) {
            return x.expr(arg);
        }
        RType tt = x.rtype(to);
        RType ft = x.rtype(from);
        Ex v = x.expr(arg);
        if (to.underlying() instanceof Interface) {
            return x.convertImplicit(v, from, to, x.fresh(arg));
        }
        Kind tk = tt.kind();
        Kind fk = ft.kind();
        if (tk.isInteger() && fk.isInteger()) {
            return Operators.norm(tk, v);
        }
        if (tk.isFloat() && fk.isInteger()) {
            return new Conv.IntToFloat(fk, tk == Kind.FLOAT32, v);
        }
        if (tk.isInteger() && fk.isFloat()) {
            return new Conv.FloatToInt(tk, v);
        }
        if (tk.isFloat() && fk.isFloat()) {
            return tk == Kind.FLOAT32 && fk != Kind.FLOAT32 ? new FloatOps.F32(v) : v;
        }
        if (tk == Kind.STRING) {
            if (fk.isInteger()) {
                return new Conv.RuneToString(v, fk.isUnsigned());
            }
            if (fk == Kind.SLICE) {
                return ft.elem().kind() == Kind.INT32 ? new Conv.RunesToString(v) : new Conv.BytesToString(v);
            }
            return v;
        }
        if (tk == Kind.SLICE && fk == Kind.STRING) {
            return tt.elem().kind() == Kind.INT32 ? new Conv.StringToRunes(v) : new Conv.StringToBytes(v);
        }
        if (fk == Kind.SLICE && tk == Kind.POINTER) {
            return new Conv.SliceToArray(v, tt.elem(), true);
        }
        if (fk == Kind.SLICE && tk == Kind.ARRAY) {
            return new Conv.SliceToArray(v, tt, false);
        }
        if (tk.isAggregate()) {
            return new Conv.Copy(tt, v);
        }
        if (tk.isBasicNumber() || tk == Kind.BOOL || tk == Kind.STRING) {
            return v;
        }
        if (tk == Kind.COMPLEX64 || tk == Kind.COMPLEX128) {
            return x.unsupported(c, "complex numbers");
        }
        return v;
    }
}
