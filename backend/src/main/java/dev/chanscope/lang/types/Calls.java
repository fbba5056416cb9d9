package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;
import java.util.ArrayList;
import java.util.List;

/** Calls, conversions and argument passing, variadic and multi-value, and generic std calls (go/types' call.go). */
abstract class Calls extends Builtins {

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
                            error(call, "cannot use interface " + str(t)
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

    /** The parameter list a call's arguments are matched against: variadic parameters spread. */
    private static List<Type> spreadParams(Signature sig, int nargs, boolean ddd) {
        List<Type> out = new ArrayList<>();
        int npars = sig.params().size();
        if (sig.variadic() && !ddd && nargs >= npars - 1) {
            for (int i = 0; i < npars - 1; i++) {
                out.add(sig.params().type(i));
            }
            Type elem = ((Slice) sig.params().type(npars - 1)).elem();
            while (out.size() < nargs) {
                out.add(elem);
            }
            return out;
        }
        for (Var v : sig.params().vars()) {
            out.add(v.type());
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
                    error(call, "cannot use ... with " + nargs + "-valued " + ExprString.of(call.args().getFirst()));
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
            error(at, q + " arguments in call to " + fname + "\n\thave " + typesSummary(operandTypes(args), false)
                    + "\n\twant " + typesSummary(varTypes(sig.params().vars()), sig.variadic()));
            return;
        }
        List<Type> params = spreadParams(sig, nargs, ddd);
        String context = "argument to " + fname;
        for (int i = 0; i < args.size(); i++) {
            assignment(args.get(i), params.get(i), context);
        }
    }

    private static List<Type> operandTypes(List<Operand> args) {
        List<Type> out = new ArrayList<>();
        for (Operand a : args) {
            out.add(a.type);
        }
        return out;
    }

    static List<Type> varTypes(List<Var> vars) {
        List<Type> out = new ArrayList<>();
        for (Var v : vars) {
            out.add(v.type());
        }
        return out;
    }

    String typesSummary(List<Type> list, boolean variadic) {
        List<String> res = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Type t = list.get(i);
            String s;
            if (t == null || t == Typ.INVALID) {
                s = "<T>";
            } else if (Types.isUntyped(t)) {
                s = Types.isNumeric(t) ? "number" : ((Basic) t).name().replace("untyped ", "");
            } else if (variadic && i == list.size() - 1 && t instanceof Slice sl) {
                s = "..." + str(sl.elem());
            } else {
                s = str(t);
            }
            res.add(s);
        }
        return "(" + String.join(", ", res) + ")";
    }

    /** Infers the type arguments of a generic std function from the call's arguments; null after an error. */
    private Signature instantiate(Expr.Call call, Signature sig, List<Operand> args) {
        for (Operand a : args) {
            if (a.invalid()) {
                return null;
            }
        }
        List<Type> params = spreadParams(sig, args.size(), call.hasEllipsis());
        if (params.size() != args.size()) {
            arguments(call, sig, args, ExprString.of(call.fun()));
            return null;
        }
        Infer inf = new Infer(sig.typeParams());
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            if (Types.isTyped(a.type) && inf.mentionsParams(params.get(i))) {
                if (!inf.unify(params.get(i), a.type)) {
                    error(a.expr, "type " + str(a.type) + " of " + ExprString.of(a.expr) + " does not match "
                            + str(inf.subst(params.get(i))));
                    return null;
                }
            }
        }
        if (!inf.coreTypes()) {
            error(call, "in call to " + ExprString.of(call.fun()) + ", type arguments do not match their constraints");
            return null;
        }
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            if (Types.isUntyped(a.type) && params.get(i) instanceof TypeParam tp && inf.inferred[tp.index()] == null
                    && a.type != Typ.UNTYPED_NIL) {
                inf.inferred[tp.index()] = Types.defaultType(a.type);
            }
        }
        if (!inf.coreTypes()) {
            error(call, "in call to " + ExprString.of(call.fun()) + ", type arguments do not match their constraints");
            return null;
        }
        List<TypeParam> tps = sig.typeParams();
        for (int i = 0; i < tps.size(); i++) {
            if (inf.inferred[i] == null) {
                error(call.rparen(), "in call to " + ExprString.of(call.fun()) + ", cannot infer " + tps.get(i).obj().name());
                return null;
            }
        }
        for (int i = 0; i < tps.size(); i++) {
            Type targ = inf.inferred[i];
            Type constraint = tps.get(i).constraint();
            String[] cause = new String[1];
            if (constraint != null && !satisfies(targ, constraint, inf, cause)) {
                error(call.fun(), str(targ) + " does not satisfy " + str(constraint)
                        + (cause[0] != null ? " (" + cause[0] + ")" : ""));
                return null;
            }
        }
        Signature inst = new Signature(null, inf.substTuple(sig.params(), 0), inf.substTuple(sig.results(), 0),
                sig.variadic(), List.of());
        Expr.Ident id = switch (unparen(call.fun())) {
            case Expr.Ident i -> i;
            case Expr.Selector s -> s.sel();
            default -> null;
        };
        if (id != null) {
            info.recordInstance(id, new Instance(List.of(inf.inferred), inst));
        }
        recordType(call.fun(), Mode.VALUE, inst, null);
        return inst;
    }

    private boolean satisfies(Type targ, Type constraint, Infer inf, String[] cause) {
        if (!(constraint.underlying() instanceof Interface ci)) {
            return true;
        }
        if (ci.typeSet().comparable() && !Types.comparable(targ)) {
            cause[0] = str(targ) + " is not comparable";
            return false;
        }
        if (!ci.typeSet().allTypes()) {
            for (Term t : ci.typeSet().terms()) {
                if (new Term(t.tilde(), inf.subst(t.type())).includes(targ)) {
                    return ci.methods().isEmpty() || Lookup.missingMethod(targ, ci, true) == null;
                }
            }
            List<String> terms = new ArrayList<>();
            for (Term t : ci.typeSet().terms()) {
                terms.add(t.toString());
            }
            cause[0] = str(targ) + " missing in " + String.join(" | ", terms);
            return false;
        }
        Lookup.Missing miss = Lookup.missingMethod(targ, ci, true);
        if (miss != null) {
            cause[0] = Lookup.missingReason(targ, constraint, miss, pkg);
            return false;
        }
        return true;
    }
}
