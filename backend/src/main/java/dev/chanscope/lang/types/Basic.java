package dev.chanscope.lang.types;

/**
 * A predeclared basic type: {@code bool}, the numeric types, {@code string}, and the types of
 * untyped constants ({@code untyped int}, …, {@code untyped nil}). {@code byte} and {@code rune} are
 * the same kinds as {@code uint8} and {@code int32} under another name (aliases). One object per
 * name: see {@link Typ}.
 */
public final class Basic implements Type {

    private final BasicKind kind;
    private final String name;

    Basic(BasicKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public BasicKind kind() {
        return kind;
    }

    /** The name as Go writes it: {@code int}, {@code byte}, {@code untyped float}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
