package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ChanDir;
import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Token;

/** Unary and binary operators, shifts and comparisons, constant-folded exactly (go/types' expr.go). */
abstract class Operators extends Assignability {

    static final String INVALID_OP = "invalid operation: ";
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
            int bits = Types.isUnsigned(x.type) ? ((Basic) x.type.underlying()).kind().bits() : 0;
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

    private static boolean allTerms(Type t, java.util.function.Predicate<Type> p) {
        if (t instanceof TypeParam tp) {
            Interface i = tp.iface();
            if (i == null || i.typeSet().allTypes()) {
                return false;
            }
            return i.typeSet().terms().stream().allMatch(term -> p.test(term.type()));
        }
        return p.test(t);
    }

    static boolean allNumeric(Type t) {
        return allTerms(t, Types::isNumeric);
    }

    static boolean allString(Type t) {
        return allTerms(t, Types::isString);
    }

    static boolean allInteger(Type t) {
        return allTerms(t, Types::isInteger);
    }

    static boolean allBoolean(Type t) {
        return allTerms(t, Types::isBoolean);
    }

    static boolean allOrdered(Type t) {
        return allTerms(t, Types::isOrdered);
    }

    static boolean allBasic(Type t) {
        return allTerms(t, u -> u.underlying() instanceof Basic);
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
                String what = e != null
                        ? ExprString.of(e)
                        : ExprString.of(lhs) + " " + op.text() + "= " + ExprString.of(rhs);
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

    /**
     * {@code x op y} for a comparison; with {@code switchCase}, {@code x} is a case value compared
     * with the switch tag {@code y}.
     */
    void comparison(Operand x, Operand y, Token op, boolean switchCase, Expr e) {
        if (x.type == Typ.INVALID || y.type == Typ.INVALID) {
            x.invalidate();
            return;
        }
        if (switchCase) {
            op = Token.EQL;
        }
        Operand errOp = x;
        String cause = null;
        boolean ok = assignableTo(x, y.type, null) || assignableTo(y, x.type, null);
        if (!ok) {
            errOp = y;
            cause = "mismatched types " + str(x.type) + " and " + str(y.type);
        } else if (op == Token.EQL || op == Token.NEQ) {
            if (x.isNil() || y.isNil()) {
                Type t = x.isNil() ? y.type : x.type;
                if (!Types.hasNil(t)) {
                    errOp = y;
                    ok = false;
                }
            } else if (!Types.comparable(x.type)) {
                errOp = x;
                cause = incomparableCause(x.type);
                ok = false;
            } else if (!Types.comparable(y.type)) {
                errOp = y;
                cause = incomparableCause(y.type);
                ok = false;
            }
        } else if (!allOrdered(x.type)) {
            errOp = x;
            ok = false;
        } else if (!allOrdered(y.type)) {
            errOp = y;
            ok = false;
        }
        if (!ok) {
            if (cause == null) {
                cause = "operator " + op.text() + " not defined on " + kindString(errOp.type);
            }
            if (switchCase) {
                error(x.expr, "invalid case " + ExprString.of(x.expr) + " in switch on " + ExprString.of(y.expr) + " (" + cause + ")");
            } else {
                error(errOp.expr, INVALID_OP + ExprString.of(x.expr) + " " + op.text() + " " + ExprString.of(y.expr) + " (" + cause + ")");
            }
            x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            x.val = Constant.of(ConstOps.compare(x.val, op, y.val));
        } else {
            x.mode = Mode.VALUE;
            x.val = null;
            updateExprType(x.expr, Types.defaultType(x.type), true);
            updateExprType(y.expr, Types.defaultType(y.type), true);
        }
        x.type = Typ.UNTYPED_BOOL;
        if (e != null) {
            x.expr = e;
        }
    }

    String kindString(Type t) {
        return switch (t.underlying()) {
            case Array a -> "array";
            case Slice s -> "slice";
            case Struct s -> "struct";
            case Pointer p -> "pointer";
            case Signature s -> "func";
            case Interface i -> "interface";
            case MapType m -> "map";
            case Chan c -> "chan";
            default -> str(t);
        };
    }

    private String incomparableCause(Type t) {
        Type u = t.underlying();
        if (u instanceof Slice || u instanceof Signature || u instanceof MapType) {
            return kindString(t) + " can only be compared to nil";
        }
        return incomparableDetail(t);
    }

    private String incomparableDetail(Type t) {
        switch (t.underlying()) {
            case Struct s -> {
                for (Var f : s.fields()) {
                    if (!Types.comparable(f.type())) {
                        return "struct containing " + str(f.type()) + " cannot be compared";
                    }
                }
            }
            case Array a -> {
                if (!Types.comparable(a.elem())) {
                    return str(t) + " cannot be compared";
                }
            }
            default -> {}
        }
        return null;
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
                if (!(yval instanceof Constant.Int yi) || yi.value().bitLength() > 31
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
