package dev.chanscope.lang.interp.compile;

import dev.chanscope.lang.interp.exec.BoolOps;
import dev.chanscope.lang.interp.exec.Conv;
import dev.chanscope.lang.interp.exec.Ex;
import dev.chanscope.lang.interp.exec.FloatOps;
import dev.chanscope.lang.interp.exec.Globals;
import dev.chanscope.lang.interp.exec.IntOps;
import dev.chanscope.lang.interp.exec.Locals;
import dev.chanscope.lang.interp.exec.Rep;
import dev.chanscope.lang.interp.exec.StringOps;
import dev.chanscope.lang.interp.rt.Ints;
import dev.chanscope.lang.interp.rt.Kind;
import dev.chanscope.lang.interp.rt.RType;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.types.Const;
import dev.chanscope.lang.types.Constant;
import dev.chanscope.lang.types.Func;
import dev.chanscope.lang.types.Interface;
import dev.chanscope.lang.types.Mode;
import dev.chanscope.lang.types.Nil;
import dev.chanscope.lang.types.Obj;
import dev.chanscope.lang.types.Typ;
import dev.chanscope.lang.types.Type;
import dev.chanscope.lang.types.TypeAndValue;
import dev.chanscope.lang.types.Var;

/**
 * Compiles expressions to nodes that compute their value in the representation of its type (see
 * {@link Rep}). Constant expressions become constants (the checker folded them exactly); every other
 * kind of expression is handed to the compiler of its kind.
 */
final class ExprCompiler {

    final Fn fn;
    final Operators ops;
    final Selectors sel;
    final CallCompiler calls;
    final Literals lits;

    ExprCompiler(Fn fn) {
        this.fn = fn;
        this.ops = new Operators(this);
        this.sel = new Selectors(this);
        this.calls = new CallCompiler(this);
        this.lits = new Literals(this);
    }

    Type typeOf(Expr e) {
        return fn.info.typeOf(e);
    }

    RType rtype(Expr e) {
        return fn.u.types.map(typeOf(e));
    }

    RType rtype(Type t) {
        return fn.u.types.map(t);
    }

    TypeAndValue tv(Expr e) {
        return fn.info.types().get(e);
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e;
    }

    /**
     * The variable or field the expression being compiled is assigned to: the name a channel made by
     * make, or an object made by a std function (a context), gets. Taken by the first consumer.
     */
    String assignName;

    String takeAssignName(String fallback) {
        String n = assignName;
        assignName = null;
        return n != null ? n : fallback;
    }

    /** Nodes standing for given expressions (a deferred call's operands, evaluated earlier). */
    final java.util.Map<Expr, Ex> overrides = new java.util.IdentityHashMap<>();

    /** The expression's value, in its own type's representation. */
    Ex expr(Expr e) {
        if (!overrides.isEmpty()) {
            Ex o = overrides.get(e);
            if (o != null) {
                return o;
            }
        }
        TypeAndValue tv = tv(e);
        if (tv != null && tv.mode() == Mode.CONSTANT && tv.value() != null) {
            return constant(tv.value(), tv.type());
        }
        return switch (e) {
            case Expr.Paren p -> expr(p.x());
            case Expr.Ident id -> ident(id);
            case Expr.BasicLit lit -> constant(tv.value(), tv.type());
            case Expr.FuncLit lit -> lits.funcLit(lit);
            case Expr.CompositeLit lit -> lits.composite(lit);
            case Expr.Selector s -> sel.selector(s);
            case Expr.Index ix -> sel.index(ix);
            case Expr.Slice sl -> sel.slice(sl);
            case Expr.TypeAssert ta -> sel.assertType(ta);
            case Expr.Call c -> calls.call(c);
            case Expr.Star st -> sel.deref(st);
            case Expr.Unary u -> ops.unary(u);
            case Expr.Binary b -> ops.binary(b);
            default -> unsupported(e, "this expression");
        };
    }

    Ex unsupported(Expr e, String what) {
        fn.problem(e.pos(), what + " is not supported in Chanscope");
        return new StringOps.Const(null);
    }

