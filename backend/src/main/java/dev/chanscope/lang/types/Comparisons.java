package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Token;

/**
 * Comparisons ({@code == != < <= > >=} and switch cases) with types2's reasons when they are not
 * defined, and the predicates operators apply to every type a type parameter may stand for.
 */
abstract class Comparisons extends Assignability {

    Comparisons(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    static final String INVALID_OP = "invalid operation: ";

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
                error(
                        x.expr,
                        "invalid case " + ExprString.of(x.expr) + " in switch on " + ExprString.of(y.expr) + " ("
                                + cause + ")");
            } else {
                error(
                        errOp.expr,
                        INVALID_OP + ExprString.of(x.expr) + " " + op.text() + " " + ExprString.of(y.expr) + " ("
                                + cause + ")");
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
}
