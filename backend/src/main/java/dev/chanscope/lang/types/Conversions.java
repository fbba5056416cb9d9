package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.ErrorList;
import dev.chanscope.lang.syntax.GoFile;

/** Conversions {@code T(x)}, constant and not (go/types' conversions.go). */
abstract class Conversions extends Operators {

    Conversions(GoFile goFile, ErrorList errors, Package pkg, Importer importer) {
        super(goFile, errors, pkg, importer);
    }

    void conversion(Operand x, Type t) {
        boolean constArg = x.mode == Mode.CONSTANT;
        boolean ok = false;
        String[] cause = new String[1];
        if (constArg && Types.isConstType(t)) {
            Basic b = (Basic) t.underlying();
            ConstOps.Representation r = ConstOps.representable(x.val, b);
            if (b.kind().isInteger() && ConstOps.toInt(x.val) instanceof Constant.Int i) {
                x.val = i; // as types2: the integral value is kept even when it does not fit (its messages show it)
            }
            if (r.fit() == ConstOps.Fit.OK) {
                ok = true;
                x.val = r.value();
            } else if (Types.isInteger(x.type) && b.kind().isString()) {
                Constant i = ConstOps.toInt(x.val);
                int cp = 0xFFFD;
                if (i instanceof Constant.Int iv
                        && iv.value().signum() >= 0
                        && iv.value().bitLength() < 32
                        && iv.value().intValue() <= 0x10FFFF
                        && !(iv.value().intValue() >= 0xD800 && iv.value().intValue() <= 0xDFFF)) {
                    cp = iv.value().intValue();
                }
                x.val = new Constant.Str(Literals.bytes(new String(Character.toChars(cp))));
                ok = true;
            }
        } else if (convertibleTo(x, t, cause)) {
            ok = true;
            x.mode = Mode.VALUE;
        }
        if (!ok) {
            if (constArg && Types.isConstType(t) && Types.isNumeric(x.type) && Types.isNumeric(t)) {
                // types2 words a constant that does not fit its numeric target this way
                error(x.expr, "cannot convert " + str(x) + " to type " + str(t));
            } else if (cause[0] != null) {
                error(x.expr, "cannot convert " + str(x) + " to type " + str(t) + ": " + cause[0]);
            } else {
                error(x.expr, "cannot convert " + str(x) + " to type " + str(t));
            }
            x.invalidate();
            return;
        }
        x.nilValue = false;
        if (Types.isUntyped(x.type)) {
            Type fin = t;
            if (Types.isInterface(t) || constArg && !Types.isConstType(t) || x.isNil()) {
                fin = Types.defaultType(x.type);
            } else if (x.mode == Mode.CONSTANT && Types.isInteger(x.type) && allString(t)) {
                fin = x.type;
            }
            updateExprType(x.expr, fin, true);
        }
        x.type = t;
    }

    boolean convertibleTo(Operand x, Type t, String[] cause) {
        if (assignableTo(x, t, cause)) {
            return true;
        }
        cause[0] = null;
        Type v = x.type;
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (v instanceof TypeParam || t instanceof TypeParam) {
            return false;
        }
        if (Types.identicalIgnoreTags(vu, tu)) {
            return true;
        }
        if (v instanceof Pointer vp
                && t instanceof Pointer tp
                && Types.identicalIgnoreTags(vp.elem().underlying(), tp.elem().underlying())) {
            return true;
        }
        if (isIntegerOrFloat(vu) && isIntegerOrFloat(tu)) {
            return true;
        }
        if (Types.isComplex(vu) && Types.isComplex(tu)) {
            return true;
        }
        if ((Types.isInteger(vu) || isBytesOrRunes(vu)) && Types.isString(tu)) {
            return true;
        }
        if (Types.isString(vu) && isBytesOrRunes(tu)) {
            return true;
        }
        if (vu instanceof Slice s
                && tu instanceof Pointer p
                && p.elem().underlying() instanceof Array a
                && Types.identical(s.elem(), a.elem())) {
            return true;
        }
        return false;
    }

    private static boolean isIntegerOrFloat(Type t) {
        return Types.isInteger(t) || Types.isFloat(t);
    }

    static boolean isBytesOrRunes(Type t) {
        if (t.underlying() instanceof Slice s && s.elem().underlying() instanceof Basic b) {
            return b.kind() == BasicKind.UINT8 || b.kind() == BasicKind.INT32;
        }
        return false;
    }
}
