package dev.chanscope.lang.types;

/** A type's name: a defined type, an alias, a predeclared type or a std function's type parameter. */
public final class TypeName extends Obj {

    private final boolean alias;

    public TypeName(int pos, Package pkg, String name, Type type, boolean alias) {
        super(pos, pkg, name, type);
        this.alias = alias;
    }

    /** {@code type A = B}, and the predeclared {@code byte}, {@code rune} and {@code any}. */
    public boolean isAlias() {
        return alias;
    }
}
