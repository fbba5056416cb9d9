package dev.chanscope.lang.types;

/** The kinds of {@link Basic} types, untyped kinds included, in go/types' order. */
public enum BasicKind {
    INVALID,
    BOOL,
    INT,
    INT8,
    INT16,
    INT32,
    INT64,
    UINT,
    UINT8,
    UINT16,
    UINT32,
    UINT64,
    UINTPTR,
    FLOAT32,
    FLOAT64,
    COMPLEX64,
    COMPLEX128,
    STRING,
    UNTYPED_BOOL,
    UNTYPED_INT,
    UNTYPED_RUNE,
    UNTYPED_FLOAT,
    UNTYPED_COMPLEX,
    UNTYPED_STRING,
    UNTYPED_NIL;

    public boolean isUntyped() {
        return ordinal() >= UNTYPED_BOOL.ordinal();
    }

    public boolean isInteger() {
        return (ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal())
                || this == UNTYPED_INT
                || this == UNTYPED_RUNE;
    }

    public boolean isUnsigned() {
        return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64 || this == UNTYPED_FLOAT;
    }

    public boolean isComplex() {
        return this == COMPLEX64 || this == COMPLEX128 || this == UNTYPED_COMPLEX;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat() || isComplex();
    }

    public boolean isString() {
        return this == STRING || this == UNTYPED_STRING;
    }

    public boolean isBoolean() {
        return this == BOOL || this == UNTYPED_BOOL;
    }

    /** Ordered by {@code < <= > >=}: integers, floats and strings. */
    public boolean isOrdered() {
        return isInteger() || isFloat() || isString();
    }

    /** Kinds whose values can be constants. */
    public boolean isConstType() {
        return isNumeric() || isString() || isBoolean();
    }

    /** The size in bits of a sized integer or float kind (int, uint and uintptr are 64-bit); 0 otherwise. */
    public int bits() {
        return switch (this) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32, FLOAT32 -> 32;
            case INT, INT64, UINT, UINT64, UINTPTR, FLOAT64, COMPLEX64 -> 64;
            case COMPLEX128 -> 128;
            default -> 0;
        };
    }
}
