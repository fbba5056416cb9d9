package dev.chanscope.lang.types;

/**
 * A type parameter of a generic std function ({@code func Sort[S ~[]E, E cmp.Ordered](x S)}). User
 * code cannot declare these; calls infer their arguments (see {@link Info#instances()}).
 */
public final class TypeParam implements Type {

    private final TypeName obj;
    private final int index;
    private Type constraint;

    TypeParam(TypeName obj, int index) {
        this.obj = obj;
        this.index = index;
        obj.setType(this);
    }

    public TypeName obj() {
        return obj;
    }

    /** Its position in the function's type parameter list. */
    public int index() {
        return index;
    }

    /** Its constraint: an interface (a {@link Named} one such as {@code cmp.Ordered}, or a literal one). */
    public Type constraint() {
        return constraint;
    }

    void setConstraint(Type constraint) {
        this.constraint = constraint;
    }

    /** The constraint's interface, or null while unresolved. */
    public Interface iface() {
        return constraint != null && constraint.underlying() instanceof Interface i ? i : null;
    }

    /** A type parameter's underlying type is its constraint interface, as in go/types. */
    @Override
    public Type underlying() {
        Interface i = iface();
        return i != null ? i : Interface.empty();
    }

    @Override
    public String toString() {
        return obj.name();
    }
}
