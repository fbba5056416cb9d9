package dev.chanscope.lang.types;

import java.util.List;

/**
 * A use of a generic std function with the type arguments the call inferred ({@code slices.Sort(xs)}
 * with {@code xs []int}: {@code [[]int, int]}) and the instantiated signature.
 */
public record Instance(List<Type> typeArgs, Signature type) {
    public Instance {
        typeArgs = List.copyOf(typeArgs);
    }
}
