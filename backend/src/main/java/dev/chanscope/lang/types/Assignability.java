package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.GoFile;

/** Assignability and interface satisfaction (go/types' assignments.go and operand.go). */
abstract class Assignability extends Untyped {

    Assignability(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    /** Whether {@code x} may be assigned to a variable of type {@code t}; {@code cause[0]} may receive why not. */
    boolean assignableTo(Operand x, Type t, String[] cause) {
        if (x.mode == Mode.INVALID || Types.hasInvalid(t) || Types.hasInvalid(x.type)) {
            return true;
        }
        Type v = x.type;
        if (Types.identical(v, t)) {
            return true;
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (Types.isUntyped(vu)) {
            return implicitTypeAndValue(x, t).ok();
        }
        boolean vNamed = v instanceof Named || v instanceof Basic || v instanceof TypeParam;
        boolean tNamed = t instanceof Named || t instanceof Basic || t instanceof TypeParam;
        if (Types.identical(vu, tu) && (!vNamed || !tNamed) && !(v instanceof TypeParam) && !(t instanceof TypeParam)) {
            return true;
        }
        if (tu instanceof Interface ti && !(t instanceof TypeParam)) {
            return implementsIface(v, t, cause);
        }
        if (vu instanceof Interface && !(v instanceof TypeParam) && !(tu instanceof Interface)) {
            if (implementsIface(t, v, null) && cause != null) {
                cause[0] = "need type assertion";
            }
            return false;
        }
        if (vu instanceof Chan vc
                && vc.dir() == dev.chanscope.lang.syntax.ChanDir.BOTH
                && tu instanceof Chan tc
                && Types.identical(vc.elem(), tc.elem())) {
            return !vNamed || !tNamed;
        }
        return false;
    }

    /** Whether type {@code v} implements interface {@code t}; {@code cause[0]} may receive why not. */
    boolean implementsIface(Type v, Type t, String[] cause) {
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (Types.isInvalid(vu) || Types.isInvalid(tu)) {
            return true;
        }
        if (!(tu instanceof Interface ti)) {
            if (cause != null) {
                cause[0] = str(t) + " is not an interface";
            }
            return false;
        }
        if (ti.typeSet().allTypes() && ti.methods().isEmpty() && !ti.typeSet().comparable()) {
            return true;
        }
        Lookup.Missing miss = Lookup.missingMethod(v, ti, true);
        if (miss != null) {
            if (cause != null) {
                cause[0] = str(v) + " does not implement " + str(t) + " " + Lookup.missingReason(v, t, miss, pkg);
            }
            return false;
        }
        if (ti.typeSet().comparable() && !Types.comparable(v)) {
            if (cause != null) {
                cause[0] = str(v) + " does not implement comparable";
            }
            return false;
        }
        if (!ti.typeSet().allTypes()) {
            for (Term term : ti.typeSet().terms()) {
                if (term.includes(v)) {
                    return true;
                }
            }
            if (cause != null) {
                cause[0] = str(v) + " does not implement " + str(t);
            }
            return false;
        }
        return true;
    }

    /** Checks that {@code x} can be assigned to type {@code t} (null: the blank identifier) in {@code context}. */
    void assignment(Operand x, Type t, String context) {
        singleValue(x);
        switch (x.mode) {
            case INVALID -> {
                return;
            }
            case CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK -> {}
            default -> {
                error(x.expr, "cannot assign " + str(x) + " to " + (t == null ? "_" : str(t)) + " in " + context);
                x.invalidate();
                return;
            }
        }
        if (Types.isUntyped(x.type)) {
            Type target = t;
            if (t == null || Types.isInterface(t)) {
                if (t == null && x.type == Typ.UNTYPED_NIL) {
                    error(x.expr, "use of untyped nil in " + context);
                    x.invalidate();
                    return;
                }
                target = Types.defaultType(x.type);
            }
            Implicit r = implicitTypeAndValue(x, target);
            if (!r.ok()) {
                String msg = "cannot use " + str(x) + " as " + str(target) + " value in " + context;
                if (r.fit() == ConstOps.Fit.TRUNCATED) {
                    msg += " (truncated)";
                } else if (r.fit() == ConstOps.Fit.OVERFLOWS) {
                    msg += " (overflows)";
                }
                error(x.expr, msg);
                x.invalidate();
                return;
            }
            if (r.val() != null) {
                x.val = r.val();
                updateExprVal(x.expr, r.val());
            }
            if (r.type() != x.type) {
                x.type = r.type();
                updateExprType(x.expr, r.type(), false);
            }
        }
        if (x.type.underlying() instanceof Signature sig && sig.isGeneric()) {
            error(
                    x.expr,
                    "cannot use generic function " + dev.chanscope.lang.syntax.ExprString.of(x.expr)
                            + " without instantiation in " + context);
            x.invalidate();
            return;
        }
        if (t == null) {
            return;
        }
        String[] cause = new String[1];
        if (!assignableTo(x, t, cause)) {
            String msg = "cannot use " + str(x) + " as type " + str(t) + " in " + context;
            if (cause[0] != null) {
                msg += ":\n\t" + cause[0];
            }
            error(x.expr, msg);
            x.invalidate();
        }
    }

    /** Reports a multi-value operand where one value is needed. */
    void singleValue(Operand x) {
        if (x.mode == Mode.VALUE && x.type instanceof Tuple t) {
            error(x.expr, "multiple-value " + str(x) + " in single-value context");
            x.invalidate();
        }
    }
}
