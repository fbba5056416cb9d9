package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;
import dev.chanscope.lang.syntax.GoFile;

/** Type expressions: names, qualified names and every type literal (go/types' typexpr.go). */
abstract class TypeExprs extends TypeLiterals {

    TypeExprs(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    @Override
    Type typExpr(Expr e) {
        Type t = typInternal(e);
        recordType(e, Mode.TYPEXPR, t, null);
        return t;
    }

    /** A type in a variable's declaration: like {@link #typExpr} but refuses constraint interfaces. */
    Type varType(Expr e) {
        Type t = typExpr(e);
        if (t.underlying() instanceof Interface i && !(t instanceof TypeParam) && !i.isMethodSet()) {
            error(
                    e,
                    "cannot use type " + str(t) + " outside a type constraint: interface "
                            + (i.typeSet().comparable() && i.typeSet().allTypes()
                                    ? "is (or embeds) comparable"
                                    : "contains type constraints"));
        }
        return t;
    }

    private Type typInternal(Expr e) {
        switch (e) {
            case Expr.Ident id -> {
                Operand x = new Operand();
                rawExpr(x, id, null, false);
                return typeOperand(x, e);
            }
            case Expr.Selector s -> {
                Operand x = new Operand();
                rawExpr(x, s, null, false);
                return typeOperand(x, e);
            }
            case Expr.Paren p -> {
                return typExpr(p.x());
            }
            case Expr.ArrayType a -> {
                if (a.len() == null) {
                    return new Slice(varType(a.elt()));
                }
                if (a.len() instanceof Expr.Ellipsis) {
                    error(a.len(), "invalid use of [...] array (outside a composite literal)");
                    varType(a.elt());
                    return Typ.INVALID;
                }
                long n = arrayLength(a.len());
                Type elem = varType(a.elt());
                return n < 0 ? Typ.INVALID : new Array(n, elem);
            }
            case Expr.Ellipsis el -> {
                error(el, "invalid use of ...");
                return Typ.INVALID;
            }
            case Expr.Star s -> {
                return new Pointer(typExpr(s.x()));
            }
            case Expr.FuncType f -> {
                return funcType(f, null, null);
            }
            case Expr.StructType s -> {
                return structType(s);
            }
            case Expr.InterfaceType i -> {
                return interfaceType(i);
            }
            case Expr.MapType m -> {
                Type key = varType(m.key());
                Type val = varType(m.value());
                laterChecks.add(() -> {
                    if (!Types.isInvalid(key) && !(key instanceof TypeParam) && !Types.comparable(key)) {
                        error(m.key(), "invalid map key type " + str(key));
                    }
                });
                return new MapType(key, val);
            }
            case Expr.ChanType c -> {
                return new Chan(c.dir(), varType(c.value()));
            }
            case Expr.Index ix -> {
                unsupported(ix.pos(), "generic type instantiation");
                return Typ.INVALID;
            }
            case Expr.IndexList ix -> {
                unsupported(ix.pos(), "generic type instantiation");
                return Typ.INVALID;
            }
            default -> {
                Operand x = new Operand();
                rawExpr(x, e, null, false);
                return typeOperand(x, e);
            }
        }
    }

    private Type typeOperand(Operand x, Expr e) {
        switch (x.mode) {
            case TYPEXPR -> {
                return x.type;
            }
            case INVALID -> {
                return Typ.INVALID;
            }
            case NOVALUE -> error(e, x.describe(pkg) + " used as type");
            default -> error(e, x.describe(pkg) + " is not a type");
        }
        return Typ.INVALID;
    }

    /** The length of an array type: a non-negative constant int; -1 after an error. */
    long arrayLength(Expr e) {
        if (e instanceof Expr.Ident id
                && !(scope.lookupParent(id.name(), id.pos()) instanceof Const)
                && scope.lookupParent(id.name(), id.pos()) != null) {
            Obj o = scope.lookupParent(id.name(), id.pos());
            if (!(o instanceof Const)) {
                error(e, "invalid array length " + id.name());
                return -1;
            }
        }
        Operand x = new Operand();
        rawExpr(x, e, null, false);
        if (x.mode != Mode.CONSTANT) {
            if (x.mode != Mode.INVALID) {
                error(
                        e,
                        "array length " + ExprString.of(e) + " ("
                                + x.describe(pkg).replaceFirst("^.*? \\(", "").replaceFirst("\\)$", "")
                                + ") must be constant");
            }
            return -1;
        }
        if (Types.isUntyped(x.type) || Types.isInteger(x.type)) {
            Constant v = ConstOps.toInt(x.val);
            if (v instanceof Constant.Int i) {
                if (i.value().signum() >= 0 && i.value().bitLength() < 63) {
                    return i.value().longValue();
                }
            }
        }
        if (Types.isInteger(x.type) || Types.isUntyped(x.type) && ConstOps.toInt(x.val) instanceof Constant.Int) {
            error(
                    e,
                    "invalid array length " + ExprString.of(e) + " ("
                            + x.describe(pkg).replaceFirst("^.*? \\(", "").replaceFirst("\\)$", "") + ")");
        } else {
            error(e, "array length " + x.describe(pkg) + " must be integer");
        }
        return -1;
    }
}
