package dev.chanscope.lang.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A defined type ({@code type T struct{...}}, the predeclared {@code error}): its {@link TypeName},
 * underlying type, and the methods declared with it as receiver base, in source order.
 *
 * <p>Built in two steps while checking (the underlying type may refer back to the type), so the
 * underlying type is null until its declaration is checked; it is never null in a checked package.
 */
public final class Named implements Type {

    private final TypeName obj;
    private Type underlying;
    private final List<Func> methods = new ArrayList<>();

    public Named(TypeName obj, Type underlying) {
        this.obj = obj;
        this.underlying = underlying;
        obj.setType(this);
    }

    public TypeName obj() {
        return obj;
    }

    @Override
    public Type underlying() {
        return underlying;
    }

    void setUnderlying(Type underlying) {
        this.underlying = underlying instanceof Named n ? n.underlying() : underlying;
    }

    /** The methods declared on this type (value and pointer receivers), in declaration order. */
    public List<Func> methods() {
        return Collections.unmodifiableList(methods);
    }

    public int numMethods() {
        return methods.size();
    }

    public Func method(int i) {
        return methods.get(i);
    }

    void addMethod(Func m) {
        methods.add(m);
    }

    /** The declared method {@code name} (exported, or unexported of {@code pkg}), or null. */
    public Func method(Package pkg, String name) {
        for (Func m : methods) {
            if (m.sameId(pkg, name)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
