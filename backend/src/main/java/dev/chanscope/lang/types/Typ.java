package dev.chanscope.lang.types;

/** The {@link Basic} types, one object each (go/types' {@code Typ} table and its aliases). */
public final class Typ {

    private Typ() {}

    public static final Basic INVALID = new Basic(BasicKind.INVALID, "invalid type");
    public static final Basic BOOL = new Basic(BasicKind.BOOL, "bool");
    public static final Basic INT = new Basic(BasicKind.INT, "int");
    public static final Basic INT8 = new Basic(BasicKind.INT8, "int8");
    public static final Basic INT16 = new Basic(BasicKind.INT16, "int16");
    public static final Basic INT32 = new Basic(BasicKind.INT32, "int32");
    public static final Basic INT64 = new Basic(BasicKind.INT64, "int64");
    public static final Basic UINT = new Basic(BasicKind.UINT, "uint");
    public static final Basic UINT8 = new Basic(BasicKind.UINT8, "uint8");
    public static final Basic UINT16 = new Basic(BasicKind.UINT16, "uint16");
    public static final Basic UINT32 = new Basic(BasicKind.UINT32, "uint32");
    public static final Basic UINT64 = new Basic(BasicKind.UINT64, "uint64");
    public static final Basic UINTPTR = new Basic(BasicKind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = new Basic(BasicKind.FLOAT32, "float32");
    public static final Basic FLOAT64 = new Basic(BasicKind.FLOAT64, "float64");
    public static final Basic COMPLEX64 = new Basic(BasicKind.COMPLEX64, "complex64");
    public static final Basic COMPLEX128 = new Basic(BasicKind.COMPLEX128, "complex128");
    public static final Basic STRING = new Basic(BasicKind.STRING, "string");

    public static final Basic UNTYPED_BOOL = new Basic(BasicKind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = new Basic(BasicKind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = new Basic(BasicKind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = new Basic(BasicKind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_COMPLEX = new Basic(BasicKind.UNTYPED_COMPLEX, "untyped complex");
    public static final Basic UNTYPED_STRING = new Basic(BasicKind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = new Basic(BasicKind.UNTYPED_NIL, "untyped nil");

    /** {@code byte}: the kind of uint8 under its own name. */
    public static final Basic BYTE = new Basic(BasicKind.UINT8, "byte");
    /** {@code rune}: the kind of int32 under its own name. */
    public static final Basic RUNE = new Basic(BasicKind.INT32, "rune");

    /** The typed basic types a program can name, in universe order (aliases last). */
    static final Basic[] PREDECLARED = {
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
        BYTE,
        RUNE
    };
}
