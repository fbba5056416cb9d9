package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;
import java.util.ArrayList;
import java.util.List;

/** Calls, conversions and argument passing, variadic and multi-value (go/types' call.go). */
abstract class Calls extends Instantiation {

    Calls(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    abstract void multiExpr(Operand x, Expr e);

    /** The mode a comma-ok operand had before {@link #exprList} made it a plain value (by identity). */
    final java.util.Map<Operand, Mode> commaOkModes = new java.util.IdentityHashMap<>();

    void callExpr(Operand x, Expr.Call call) {
        rawExpr(x, call.fun(), null, true);
        switch (x.mode) {
            case INVALID -> {
                for (Expr a : call.args()) {
                    useExpr(a);
                }
                x.expr = call;
                return;
            }
            case TYPEXPR -> {
                Type t = x.type;
                x.invalidate();
                int n = call.args().size();
                if (n == 0) {
                    error(call, "missing argument in conversion to " + str(t));
                } else if (n == 1) {
                    expr(x, call.args().getFirst());
                    if (!x.invalid()) {
                        if (call.hasEllipsis()) {
                            error(call.args().getFirst(), "invalid use of ... in type conversion to " + str(t));
                            x.invalidate();
                        } else if (t.underlying() instanceof Interface i && !i.isMethodSet()) {
                            error(
                                    call,
                                    "cannot use interface " + str(t)
                                            + " in conversion (contains specific type constraints or is comparable)");
                            x.invalidate();
                        } else {
                            conversion(x, t);
                        }
                    }
                } else {
                    for (Expr a : call.args()) {
                        useExpr(a);
                    }
                    error(call.args().get(n - 1), "too many arguments in conversion to " + str(t));
                }
                x.expr = call;
                return;
            }
            case BUILTIN -> {
                Builtin.Id id = x.builtin;
                if (!builtin(x, call, id)) {
                    x.invalidate();
                }
                x.nilValue = false;
                x.expr = call;
                if (x.mode != Mode.INVALID && x.mode != Mode.CONSTANT) {
                    hasCallOrRecv = true;
                }
                return;
            }
            default -> {}
        }
        if (!(Types.coreType(x.type) instanceof Signature sig)) {
            error(x.expr, INVALID_OP + "cannot call non-function " + str(x));
            x.invalidate();
            x.expr = call;
            return;
        }
        List<Operand> args = exprList(call.args(), false);
        Signature used = sig.isGeneric() ? instantiate(call, sig, args) : sig;
        if (used == null) {
            x.invalidate();
            x.expr = call;
            return;
        }
        arguments(call, used, args, ExprString.of(call.fun()));
        Tuple res = used.results();
        if (res.size() == 0) {
            x.mode = Mode.NOVALUE;
            x.type = Tuple.EMPTY;
        } else if (res.size() == 1) {
            x.mode = Mode.VALUE;
            x.type = res.type(0);
        } else {
            x.mode = Mode.VALUE;
            x.type = res;
        }
        x.val = null;
        x.expr = call;
        hasCallOrRecv = true;
    }

    @Override
    List<Operand> exprList(List<Expr> list, boolean allowCommaOk) {
        List<Operand> out = new ArrayList<>();
        if (list.size() == 1) {
            Expr e = list.getFirst();
            Operand x = new Operand();
            multiExpr(x, e);
            if (x.type instanceof Tuple t && x.mode != Mode.INVALID) {
                for (Var v : t.vars()) {
                    out.add(new Operand(Mode.VALUE, e, v.type(), null));
                }
                return out;
            }
            out.add(x);
            if (allowCommaOk && (x.mode == Mode.MAPINDEX || x.mode == Mode.COMMAOK)) {
                commaOkModes.put(x, x.mode);
                x.mode = Mode.VALUE;
                out.add(new Operand(Mode.VALUE, e, Typ.UNTYPED_BOOL, null));
            }
            return out;
        }
        for (Expr e : list) {
            Operand x = new Operand();
            expr(x, e);
            out.add(x);
        }
        return out;
    }

    @Override
    void arguments(Expr.Call call, Signature sig, List<Operand> args, String fname) {
        for (Operand a : args) {
            if (a.mode == Mode.TYPEXPR) {
                error(a.expr, str(a) + " used as value");
                return;
            }
            if (a.mode == Mode.INVALID) {
                return;
            }
            if (a.mode == Mode.NOVALUE) {
                error(a.expr, str(a) + " used as value");
                return;
            }
        }
        int nargs = args.size();
        int npars = sig.params().size();
        boolean ddd = call.hasEllipsis();
        if (sig.variadic()) {
            if (ddd) {
                if (call.args().size() == 1 && nargs > 1) {
                    error(
                            call,
                            "cannot use ... with " + nargs + "-valued "
                                    + ExprString.of(call.args().getFirst()));
                    return;
                }
            } else if (nargs >= npars - 1) {
                npars = nargs;
            } else {
                npars--;
            }
        } else if (ddd) {
            error(call, "cannot use ... in call to non-variadic " + ExprString.of(call.fun()));
            return;
        }
        if (nargs != npars) {
            int at = call.pos();
            String q = "not enough";
            if (nargs > npars) {
                at = args.get(npars).expr.pos();
                q = "too many";
            } else if (nargs > 0) {
                at = args.get(nargs - 1).expr.pos();
            }
            error(
                    at,
                    q + " arguments in call to " + fname + "\n\thave " + typesSummary(operandTypes(args), false)
                            + "\n\twant " + typesSummary(varTypes(sig.params().vars()), sig.variadic()));
            return;
        }
        List<Type> params = spreadParams(sig, nargs, ddd);
        String context = "argument to " + fname;
        for (int i = 0; i < args.size(); i++) {
            assignment(args.get(i), params.get(i), context);
        }
    }
}
