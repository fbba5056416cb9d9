package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.BoolOps;
import dev.chanscope.lang.interp.exec.Compare;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.FloatOps;
import dev.chanscope.lang.interp.exec.IntOps;
import dev.chanscope.lang.interp.exec.StringOps;
import dev.chanscope.lang.interp.rt.Ints;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.Token;
import dev.chanscope.lang.types.Interface;
import dev.chanscope.lang.types.Typ;
import dev.chanscope.lang.types.Type;

/** Unary and binary operators, typed by their operands' kind. */
final class Operators {

    private final ExprCompiler x;

    Operators(ExprCompiler x) {
        this.x = x;
    }

    Ex unary(Expr.Unary u) {
        RType t = x.rtype(u);
        Kind k = t.kind();
        return switch (u.op()) {
            case ADD -> x.expr(u.x());
            case SUB -> {
                Ex v = x.expr(u.x());
                if (k.isInteger()) {
                    yield norm(k, new IntOps.Neg(v));
                }
                if (k.isFloat()) {
                    yield new FloatOps.Neg(v);
                }
                yield x.unsupported(u, "negating a " + t);
            }
            case NOT -> new BoolOps.Not(x.expr(u.x()));
            case XOR -> norm(k, new IntOps.Complement(x.expr(u.x())));
            case AND -> x.sel.addressOf(u.x());
            case ARROW -> x.sel.receive(u, false);
            default -> x.unsupported(u, "the operator " + u.op().text());
        };
    }

    static Ex norm(Kind k, Ex e) {
        return Ints.narrow(k) ? new IntOps.Norm(k, e) : e;
    }

    Ex binary(Expr.Binary b) {
        Token op = b.op();
        if (op == Token.LAND) {
            return new BoolOps.And(x.expr(b.x()), x.expr(b.y()));
        }
        if (op == Token.LOR) {
            return new BoolOps.Or(x.expr(b.x()), x.expr(b.y()));
        }
        if (isComparison(op)) {
            return comparison(b);
        }
        RType t = x.rtype(b);
        if (op == Token.SHL || op == Token.SHR) {
            Type yt = x.typeOf(b.y());
            boolean countUnsigned = yt != null && dev.chanscope.lang.types.Types.isUnsigned(yt);
            return new IntOps.Shift(t.kind(), op == Token.SHL, countUnsigned, x.expr(b.x()), x.expr(b.y()));
        }
        return arithmetic(op, t, x.expr(b.x()), x.expr(b.y()), b);
    }

    /** {@code a op b} for + - * / % & | ^ &^ on values of type {@code t}. */
    Ex arithmetic(Token op, RType t, Ex a, Ex bv, Expr where) {
        Kind k = t.kind();
        if (k.isInteger() && !Ints.narrow(k) && bv instanceof IntOps.Const c) {
            char sym = switch (op) {
                case ADD -> '+';
                case SUB -> '-';
                case MUL -> '*';
                case QUO -> '/';
                case REM -> '%';
                default -> 0;
            };
            Ex special = sym == 0
                    ? null
                    : dev.chanscope.lang.interp.exec.IntConst.of(sym, a, c.value(), Ints.wideUnsigned(k));
            if (special != null) {
                return special;
            }
        }
        if (k.isInteger()) {
            return switch (op) {
                case ADD -> norm(k, new IntOps.Add(a, bv));
                case SUB -> norm(k, new IntOps.Sub(a, bv));
                case MUL -> norm(k, new IntOps.Mul(a, bv));
                case QUO -> new IntOps.Div(k, a, bv);
                case REM -> new IntOps.Rem(k, a, bv);
                case AND -> new IntOps.Bits('&', a, bv);
                case OR -> new IntOps.Bits('|', a, bv);
                case XOR -> new IntOps.Bits('^', a, bv);
                case AND_NOT -> new IntOps.Bits('~', a, bv);
                case SHL -> new IntOps.Shift(k, true, true, a, bv);
                case SHR -> new IntOps.Shift(k, false, true, a, bv);
                default -> x.unsupported(where, "the operator " + op.text());
            };
        }
        if (k.isFloat()) {
            char c = switch (op) {
                case ADD -> '+';
                case SUB -> '-';
                case MUL -> '*';
                case QUO -> '/';
                default -> 0;
            };
            if (c == 0) {
                return x.unsupported(where, "the operator " + op.text() + " on floats");
            }
            Ex r = new FloatOps.Arith(c, a, bv);
            return k == Kind.FLOAT32 ? new FloatOps.F32(r) : r;
        }
        if (k == Kind.STRING && op == Token.ADD) {
            return new StringOps.Concat(a, bv);
        }
        return x.unsupported(where, "the operator " + op.text() + " on " + t);
    }

