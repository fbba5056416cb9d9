package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Expr;
import dev.chanscope.lang.syntax.ExprString;

/** An expression being checked: its mode, type and constant value (go/types' operand). */
final class Operand {

    Mode mode = Mode.INVALID;
    Expr expr;
    Type type = Typ.INVALID;
    Constant val;
    Builtin.Id builtin;
    /** The predeclared nil, also after it got a type from its context (types2's nilvalue mode). */
    boolean nilValue;

    Operand() {}

    Operand(Mode mode, Expr expr, Type type, Constant val) {
        this.mode = mode;
        this.expr = expr;
        this.type = type;
        this.val = val;
    }

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    void invalidate() {
        mode = Mode.INVALID;
    }

    boolean isNil() {
        return mode == Mode.VALUE && (nilValue || type == Typ.UNTYPED_NIL);
    }

    void assign(Operand o) {
        mode = o.mode;
        expr = o.expr;
        type = o.type;
        val = o.val;
        builtin = o.builtin;
        nilValue = o.nilValue;
    }

    Operand copy() {
        Operand o = new Operand(mode, expr, type, val);
        o.builtin = builtin;
        o.nilValue = nilValue;
        return o;
    }

    private static String modeString(Mode m) {
        return switch (m) {
            case INVALID -> "invalid operand";
            case NOVALUE -> "no value";
            case BUILTIN -> "built-in";
            case TYPEXPR -> "type";
            case CONSTANT -> "constant";
            case VARIABLE -> "variable";
            case MAPINDEX -> "map index expression";
            case VALUE -> "value";
            case COMMAOK -> "comma, ok expression";
        };
    }

    /** As types2 describes an operand: {@code x (variable of type int)}, {@code 300 (untyped int constant)}. */
    String describe(Package current) {
        if (mode == Mode.VALUE
                && type == Typ.UNTYPED_NIL
                && expr != null
                && CheckerBase.unparen(expr) instanceof Expr.Ident id
                && id.name().equals("nil")) {
            return "nil";
        }
        StringBuilder b = new StringBuilder();
        String e = "";
        if (expr != null) {
            e = ExprString.of(expr);
        } else if (mode == Mode.BUILTIN && builtin != null) {
            e = builtin.goName();
        } else if (mode == Mode.TYPEXPR) {
            e = TypeString.of(type, current);
        } else if (mode == Mode.CONSTANT && val != null) {
            e = val.toString();
        }
        if (!e.isEmpty()) {
            b.append(e).append(" (");
        }
        boolean hasType = false;
        switch (mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> {}
            default -> {
                if (type != null) {
                    if (type instanceof Basic bt && bt.kind().isUntyped()) {
                        b.append(bt.name()).append(' ');
                    } else {
                        hasType = true;
                    }
                }
            }
        }
        b.append(modeString(mode));
        if (mode == Mode.CONSTANT && val != null) {
            String s = val.toString();
            if (!s.equals(e)) {
                b.append(' ').append(s);
            }
        }
        if (hasType) {
            if (type != Typ.INVALID) {
                b.append(" of type ").append(TypeString.of(type, current));
            } else {
                b.append(" with invalid type");
            }
        }
        if (!e.isEmpty()) {
            b.append(')');
        }
        return b.toString();
    }
}
