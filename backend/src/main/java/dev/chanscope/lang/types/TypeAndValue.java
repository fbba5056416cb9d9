package dev.chanscope.lang.types;

/**
 * What the checker found for one expression: its mode, type (after untyped constants got their final
 * type from context) and, for constants, exact value (else null).
 */
public record TypeAndValue(Mode mode, Type type, Constant value) {

    public boolean isType() {
        return mode == Mode.TYPEXPR;
    }

    public boolean isValue() {
        return switch (mode) {
            case CONSTANT, VARIABLE, MAPINDEX, VALUE, COMMAOK -> true;
            default -> false;
        };
    }

    public boolean isVoid() {
        return mode == Mode.NOVALUE;
    }

    public boolean isBuiltin() {
        return mode == Mode.BUILTIN;
    }

    public boolean isNil() {
        return type == Typ.UNTYPED_NIL;
    }

    public boolean addressable() {
        return mode == Mode.VARIABLE;
    }
}