    static boolean isComparison(Token op) {
        return op == Token.EQL
                || op == Token.NEQ
                || op == Token.LSS
                || op == Token.LEQ
                || op == Token.GTR
                || op == Token.GEQ;
    }

    private Ex comparison(Expr.Binary b) {
        Token op = b.op();
        boolean negate = op == Token.NEQ;
        Type xt = x.typeOf(b.x());
        Type yt = x.typeOf(b.y());
        if (xt == Typ.UNTYPED_NIL || yt == Typ.UNTYPED_NIL) {
            Expr other = xt == Typ.UNTYPED_NIL ? b.y() : b.x();
            return new Compare.IsNil(x.expr(other), negate);
        }
        boolean xi = xt.underlying() instanceof Interface;
        boolean yi = yt.underlying() instanceof Interface;
        if (xi || yi) {
            Ex a = xi ? x.expr(b.x()) : x.convertImplicit(x.expr(b.x()), xt, yt, true);
            Ex c = yi ? x.expr(b.y()) : x.convertImplicit(x.expr(b.y()), yt, xt, true);
            RType it = x.rtype(xi ? xt : yt);
            return new Compare.Equal(it, a, c, negate);
        }
        RType t = x.rtype(xt);
        Kind k = t.kind();
        Ex a = x.expr(b.x());
        Ex c = x.expr(b.y());
        if (k.isInteger()) {
            boolean unsigned = Ints.wideUnsigned(k);
            Ex fast = fastCompare(op, a, c, unsigned);
            if (fast != null) {
                return fast;
            }
            return switch (op) {
                case EQL -> new IntOps.Eq(a, c, false);
                case NEQ -> new IntOps.Eq(a, c, true);
                case LSS -> new IntOps.Less(a, c, unsigned, false);
                case LEQ -> new IntOps.Less(a, c, unsigned, true);
                case GTR -> new IntOps.Less(c, a, unsigned, false);
                default -> new IntOps.Less(c, a, unsigned, true);
            };
        }
        if (k.isFloat()) {
            return new FloatOps.Compare(op.text(), a, c);
        }
        if (k == Kind.STRING) {
            return new StringOps.Compare(op.text(), a, c);
        }
        if (k == Kind.BOOL) {
            return new BoolOps.Eq(a, c, negate);
        }
        return new Compare.Equal(t, a, c, negate);
    }

    /** Comparisons of a local with a local or a constant, the shape of most loop conditions. */
    private static Ex fastCompare(Token op, Ex a, Ex b, boolean unsigned) {
        if (unsigned) {
            return null;
        }
        int sa = dev.chanscope.lang.interp.exec.Locals.longSlotOf(a);
        if (b instanceof IntOps.Const c && (op == Token.EQL || op == Token.NEQ)) {
            return new dev.chanscope.lang.interp.exec.IntConst.Eq(a, c.value(), op == Token.NEQ);
        }
        if (sa < 0) {
            return null;
        }
        int sb = dev.chanscope.lang.interp.exec.Locals.longSlotOf(b);
        if (op == Token.LSS && sb >= 0) {
            return new dev.chanscope.lang.interp.exec.IntConst.SlotLess(sa, sb);
        }
        if ((op == Token.LSS || op == Token.LEQ) && b instanceof IntOps.Const c) {
            return new dev.chanscope.lang.interp.exec.IntConst.SlotLessConst(sa, c.value(), op == Token.LEQ);
        }
        return null;
    }

    /** a == b for a switch case: values of types {@code at} and {@code bt} (one may be an interface). */
    Ex equality(Ex a, Type at, Ex b, Type bt) {
        if (bt == Typ.UNTYPED_NIL) {
            return new Compare.IsNil(a, false);
        }
        boolean ai = at.underlying() instanceof Interface;
        boolean bi = bt.underlying() instanceof Interface;
        if (ai || bi) {
            Ex l = ai ? a : x.convertImplicit(a, at, bt, true);
            Ex r = bi ? b : x.convertImplicit(b, bt, at, true);
            return new Compare.Equal(x.rtype(ai ? at : bt), l, r, false);
        }
        RType t = x.rtype(at);
        Kind k = t.kind();
        if (k.isInteger()) {
            return new IntOps.Eq(a, b, false);
        }
        if (k.isFloat()) {
            return new FloatOps.Compare("==", a, b);
        }
        if (k == Kind.STRING) {
            return new StringOps.Compare("==", a, b);
        }
        if (k == Kind.BOOL) {
            return new BoolOps.Eq(a, b, false);
        }
        return new Compare.Equal(t, a, b, false);
    }
}
