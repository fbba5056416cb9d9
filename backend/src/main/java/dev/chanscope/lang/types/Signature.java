package dev.chanscope.lang.types;

import java.util.List;

/**
 * A function or method type. {@code recv} is set for a method (it is not part of the type's
 * identity); when {@code variadic}, the last parameter has a {@link Slice} type standing for its
 * {@code ...T}. {@code typeParams} is empty except for the generic functions of std packages.
 */
public record Signature(Var recv, Tuple params, Tuple results, boolean variadic, List<TypeParam> typeParams)
        implements Type {

    public Signature {
        typeParams = List.copyOf(typeParams);
    }

    public Signature(Tuple params, Tuple results, boolean variadic) {
        this(null, params, results, variadic, List.of());
    }

    public boolean isGeneric() {
        return !typeParams.isEmpty();
    }

    /** The same signature with another receiver (or none). */
    public Signature withRecv(Var recv) {
        return new Signature(recv, params, results, variadic, typeParams);
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
