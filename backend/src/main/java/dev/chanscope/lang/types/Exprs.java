package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.GoFile;
import dev.chanscope.lang.syntax.SourceFile;
import dev.chanscope.lang.syntax.Token;
import java.math.BigInteger;

/** The expression dispatcher: identifiers, literals, function literals and every expression form. */
abstract class Exprs extends Calls {

    /** Longest numeric literal accepted (as types2: longer ones would be too costly to represent). */
    private static final int MAX_LITERAL = 10_000;

    Exprs(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    @Override
    void rawExpr(Operand x, Expr e, Type hint, boolean allowGeneric) {
        exprInternal(x, e, hint);
        x.expr = e;
        if (!allowGeneric && x.mode == Mode.VALUE && x.type.underlying() instanceof Signature sig && sig.isGeneric()) {
            error(
                    e,
                    "cannot use generic function " + dev.chanscope.lang.syntax.ExprString.of(e)
                            + " without instantiation");
            x.invalidate();
        }
        record(x);
    }

    private void exclude(Operand x, boolean allowTypes) {
        String msg = switch (x.mode) {
            case NOVALUE -> allowTypes ? "%s used as value or type" : "%s used as value";
            case BUILTIN -> "%s must be called";
            case TYPEXPR -> allowTypes ? null : "%s is not an expression";
            default -> null;
        };
        if (msg != null) {
            error(x.expr, msg.replace("%s", str(x)));
            x.invalidate();
        }
    }

    @Override
    void expr(Operand x, Expr e) {
        rawExpr(x, e, null, false);
        exclude(x, false);
        singleValue(x);
    }

    @Override
    void multiExpr(Operand x, Expr e) {
        rawExpr(x, e, null, false);
        exclude(x, false);
    }

    @Override
    void exprWithHint(Operand x, Expr e, Type hint) {
        rawExpr(x, e, hint, false);
        exclude(x, false);
        singleValue(x);
    }

    void exprOrType(Operand x, Expr e) {
        rawExpr(x, e, null, false);
        exclude(x, true);
        singleValue(x);
    }

    private void exprInternal(Operand x, Expr e, Type hint) {
        x.nilValue = false;
        x.mode = Mode.INVALID;
        x.type = Typ.INVALID;
        x.val = null;
        x.expr = e;
        switch (e) {
            case Expr.Bad b -> {}
            case Expr.Ident id -> ident(x, id);
            case Expr.BasicLit lit -> basicLit(x, lit);
            case Expr.FuncLit lit -> funcLit(x, lit);
            case Expr.CompositeLit lit -> compositeLit(x, lit, hint);
            case Expr.Paren p -> {
                rawExpr(x, p.x(), null, false);
                x.expr = e;
            }
            case Expr.Selector s -> selector(x, s);
            case Expr.Index ix -> indexExpr(x, ix);
            case Expr.IndexList ix -> {
                unsupported(ix.pos(), "generic instantiation");
                x.invalidate();
            }
            case Expr.Slice s -> sliceExpr(x, s);
            case Expr.TypeAssert ta -> typeAssertExpr(x, ta);
            case Expr.Call c -> callExpr(x, c);
            case Expr.Star s -> {
                exprOrType(x, s.x());
                switch (x.mode) {
                    case INVALID -> {}
                    case TYPEXPR -> x.type = new Pointer(x.type);
                    default -> {
                        if (!(x.type.underlying() instanceof Pointer p) || x.type instanceof TypeParam) {
                            error(x.expr, INVALID_OP + "cannot indirect " + str(x));
                            x.invalidate();
                        } else {
                            x.mode = Mode.VARIABLE;
                            x.type = p.elem();
                        }
                    }
                }
            }
            case Expr.Unary u -> {
                unary(x, u);
                if (u.op() == Token.ARROW) {
                    hasCallOrRecv = true;
                }
            }
            case Expr.Binary b -> binary(x, b, b.x(), b.y(), b.op(), b.opPos());
            case Expr.KeyValue kv -> {
                error(kv, "no key:value expected");
                x.invalidate();
            }
            case Expr.Ellipsis el -> {
                error(el, "invalid use of ...");
                x.invalidate();
            }
            case Expr.ArrayType t -> typeExprOperand(x, e);
            case Expr.StructType t -> typeExprOperand(x, e);
            case Expr.FuncType t -> typeExprOperand(x, e);
            case Expr.InterfaceType t -> typeExprOperand(x, e);
            case Expr.MapType t -> typeExprOperand(x, e);
            case Expr.ChanType t -> typeExprOperand(x, e);
        }
    }

    private void typeExprOperand(Operand x, Expr e) {
        x.mode = Mode.TYPEXPR;
        x.type = typExpr(e);
    }

    private void ident(Operand x, Expr.Ident e) {
        Obj obj = scope.lookupParent(e.name(), e.pos());
        if (obj == null) {
            if (e.name().equals("_")) {
                error(e, "cannot use _ as value or type");
            } else {
                error(e, "undefined: " + e.name());
            }
            return;
        }
        info.recordUse(e, obj);
        if (obj instanceof TypeName tn
                && tn.pkg() == null
                && (tn.name().equals("complex64") || tn.name().equals("complex128"))) {
            unsupported(e.pos(), "type " + tn.name() + " (complex numbers)");
            return;
        }
        Type typ = obj.type();
        if (typ == null || obj instanceof TypeName && obj.pkg() == pkg && obj.parent() == pkg.scope()) {
            objDecl(obj);
            typ = obj.type();
        }
        if (typ == null) {
            typ = Typ.INVALID;
        }
        switch (obj) {
            case PkgName pn -> {
                error(e, "use of package " + pn.name() + " not in selector");
                return;
            }
            case Const c -> {
                depend(c);
                if (typ == Typ.INVALID) {
                    return;
                }
                if (c == Universe.iota()) {
                    if (iota == null) {
                        error(e, "cannot use iota outside constant declaration");
                        return;
                    }
                    x.val = iota;
                } else {
                    x.val = c.value();
                }
                if (x.val == null) {
                    x.val = Constant.UNKNOWN;
                }
                x.mode = Mode.CONSTANT;
            }
            case TypeName tn -> x.mode = Mode.TYPEXPR;
            case Var v -> {
                if (v.pkg() == pkg) {
                    useVar(v);
                }
                depend(v);
                if (typ == Typ.INVALID) {
                    return;
                }
                x.mode = Mode.VARIABLE;
            }
            case Func f -> {
                depend(f);
                x.mode = Mode.VALUE;
            }
            case Builtin b -> {
                x.builtin = b.builtinId();
                x.mode = Mode.BUILTIN;
            }
            case Nil n -> {
                x.mode = Mode.VALUE;
                x.nilValue = true;
            }
            case Label l -> {
                error(e, "undefined: " + e.name());
                return;
            }
        }
        x.type = typ;
    }

    private void basicLit(Operand x, Expr.BasicLit e) {
        String v = e.value();
        switch (e.kind()) {
            case INT, FLOAT, IMAG -> {
                if (v.length() > MAX_LITERAL) {
                    error(e, "excessively long constant: " + v.substring(0, 10) + "... (" + v.length() + " chars)");
                    return;
                }
            }
            default -> {}
        }
        switch (e.kind()) {
            case INT -> {
                BigInteger i = Literals.intValue(v);
                if (i == null) {
                    error(e, "malformed constant: " + v);
                    return;
                }
                x.mode = Mode.CONSTANT;
                x.type = Typ.UNTYPED_INT;
                x.val = Constant.of(i);
            }
            case FLOAT -> {
                Rat r = Literals.floatValue(v);
                if (r == null) {
                    error(e, "malformed constant: " + v + " (exponent too large for Chanscope)");
                    return;
                }
                x.mode = Mode.CONSTANT;
                x.type = Typ.UNTYPED_FLOAT;
                x.val = new Constant.Float(r);
            }
            case IMAG -> {
                unsupported(e.pos(), "imaginary literal " + v + " (complex numbers)");
                return;
            }
            case CHAR -> {
                int cp = Literals.runeValue(v);
                if (cp < 0) {
                    error(e, "malformed constant: " + v);
                    return;
                }
                x.mode = Mode.CONSTANT;
                x.type = Typ.UNTYPED_RUNE;
                x.val = Constant.of(cp);
            }
            case STRING -> {
                x.mode = Mode.CONSTANT;
                x.type = Typ.UNTYPED_STRING;
                x.val = new Constant.Str(Literals.stringValue(v));
            }
            default -> {
                return;
            }
        }
        x.expr = e;
        overflow(x, e.pos());
    }

    private void funcLit(Operand x, Expr.FuncLit e) {
        Scope saved = scope;
        FuncContext savedCtx = fctx;
        FuncContext ctx = new FuncContext(fctx, e, null);
        fctx = ctx;
        Scope fscope = new Scope(scope, e.pos(), e.end(), "function");
        info.recordScope(e.type(), fscope);
        Signature sig;
        try {
            sig = funcType(e.type(), null, fscope);
        } finally {
            fctx = savedCtx;
            scope = saved;
        }
        Constant savedIota = iota;
        ctx.sig = sig;
        funcBody("<function literal>", sig, e.body(), ctx, fscope);
        iota = savedIota;
        x.mode = Mode.VALUE;
        x.type = sig;
    }

    static int noPos() {
        return SourceFile.NO_POS;
    }
}
