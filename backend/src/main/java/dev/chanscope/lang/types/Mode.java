package dev.chanscope.lang.types;

/** What an expression denotes, after go/types' operand modes. */
public enum Mode {
    /** An erroneous expression (an error was reported). */
    INVALID,
    /** A call of a function without results. */
    NOVALUE,
    /** A builtin function name (only ever called). */
    BUILTIN,
    /** A type. */
    TYPEXPR,
    /** A constant: {@link TypeAndValue#value()} holds its exact value. */
    CONSTANT,
    /** An addressable variable (a variable, {@code *p}, {@code s[i]}, {@code a[i]} of an addressable array, …). */
    VARIABLE,
    /** A map index expression {@code m[k]}: assignable, not addressable; also usable comma-ok. */
    MAPINDEX,
    /** A computed value. */
    VALUE,
    /**
     * A value that was used in a comma-ok assignment ({@code v, ok := m[k]}, {@code x.(T)}, {@code <-ch}):
     * its recorded type is the two-element {@link Tuple} (value, untyped bool → bool).
     */
    COMMAOK
}