    private Ex ident(Expr.Ident id) {
        Obj o = fn.info.objectOf(id);
        return switch (o) {
            case Var v -> variable(v, id.pos());
            case Const c -> constant(c.value(), typeOf(id));
            case Func f -> new StringOps.Const(fn.u.value(f, fn.pos(id.pos())));
            case Nil n -> new StringOps.Const(null);
            case null -> unsupported(id, "the identifier " + id.name());
            default -> unsupported(id, "using " + id.name() + " as a value");
        };
    }

    /** A variable's value: a local (slot or cell), a captured one, or a package variable. */
    Ex variable(Var v) {
        return variable(v, -1);
    }

    /** The same, used at {@code pos} (which race reports quote when the variable is shared). */
    Ex variable(Var v, int pos) {
        String label = pos < 0 ? null : fn.label(pos);
        if (v.isPackageLevel()) {
            RType t = rtype(v.type());
            return Globals.load(Rep.of(t), fn.u.global(v), t.kind().isAggregate(), v.name(), label);
        }
        Fn.Local l = fn.locals.get(v);
        if (l == null) {
            l = fn.declare(v);
        }
        return Locals.load(l.rep(), l.slot(), l.cell(), v.name(), label);
    }

    /** A constant of type {@code t} (for an untyped constant, its default type). */
    Ex constant(Constant c, Type t) {
        RType r = t == null || t == Typ.UNTYPED_NIL ? null : rtype(t);
        Kind k = r == null ? null : r.kind();
        if (k == Kind.INTERFACE || k == null) {
            k = switch (c) {
                case Constant.Bool b -> Kind.BOOL;
                case Constant.Str s -> Kind.STRING;
                case Constant.Int i -> Kind.INT;
                case Constant.Float f -> Kind.FLOAT64;
                default -> Kind.INT;
            };
        }
        if (k == Kind.BOOL) {
            return new BoolOps.Const(c instanceof Constant.Bool b && b.value());
        }
        if (k == Kind.STRING) {
            return new StringOps.Const(c instanceof Constant.Str s ? s.bytes() : "");
        }
        if (k.isInteger()) {
            long v = switch (c) {
                case Constant.Int i -> i.value().longValue();
                case Constant.Float f -> f.value().num().divide(f.value().den()).longValue();
                default -> 0;
            };
            return new IntOps.Const(Ints.norm(k, v));
        }
        if (k.isFloat()) {
            double d = switch (c) {
                case Constant.Int i ->
                    k == Kind.FLOAT32 ? i.value().floatValue() : i.value().doubleValue();
                case Constant.Float f ->
                    k == Kind.FLOAT32 ? f.value().toFloat() : f.value().toDouble();
                default -> 0;
            };
            return new FloatOps.Const(d);
        }
        fn.problem(-1, "constant of type " + r + " is not supported in Chanscope");
        return new IntOps.Const(0);
    }

    /** Whether evaluating {@code e} yields a new aggregate that nobody else holds. */
    boolean fresh(Expr e) {
        e = unparen(e);
        return switch (e) {
            case Expr.CompositeLit c -> true;
            case Expr.Call c -> true;
            case Expr.Binary b -> true;
            case Expr.Unary u -> u.op() != dev.chanscope.lang.syntax.Token.ARROW;
            default -> false;
        };
    }

    /**
     * {@code e} as a value of type {@code target} that a new location may own: converted to an
     * interface when the target is one (a copy of an aggregate boxed), an aggregate copied unless fresh.
     */
    Ex owned(Expr e, Type target) {
        Type from = typeOf(e);
        Ex x = expr(e);
        return convertImplicit(x, from, target, fresh(e));
    }

    /** The implicit conversion assignability allows: to an interface, or nothing. */
    Ex convertImplicit(Ex x, Type from, Type target, boolean fresh) {
        if (target == null || from == Typ.UNTYPED_NIL) {
            return x;
        }
        boolean toIface = target.underlying() instanceof Interface;
        boolean fromIface = from.underlying() instanceof Interface;
        RType ft = rtype(from);
        if (toIface && !fromIface) {
            return new Conv.ToIface(ft, x, ft.kind().isAggregate() && !fresh);
        }
        if (ft.kind().isAggregate() && !fresh) {
            return new Conv.Copy(ft, x);
        }
        return x;
    }

    /** A long-valued node as the boxed value a generic consumer wants (already boxing in eval). */
    static Ex boxed(Ex x) {
        return x;
    }
}
