package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Token;

/**
 * Untyped values and their context: the type (and rounded value) an untyped constant or value
 * takes where a typed one is asked for, overflow of constant results, and updating the recorded
 * types of untyped sub-expressions once known (go/types' implicitTypeAndValue, updateExprType).
 */
abstract class Untyped extends TypeExprs {

    Untyped(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    /** The type (and rounded value) an untyped operand takes in a context asking for {@code target}. */
    record Implicit(Type type, Constant val, ConstOps.Fit fit) {
        boolean ok() {
            return fit == ConstOps.Fit.OK;
        }
    }

    private static final Implicit MISMATCH = new Implicit(null, null, ConstOps.Fit.MISMATCH);

    Implicit implicitTypeAndValue(Operand x, Type target) {
        if (x.mode == Mode.INVALID || Types.isTyped(x.type) || target == Typ.INVALID) {
            return new Implicit(x.type, null, ConstOps.Fit.OK);
        }
        if (Types.isUntyped(target)) {
            Type m = maxType(x.type, target);
            return m != null ? new Implicit(m, null, ConstOps.Fit.OK) : MISMATCH;
        }
        if (x.type == Typ.UNTYPED_NIL) {
            return Types.hasNil(target) && !(target instanceof TypeParam)
                    ? new Implicit(target, null, ConstOps.Fit.OK)
                    : MISMATCH;
        }
        if (target instanceof TypeParam tp) {
            return implicitForTypeParam(x, tp);
        }
        switch (target.underlying()) {
            case Basic b -> {
                if (x.mode == Mode.CONSTANT) {
                    ConstOps.Representation r = representation(x, b);
                    if (r.fit() != ConstOps.Fit.OK) {
                        return new Implicit(null, null, r.fit());
                    }
                    return new Implicit(target, r.value(), ConstOps.Fit.OK);
                }
                BasicKind k = ((Basic) x.type).kind();
                boolean ok = switch (k) {
                    case UNTYPED_BOOL -> Types.isBoolean(target);
                    case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX -> Types.isNumeric(target);
                    case UNTYPED_STRING -> Types.isString(target);
                    default -> false;
                };
                return ok ? new Implicit(target, null, ConstOps.Fit.OK) : MISMATCH;
            }
            case Interface i -> {
                if (!i.isEmpty()) {
                    return MISMATCH;
                }
                return new Implicit(Types.defaultType(x.type), null, ConstOps.Fit.OK);
            }
            default -> {
                return MISMATCH;
            }
        }
    }

    private Implicit implicitForTypeParam(Operand x, TypeParam tp) {
        Interface i = tp.iface();
        if (i == null || i.typeSet().allTypes()) {
            return MISMATCH;
        }
        for (Term t : i.typeSet().terms()) {
            Operand y = x.copy();
            Implicit r = implicitTypeAndValue(y, t.type());
            if (!r.ok()) {
                return r;
            }
        }
        return new Implicit(tp, null, ConstOps.Fit.OK);
    }

    /** The "larger" of two untyped numeric types (int < rune < float < complex), or null. */
    static Type maxType(Type x, Type y) {
        if (Types.isNumeric(x) && Types.isNumeric(y)) {
            BasicKind a = ((Basic) x).kind();
            BasicKind b = ((Basic) y).kind();
            return a.ordinal() > b.ordinal() ? x : y;
        }
        return Types.identical(x, y) ? x : null;
    }

    /** Whether constant {@code x} fits basic type {@code t}, and why not (types2's representation). */
    ConstOps.Representation representation(Operand x, Basic t) {
        ConstOps.Representation r = ConstOps.representable(x.val, t);
        if (r.fit() == ConstOps.Fit.OK) {
            return r;
        }
        if (Types.isNumeric(x.type) && t.kind().isNumeric()) {
            boolean truncated = !Types.isInteger(x.type) && t.kind().isInteger();
            return new ConstOps.Representation(truncated ? ConstOps.Fit.TRUNCATED : ConstOps.Fit.OVERFLOWS, x.val);
        }
        return new ConstOps.Representation(ConstOps.Fit.MISMATCH, x.val);
    }

    void invalidConversion(ConstOps.Fit fit, Operand x, Type target) {
        String msg = switch (fit) {
            case TRUNCATED -> str(x) + " truncated to " + str(target);
            case OVERFLOWS -> str(x) + " overflows " + str(target);
            default -> "cannot convert " + str(x) + " to " + str(target);
        };
        error(x.expr, msg);
    }

    /** Rounds constant {@code x} to {@code t} or reports that it does not fit. */
    void representable(Operand x, Basic t) {
        ConstOps.Representation r = representation(x, t);
        if (r.fit() != ConstOps.Fit.OK) {
            invalidConversion(r.fit(), x, t);
            x.invalidate();
            return;
        }
        x.val = r.value();
    }

    /** Converts an untyped operand to {@code target} as an operator's other operand asks. */
    void convertUntyped(Operand x, Type target) {
        Implicit r = implicitTypeAndValue(x, target);
        if (!r.ok()) {
            invalidConversion(r.fit(), x, target instanceof TypeParam ? target : target.underlying());
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

    /** Checks a typed constant still fits its type after an operation; bounds untyped integers. */
    void overflow(Operand x, int opPos) {
        if (x.val instanceof Constant.Unknown) {
            error(opPos, "constant result is not representable");
            return;
        }
        if (Types.isTyped(x.type)) {
            if (x.type.underlying() instanceof Basic b) {
                representable(x, b);
            }
            return;
        }
        if (ConstOps.tooLarge(x.val)) {
            String op = opName(x.expr);
            error(opPos, "constant " + (op.isEmpty() ? "" : op + " ") + "overflow");
            x.val = Constant.UNKNOWN;
        }
    }

    private static String opName(Expr e) {
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case ADD -> "addition";
                case SUB -> "subtraction";
                case XOR -> "bitwise XOR";
                case MUL -> "multiplication";
                case SHL -> "shift";
                default -> "";
            };
        }
        if (e instanceof Expr.Unary u && u.op() == Token.SUB) {
            return "negation";
        }
        return "";
    }

    void updateExprVal(Expr e, Constant v) {
        UntypedInfo old = untyped.get(e);
        if (old != null) {
            untyped.put(e, new UntypedInfo(old.isLhs(), old.mode(), old.type(), v));
            if (e instanceof Expr.Paren p) {
                updateExprVal(p.x(), v);
            }
        }
    }

    /** Gives untyped expression {@code e} (and its untyped operands) type {@code t}; {@code fin}: for good. */
    void updateExprType(Expr e, Type t, boolean fin) {
        UntypedInfo old = untyped.get(e);
        if (old == null) {
            return;
        }
        switch (e) {
            case Expr.Paren p -> updateExprType(p.x(), t, fin);
            case Expr.Unary u -> {
                if (old.val() == null) {
                    updateExprType(u.x(), t, fin);
                }
            }
            case Expr.Binary b -> {
                if (old.val() == null) {
                    if (isComparison(b.op())) {
                        // operand types are independent of the result
                    } else if (b.op() == Token.SHL || b.op() == Token.SHR) {
                        updateExprType(b.x(), t, fin);
                    } else {
                        updateExprType(b.x(), t, fin);
                        updateExprType(b.y(), t, fin);
                    }
                }
            }
            default -> {}
        }
        if (!fin && Types.isUntyped(t)) {
            untyped.put(e, new UntypedInfo(old.isLhs(), old.mode(), (Basic) t.underlying(), old.val()));
            return;
        }
        untyped.remove(e);
        if (old.isLhs() && !Types.isInteger(t)) {
            Expr parent = shiftParents.getOrDefault(e, e);
            error(
                    e,
                    "invalid operation: " + dev.chanscope.lang.syntax.ExprString.of(parent) + " (shift of type "
                            + str(t) + ")");
            return;
        }
        Constant val = old.val();
        if (val != null) {
            Operand c = new Operand(old.mode(), e, old.type(), val);
            convertUntyped(c, t);
            if (c.invalid()) {
                return;
            }
            val = c.val;
        }
        recordType(e, old.mode(), t, val);
    }

    static boolean isComparison(Token op) {
        return switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
    }
}
