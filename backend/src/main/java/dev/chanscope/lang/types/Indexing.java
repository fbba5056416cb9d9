package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;

/** Index and slice expressions and type assertions (go/types' index.go and expr.go). */
abstract class Indexing extends Conversions {

    static final String INVALID_ARG = "invalid argument: ";

    Indexing(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    void indexExpr(Operand x, Expr.Index e) {
        rawExpr(x, e.x(), null, true);
        switch (x.mode) {
            case INVALID -> {
                useExpr(e.index());
                return;
            }
            case TYPEXPR -> {
                unsupported(e.pos(), "generic type instantiation");
                x.invalidate();
                return;
            }
            case NOVALUE -> {
                error(x.expr, x.describe(pkg) + " used as value");
                x.invalidate();
                return;
            }
            default -> {}
        }
        if (x.type.underlying() instanceof Signature sig && sig.isGeneric()) {
            unsupported(e.lbrack(), "explicit instantiation of a generic function");
            x.invalidate();
            return;
        }
        boolean valid = false;
        long length = -1;
        switch (x.type.underlying()) {
            case Basic b
            when b.kind().isString() -> {
                valid = true;
                if (x.mode == Mode.CONSTANT && x.val instanceof Constant.Str s) {
                    length = s.bytes().length();
                }
                x.mode = Mode.VALUE;
                x.type = Typ.BYTE;
            }
            case Array a -> {
                valid = true;
                length = a.len();
                if (x.mode != Mode.VARIABLE) {
                    x.mode = Mode.VALUE;
                }
                x.type = a.elem();
            }
            case Pointer p
            when p.elem().underlying() instanceof Array a -> {
                valid = true;
                length = a.len();
                x.mode = Mode.VARIABLE;
                x.type = a.elem();
            }
            case Slice s -> {
                valid = true;
                x.mode = Mode.VARIABLE;
                x.type = s.elem();
            }
            case MapType m -> {
                Operand key = new Operand();
                exprWithHint(key, e.index(), m.key());
                assignment(key, m.key(), "map index");
                x.mode = Mode.MAPINDEX;
                x.type = m.elem();
                x.expr = e;
                return;
            }
            default -> {}
        }
        if (!valid) {
            error(e.lbrack(), INVALID_OP + "cannot index " + str(x));
            x.invalidate();
            useExpr(e.index());
            return;
        }
        index(e.index(), length);
    }

    /** Checks an index expression; returns its constant value, or -1 when not constant or invalid. */
    long index(Expr index, long max) {
        Operand x = new Operand();
        expr(x, index);
        if (!isValidIndex(x, "index", false)) {
            return -1;
        }
        if (x.mode != Mode.CONSTANT || !(x.val instanceof Constant.Int i)) {
            return -1;
        }
        long v = i.value().longValue();
        if (max >= 0 && v >= max) {
            error(x.expr, INVALID_ARG + "index " + x.val + " out of bounds [0:" + max + "]");
            return -1;
        }
        return v;
    }

    /** True when the index is valid; {@code index} is an integer (untyped: converted to int). */
    boolean isValidIndex(Operand x, String what, boolean allowNegative) {
        if (x.invalid()) {
            return false;
        }
        convertUntyped(x, Typ.INT);
        if (x.invalid()) {
            return false;
        }
        if (!allInteger(x.type)) {
            error(x.expr, INVALID_ARG + what + " " + str(x) + " must be integer");
            return false;
        }
        if (x.mode == Mode.CONSTANT) {
            if (!allowNegative && ConstOps.sign(x.val) < 0) {
                error(x.expr, INVALID_ARG + what + " " + str(x) + " must not be negative");
                return false;
            }
            ConstOps.Representation r = ConstOps.representable(x.val, Typ.INT);
            if (r.fit() != ConstOps.Fit.OK) {
                error(x.expr, INVALID_ARG + what + " " + str(x) + " overflows int");
                return false;
            }
            x.val = r.value();
        }
        return true;
    }

    void sliceExpr(Operand x, Expr.Slice e) {
        expr(x, e.x());
        if (x.invalid()) {
            useExpr(e.low(), e.high(), e.max());
            return;
        }
        boolean valid = false;
        long length = -1;
        switch (x.type.underlying()) {
            case Basic b
            when b.kind().isString() -> {
                if (e.slice3()) {
                    Expr at = e.max() != null ? e.max() : e;
                    error(at, INVALID_OP + "3-index slice of string");
                    x.invalidate();
                    return;
                }
                valid = true;
                if (x.mode == Mode.CONSTANT && x.val instanceof Constant.Str s) {
                    length = s.bytes().length();
                }
                if (Types.isUntyped(x.type)) {
                    x.type = Typ.STRING;
                }
            }
            case Array a -> {
                valid = true;
                length = a.len();
                if (x.mode != Mode.VARIABLE) {
                    error(x.expr, INVALID_OP + str(x) + " (slice of unaddressable value)");
                    x.invalidate();
                    return;
                }
                addressTaken(e.x());
                x.type = new Slice(a.elem());
            }
            case Pointer p
            when p.elem().underlying() instanceof Array a -> {
                valid = true;
                length = a.len();
                x.type = new Slice(a.elem());
            }
            case Slice s -> valid = true;
            default -> {}
        }
        if (!valid) {
            error(x.expr, INVALID_OP + "cannot slice " + str(x));
            x.invalidate();
            return;
        }
        x.mode = Mode.VALUE;
        if (e.slice3() && (e.high() == null || e.max() == null)) {
            error(e, "middle and final index required in 3-index slice");
            x.invalidate();
            return;
        }
        Expr[] idx = {e.low(), e.high(), e.max()};
        long[] ind = new long[3];
        for (int i = 0; i < 3; i++) {
            long v = -1;
            if (idx[i] != null) {
                long max = length >= 0 ? length + 1 : -1;
                long r = index(idx[i], max);
                if (r >= 0) {
                    v = r;
                }
            } else if (i == 0) {
                v = 0;
            } else if (length >= 0) {
                v = length;
            }
            ind[i] = v;
        }
        outer:
        for (int i = 0; i < 2; i++) {
            if (ind[i] > 0) {
                for (int j = i + 1; j < 3; j++) {
                    if (ind[j] >= 0 && ind[j] < ind[i] && idx[j] != null) {
                        error(idx[j], "invalid slice indices: " + ind[j] + " < " + ind[i]);
                        break outer;
                    }
                }
            }
        }
    }

    void typeAssertExpr(Operand x, Expr.TypeAssert e) {
        expr(x, e.x());
        if (x.invalid()) {
            return;
        }
        if (e.type() == null) {
            error(e, "use of .(type) outside type switch");
            x.invalidate();
            return;
        }
        if (!(x.type.underlying() instanceof Interface) || x.type instanceof TypeParam) {
            error(x.expr, INVALID_OP + str(x) + " is not an interface");
            x.invalidate();
            return;
        }
        Type t = varType(e.type());
        if (Types.isInvalid(t)) {
            x.invalidate();
            return;
        }
        typeAssertion(e, x, t, false);
        x.mode = Mode.COMMAOK;
        x.type = t;
    }

    /** Reports an impossible assertion of interface operand {@code x} to {@code t}. */
    void typeAssertion(Expr e, Operand x, Type t, boolean typeSwitch) {
        if (Types.isInterface(t)) {
            return;
        }
        Interface xi = (Interface) x.type.underlying();
        Lookup.Missing miss = Lookup.missingMethod(t, xi, false);
        if (miss == null) {
            return;
        }
        String cause = Lookup.missingReason(t, x.type, miss, pkg);
        if (typeSwitch) {
            error(
                    e,
                    "impossible type switch case: " + ExprString.of(e) + "\n\t" + str(x) + " cannot have dynamic type "
                            + str(t) + " " + cause);
            return;
        }
        error(
                e,
                "impossible type assertion: " + ExprString.of(e) + "\n\t" + str(t) + " does not implement "
                        + str(x.type) + " " + cause);
    }

    /** Evaluates expressions only for their errors and uses (after an earlier error). */
    void useExpr(Expr... es) {
        for (Expr e : es) {
            if (e != null) {
                Operand x = new Operand();
                rawExpr(x, e, null, false);
            }
        }
    }

    abstract void exprWithHint(Operand x, Expr e, Type hint);
}
