package dev.chanscope.lang.interp.rt;

/**
 * The kinds of Go type, as reflect.Kind names them. A value's Java representation follows from its
 * kind alone (see {@link RType}).
 */
public enum Kind {
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
    UNSAFE_POINTER,
    ARRAY,
    SLICE,
    STRUCT,
    POINTER,
    FUNC,
    INTERFACE,
    MAP,
    CHAN;

    public boolean isInteger() {
        return ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal();
    }

    public boolean isUnsigned() {
        return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** Kinds held in a Java {@code long} (integers) or {@code double} (floats) or boolean: no references. */
    public boolean isBasicNumber() {
        return isInteger() || isFloat();
    }

    /** Kinds whose values are copied on assignment and owned by one location: arrays and structs. */
    public boolean isAggregate() {
        return this == ARRAY || this == STRUCT;
    }

    /** reflect.Kind's String(): "int", "ptr", "struct", … (Go 1.19 says "ptr"). */
    public String goName() {
        return switch (this) {
            case POINTER -> "ptr";
            case UNSAFE_POINTER -> "unsafe.Pointer";
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
