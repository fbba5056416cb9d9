package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls of generic std functions: type arguments inferred from the call's arguments ({@link
 * Infer}), checked against their constraints, and the signature instantiated; plus the parameter
 * lists and type summaries that argument checking shares.
 */
abstract class Instantiation extends Builtins {

    Instantiation(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    /** The parameter list a call's arguments are matched against: variadic parameters spread. */
    static List<Type> spreadParams(Signature sig, int nargs, boolean ddd) {
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

    static List<Type> operandTypes(List<Operand> args) {
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
    Signature instantiate(Expr.Call call, Signature sig, List<Operand> args) {
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
                    error(
                            a.expr,
                            "type " + str(a.type) + " of " + ExprString.of(a.expr) + " does not match "
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
            if (Types.isUntyped(a.type)
                    && params.get(i) instanceof TypeParam tp
                    && inf.inferred[tp.index()] == null
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
                error(
                        call.rparen(),
                        "in call to " + ExprString.of(call.fun()) + ", cannot infer "
                                + tps.get(i).obj().name());
                return null;
            }
        }
        for (int i = 0; i < tps.size(); i++) {
            Type targ = inf.inferred[i];
            Type constraint = tps.get(i).constraint();
            String[] cause = new String[1];
            if (constraint != null && !satisfies(targ, constraint, inf, cause)) {
                error(
                        call.fun(),
                        str(targ) + " does not satisfy " + str(constraint)
                                + (cause[0] != null ? " (" + cause[0] + ")" : ""));
                return null;
            }
        }
        Signature inst = new Signature(
                null, inf.substTuple(sig.params(), 0), inf.substTuple(sig.results(), 0), sig.variadic(), List.of());
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
