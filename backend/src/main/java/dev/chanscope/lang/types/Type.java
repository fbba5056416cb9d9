package dev.chanscope.lang.types;

/**
 * A Go type, after go/types: {@link Basic}, {@link Named}, {@link Pointer}, {@link Slice}, {@link
 * Array}, {@link MapType}, {@link Chan}, {@link Signature}, {@link Struct}, {@link Interface}, {@link
 * Tuple}, and {@link TypeParam} (only in the declarations of generic std functions).
 *
 * <p>Types are compared by {@link Types#identical}, never by {@code equals}: {@link Basic} values and
 * {@link Named} types are unique objects, composite types are built anew where they are written.
 * {@link #toString()} writes the type as Go does with package-qualified names ({@code []sync.Mutex});
 * error messages use {@link TypeString} relative to the package being checked.
 */
public sealed interface Type
        permits Basic, Named, Pointer, Slice, Array, MapType, Chan, Signature, Struct, Interface, Tuple, TypeParam {

    /** The underlying type: itself for every type except {@link Named} and {@link TypeParam}. */
    default Type underlying() {
        return this;
    }
}
