package dev.chanscope.lang.interp.rt;

/**
 * How elements of a Go array or slice are stored in Java: integers in {@code long[]} (bytes in
 * {@code byte[]}), floats in {@code double[]}, bools in {@code boolean[]}, everything else boxed in
 * {@code Object[]}. The element type decides; the compiler picks typed access paths from it.
 */
public enum Store {
    BOOL,
    BYTE,
    LONG,
    DOUBLE,
    OBJECT;

    public static Store of(RType elem) {
        return switch (elem.kind()) {
            case BOOL -> BOOL;
            case INT8, UINT8 -> BYTE;
            case INT, INT16, INT32, INT64, UINT, UINT16, UINT32, UINT64, UINTPTR -> LONG;
            case FLOAT32, FLOAT64 -> DOUBLE;
            default -> OBJECT;
        };
    }
}
