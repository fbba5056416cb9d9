package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ChanDir;
import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Token;

/** Unary and binary operators and shifts, constant-folded exactly (go/types' expr.go). */
abstract class Operators extends Comparisons {

    /** Largest constant shift count: enough to write the smallest float64 (as types2 allows). */
    private static final int SHIFT_BOUND = 1023 - 1 + 52;

    Operators(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    /** Evaluates {@code e} as a single value (not a type, not void). */
    abstract void expr(Operand x, Expr e);

    void unary(Operand x, Expr.Unary e) {
        expr(x, e.x());
        if (x.invalid()) {
            return;
        }
        switch (e.op()) {
            case AND -> {
                if (!(unparen(e.x()) instanceof Expr.CompositeLit) && x.mode != Mode.VARIABLE) {
                    error(x.expr, INVALID_OP + "cannot take address of " + str(x));
                    x.invalidate();
                    return;
                }
                addressTaken(e.x());
                x.mode = Mode.VALUE;
                x.type = new Pointer(x.type);
                return;
            }
            case ARROW -> {
                Type u = Types.coreType(x.type);
                if (!(u instanceof Chan ch)) {
                    error(x.expr, INVALID_OP + "cannot receive from non-channel " + str(x));
                    x.invalidate();
                    return;
                }
                if (ch.dir() == ChanDir.SEND) {
                    error(x.expr, INVALID_OP + "cannot receive from send-only channel " + str(x));
                    x.invalidate();
                    return;
                }
                x.mode = Mode.COMMAOK;
                x.type = ch.elem();
                return;
            }
            case TILDE -> {
                error(e, "cannot use ~ outside of interface or type constraint");
                x.invalidate();
                return;
            }
            default -> {}
        }
        if (!opAllowed(x, e.op(), true)) {
            x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            if (x.val instanceof Constant.Unknown) {
                return;
            }
            int bits = Types.isUnsigned(x.type)
                    ? ((Basic) x.type.underlying()).kind().bits()
                    : 0;
            x.val = ConstOps.unary(e.op(), x.val, bits);
            x.expr = e;
            overflow(x, e.opPos());
            return;
        }
        x.mode = Mode.VALUE;
    }

    private boolean opAllowed(Operand x, Token op, boolean unary) {
        Type t = x.type;
        boolean ok = switch (op) {
            case ADD -> unary ? allNumeric(t) : allNumeric(t) || allString(t);
            case SUB, MUL, QUO -> allNumeric(t);
            case XOR, REM, AND, OR, AND_NOT -> allInteger(t);
            case NOT, LAND, LOR -> allBoolean(t);
            default -> false;
        };
        if (!ok) {
            error(x.expr, INVALID_OP + "operator " + op.text() + " not defined on " + str(x));
        }
        return ok;
    }

    /**
     * {@code lhs op rhs}; {@code e} is the binary expression, or null for an assignment operation
     * {@code lhs op= rhs} (whose messages quote the statement).
     */
    void binary(Operand x, Expr e, Expr lhs, Expr rhs, Token op, int opPos) {
        Operand y = new Operand();
        expr(x, lhs);
        expr(y, rhs);
        if (x.invalid()) {
            return;
        }
        if (y.invalid()) {
            x.invalidate();
            x.expr = y.expr;
            return;
        }
        if (op == Token.SHL || op == Token.SHR) {
            shift(x, y, e, op, opPos);
            return;
        }
        matchTypes(x, y);
        if (x.invalid()) {
            return;
        }
        if (isComparison(op)) {
            comparison(x, y, op, false, e);
            return;
        }
        if (!Types.identical(x.type, y.type)) {
            if (x.type != Typ.INVALID && y.type != Typ.INVALID) {
                String what =
                        e != null ? ExprString.of(e) : ExprString.of(lhs) + " " + op.text() + "= " + ExprString.of(rhs);
                error(x.expr, INVALID_OP + what + " (mismatched types " + str(x.type) + " and " + str(y.type) + ")");
            }
            x.invalidate();
            return;
        }
        if (!opAllowed(x, op, false)) {
            x.invalidate();
            return;
        }
        if (op == Token.QUO || op == Token.REM) {
            if ((x.mode == Mode.CONSTANT || allInteger(x.type)) && y.mode == Mode.CONSTANT && ConstOps.isZero(y.val)) {
                error(y.expr, INVALID_OP + "division by zero");
                x.invalidate();
                return;
            }
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            if (x.val instanceof Constant.Unknown || y.val instanceof Constant.Unknown) {
                x.val = Constant.UNKNOWN;
                return;
            }
            x.val = ConstOps.binary(x.val, op, y.val, op == Token.QUO && Types.isInteger(x.type));
            x.expr = e != null ? e : x.expr;
            overflow(x, opPos);
            return;
        }
        x.mode = Mode.VALUE;
    }

    /** Converts an untyped operand to the other operand's type where Go's rules allow mixing them. */
    void matchTypes(Operand x, Operand y) {
        if (mayConvert(x, y)) {
            convertUntyped(x, y.type);
            if (x.invalid()) {
                return;
            }
            convertUntyped(y, x.type);
            if (y.invalid()) {
                x.invalidate();
            }
        }
    }

    private static boolean mayConvert(Operand x, Operand y) {
        if (Types.isTyped(x.type) && Types.isTyped(y.type)) {
            return false;
        }
        if (allBasic(x.type) != allBasic(y.type)) {
            return false;
        }
        if (allBoolean(x.type) != allBoolean(y.type)) {
            return false;
        }
        if (allString(x.type) != allString(y.type)) {
            return false;
        }
        if (x.isNil()) {
            return Types.hasNil(y.type);
        }
        if (y.isNil()) {
            return Types.hasNil(x.type);
        }
        return !(x.type.underlying() instanceof Pointer) && !(y.type.underlying() instanceof Pointer);
    }

    private void shift(Operand x, Operand y, Expr e, Token op, int opPos) {
        Constant xval = x.mode == Mode.CONSTANT ? ConstOps.toInt(x.val) : null;
        if (!(allInteger(x.type) || Types.isUntyped(x.type) && xval instanceof Constant.Int)) {
            error(x.expr, INVALID_OP + "shifted operand " + str(x) + " must be integer");
            x.invalidate();
            return;
        }
        Constant yval = null;
        if (y.mode == Mode.CONSTANT) {
            yval = ConstOps.toInt(y.val);
            if (yval instanceof Constant.Int yi && yi.value().signum() < 0) {
                error(y.expr, INVALID_OP + "negative shift count " + str(y));
                x.invalidate();
                return;
            }
            if (Types.isUntyped(y.type)) {
                representable(y, Typ.UINT);
                if (y.invalid()) {
                    x.invalidate();
                    return;
                }
            }
        } else if (allInteger(y.type)) {
            // fine
        } else if (Types.isUntyped(y.type)) {
            convertUntyped(y, Typ.UINT);
            if (y.invalid()) {
                x.invalidate();
                return;
            }
        } else {
            error(y.expr, INVALID_OP + "shift count " + str(y) + " must be integer");
            x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            if (y.mode == Mode.CONSTANT) {
                if (x.val instanceof Constant.Unknown || y.val instanceof Constant.Unknown) {
                    x.val = Constant.UNKNOWN;
                    if (!Types.isInteger(x.type)) {
                        x.type = Typ.UNTYPED_INT;
                    }
                    return;
                }
                if (!(yval instanceof Constant.Int yi)
                        || yi.value().bitLength() > 31
                        || yi.value().intValue() > SHIFT_BOUND) {
                    error(y.expr, INVALID_OP + "invalid shift count " + str(y));
                    x.invalidate();
                    return;
                }
                if (!Types.isInteger(x.type)) {
                    x.type = Typ.UNTYPED_INT;
                }
                x.val = ConstOps.shift(xval, op, yi.value().intValue());
                x.expr = e;
                overflow(x, opPos);
                return;
            }
            if (Types.isUntyped(x.type)) {
                UntypedInfo info = untyped.get(x.expr);
                if (info != null) {
                    untyped.put(x.expr, new UntypedInfo(true, info.mode(), info.type(), info.val()));
                    if (e != null) {
                        shiftParents.put(x.expr, e);
                    }
                }
                x.mode = Mode.VALUE;
                return;
            }
        }
        if (!allInteger(x.type)) {
            error(x.expr, INVALID_OP + "shifted operand " + str(x) + " must be integer");
            x.invalidate();
            return;
        }
        x.mode = Mode.VALUE;
    }
}
