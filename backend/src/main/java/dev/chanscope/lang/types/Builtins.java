package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ChanDir;
import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/** Calls of the builtin functions (go/types' builtins.go), Go 1.21's clear, min and max included. */
abstract class Builtins extends CompositeLits {

    Builtins(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    /** Set while evaluating len/cap arguments: whether they call or receive (then not constant). */
    boolean hasCallOrRecv;

    abstract List<Operand> exprList(List<Expr> list, boolean allowCommaOk);

    abstract void arguments(Expr.Call call, Signature sig, List<Operand> args, String fname);

    private static int minArgs(Builtin.Id id) {
        return switch (id) {
            case PRINT, PRINTLN, RECOVER -> 0;
            case COMPLEX, COPY, DELETE -> 2;
            default -> 1;
        };
    }

    private static boolean variadic(Builtin.Id id) {
        return switch (id) {
            case APPEND, MAKE, MAX, MIN, PRINT, PRINTLN -> true;
            default -> false;
        };
    }

    /** Checks a builtin call; returns false when invalid (x is then invalid). */
    boolean builtin(Operand x, Expr.Call call, Builtin.Id id) {
        String name = id.goName();
        if (call.hasEllipsis() && id != Builtin.Id.APPEND) {
            error(call, INVALID_OP + "invalid use of ... with built-in " + name);
            for (Expr a : call.args()) {
                useExpr(a);
            }
            return false;
        }
        if (id == Builtin.Id.COMPLEX || id == Builtin.Id.REAL || id == Builtin.Id.IMAG) {
            unsupported(call.pos(), "built-in " + name + " (complex numbers)");
            return false;
        }
        boolean savedCall = hasCallOrRecv;
        if (id == Builtin.Id.LEN || id == Builtin.Id.CAP) {
            hasCallOrRecv = false;
        }
        try {
            return builtinChecked(x, call, id, name);
        } finally {
            if (id == Builtin.Id.LEN || id == Builtin.Id.CAP) {
                hasCallOrRecv = savedCall;
            }
        }
    }

    private boolean builtinChecked(Operand x, Expr.Call call, Builtin.Id id, String name) {
        List<Operand> args = List.of();
        int nargs;
        if (id == Builtin.Id.MAKE || id == Builtin.Id.NEW) {
            nargs = call.args().size();
        } else {
            args = exprList(call.args(), false);
            nargs = args.size();
            for (Operand a : args) {
                if (a.invalid()) {
                    return false;
                }
            }
            if (nargs > 0) {
                x.assign(args.getFirst());
            }
        }
        int min = minArgs(id);
        String msg = nargs < min ? "not enough" : !variadic(id) && nargs > min ? "too many" : null;
        if (msg != null) {
            error(
                    call.pos(),
                    INVALID_OP + msg + " arguments for " + ExprString.of(call) + " (expected " + min + ", found "
                            + nargs + ")");
            return false;
        }
        switch (id) {
            case APPEND -> {
                return append(x, call, args, nargs);
            }
            case CAP, LEN -> {
                return lenCap(x, id, name);
            }
            case CLEAR -> {
                Type u = x.type.underlying();
                if (!(u instanceof MapType || u instanceof Slice)) {
                    error(
                            x.expr,
                            INVALID_ARG + "cannot clear " + str(x)
                                    + ": argument must be (or constrained by) map or slice");
                    return false;
                }
                x.mode = Mode.NOVALUE;
            }
            case CLOSE -> {
                if (!(x.type.underlying() instanceof Chan ch)) {
                    error(x.expr, INVALID_OP + "cannot close non-channel " + str(x));
                    return false;
                }
                if (ch.dir() == ChanDir.RECV) {
                    error(x.expr, INVALID_OP + "cannot close receive-only channel " + str(x));
                    return false;
                }
                x.mode = Mode.NOVALUE;
            }
            case COPY -> {
                Operand y = args.get(1);
                Slice dst = x.type.underlying() instanceof Slice s ? s : null;
                Type src0 = y.type.underlying();
                if (Types.isString(src0)) {
                    src0 = new Slice(Typ.BYTE);
                }
                Slice src = src0 instanceof Slice s ? s : null;
                if (dst == null || src == null) {
                    error(x.expr, INVALID_ARG + "copy expects slice arguments; found " + str(x) + " and " + str(y));
                    return false;
                }
                if (!Types.identical(dst.elem(), src.elem())) {
                    error(
                            x.expr,
                            INVALID_ARG + "arguments to copy " + str(x) + " and " + str(y)
                                    + " have different element types " + str(dst.elem()) + " and " + str(src.elem()));
                    return false;
                }
                x.mode = Mode.VALUE;
                x.type = Typ.INT;
            }
            case DELETE -> {
                if (!(x.type.underlying() instanceof MapType m)) {
                    error(x.expr, INVALID_ARG + str(x) + " is not a map");
                    return false;
                }
                x.assign(args.get(1));
                assignment(x, m.key(), "argument to delete");
                if (x.invalid()) {
                    return false;
                }
                x.mode = Mode.NOVALUE;
            }
            case MAKE -> {
                return make(x, call, nargs);
            }
            case MAX, MIN -> {
                return minMax(x, id, args);
            }
            case NEW -> {
                Type t = varType(call.args().getFirst());
                if (Types.isInvalid(t)) {
                    return false;
                }
                x.mode = Mode.VALUE;
                x.type = new Pointer(t);
            }
            case PANIC -> {
                assignment(x, Interface.empty(), "argument to panic");
                if (x.invalid()) {
                    return false;
                }
                x.mode = Mode.NOVALUE;
            }
            case PRINT, PRINTLN -> {
                for (Operand a : args) {
                    assignment(a, null, "argument to built-in" + name);
                    if (a.invalid()) {
                        return false;
                    }
                }
                x.mode = Mode.NOVALUE;
            }
            case RECOVER -> {
                x.mode = Mode.VALUE;
                x.type = Interface.empty();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean append(Operand x, Expr.Call call, List<Operand> args, int nargs) {
        Type s = x.type;
        if (!(Types.coreType(s) instanceof Slice sl)) {
            String cause = x.isNil() ? "have untyped nil" : "have " + str(x);
            error(x.expr, "first argument to append must be a slice; " + cause);
            return false;
        }
        if (nargs == 2 && call.hasEllipsis()) {
            if (assignableTo(x, new Slice(Typ.BYTE), null) && Types.isString(args.get(1).type)) {
                x.mode = Mode.VALUE;
                x.type = s;
                return true;
            }
        }
        Var p0 = Var.param(-1, null, "", s);
        Var p1 = Var.param(-1, null, "", new Slice(sl.elem()));
        Signature sig = new Signature(new Tuple(List.of(p0, p1)), new Tuple(List.of(Var.param(-1, null, "", s))), true);
        arguments(call, sig, new ArrayList<>(args), "append");
        x.mode = Mode.VALUE;
        x.type = s;
        return true;
    }

    private boolean lenCap(Operand x, Builtin.Id id, String name) {
        Mode mode = Mode.INVALID;
        Constant val = null;
        Type u = x.type.underlying();
        if (u instanceof Pointer p && p.elem().underlying() instanceof Array a) {
            u = a;
        }
        switch (u) {
            case Basic b
            when b.kind().isString() && id == Builtin.Id.LEN -> {
                if (x.mode == Mode.CONSTANT && x.val instanceof Constant.Str str) {
                    mode = Mode.CONSTANT;
                    val = Constant.of(str.bytes().length());
                } else {
                    mode = Mode.VALUE;
                }
            }
            case Array a -> {
                mode = Mode.VALUE;
                if (!hasCallOrRecv) {
                    mode = Mode.CONSTANT;
                    val = a.len() < 0 ? Constant.UNKNOWN : Constant.of(a.len());
                }
            }
            case Slice sl -> mode = Mode.VALUE;
            case Chan c -> mode = Mode.VALUE;
            case MapType m -> mode = id == Builtin.Id.LEN ? Mode.VALUE : Mode.INVALID;
            default -> {}
        }
        if (mode == Mode.INVALID) {
            if (!Types.isInvalid(x.type.underlying())) {
                error(x.expr, INVALID_ARG + str(x) + " for " + name);
            }
            return false;
        }
        if (Types.isUntyped(x.type) && x.expr != null) {
            updateExprType(x.expr, Typ.STRING, true);
        }
        x.mode = mode;
        x.type = Typ.INT;
        x.val = val;
        return true;
    }

    private boolean make(Operand x, Expr.Call call, int nargs) {
        Expr arg0 = call.args().getFirst();
        Type t = varType(arg0);
        if (Types.isInvalid(t)) {
            return false;
        }
        int min;
        switch (t.underlying()) {
            case Slice s -> min = 2;
            case MapType m -> min = 1;
            case Chan c -> min = 1;
            default -> {
                error(
                        arg0,
                        INVALID_ARG + "cannot make " + ExprString.of(arg0) + "; type must be slice, map, or channel");
                return false;
            }
        }
        if (nargs < min || min + 1 < nargs) {
            error(
                    call,
                    INVALID_OP + ExprString.of(call) + " expects " + min + " or " + (min + 1) + " arguments; found "
                            + nargs);
            return false;
        }
        List<Long> sizes = new ArrayList<>();
        for (Expr a : call.args().subList(1, call.args().size())) {
            long size = index(a, -1);
            if (size >= 0) {
                sizes.add(size);
            }
        }
        if (sizes.size() == 2 && sizes.get(0) > sizes.get(1)) {
            error(call.args().get(1), INVALID_ARG + "length and capacity swapped");
        }
        x.mode = Mode.VALUE;
        x.type = t;
        return true;
    }

    private boolean minMax(Operand x, Builtin.Id id, List<Operand> args) {
        Token op = id == Builtin.Id.MAX ? Token.GTR : Token.LSS;
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            if (!allOrdered(a.type)) {
                error(a.expr, INVALID_ARG + str(a) + " cannot be ordered");
                return false;
            }
            if (i > 0) {
                matchTypes(x, a);
                if (x.invalid()) {
                    return false;
                }
                if (!Types.identical(x.type, a.type)) {
                    error(
                            a.expr,
                            INVALID_ARG + "mismatched types " + str(x.type) + " (previous argument) and " + str(a.type)
                                    + " (type of " + ExprString.of(a.expr) + ")");
                    return false;
                }
                if (x.mode == Mode.CONSTANT && a.mode == Mode.CONSTANT) {
                    if (ConstOps.compare(a.val, op, x.val)) {
                        Expr keep = x.expr;
                        x.assign(a);
                        x.expr = keep;
                    }
                } else {
                    x.mode = Mode.VALUE;
                }
            }
        }
        if (x.mode != Mode.CONSTANT) {
            x.mode = Mode.VALUE;
            if (Types.isUntyped(x.type)) {
                assignment(x, Interface.empty(), "argument to built-in " + id.goName());
                if (x.invalid()) {
                    return false;
                }
            }
        }
        for (Operand a : args) {
            updateExprType(a.expr, x.type, true);
        }
        return true;
    }
}
