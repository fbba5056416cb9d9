package dev.chanscope.lang.types;

import java.util.List;

/**
 * How a selector {@code x.f} resolved (not recorded for qualified identifiers {@code pkg.Name}).
 *
 * <ul>
 *   <li>{@code kind}: a field ({@code x.f}), a method value ({@code x.m}, possibly then called) or a
 *       method expression ({@code T.m}, {@code (*T).m}).
 *   <li>{@code recv}: the type of {@code x} (for a method expression, the type {@code T}).
 *   <li>{@code obj}: the {@link Var} field or the {@link Func} method.
 *   <li>{@code index}: the path of field indices from {@code x}'s struct through embedded fields; the
 *       last entry is the field's index, or the method's index in its type's declared methods
 *       ({@link Named#methods()}) or interface method set ({@link Interface#methods()}).
 *   <li>{@code indirect}: a pointer was followed on the way (through {@code x} or an embedded
 *       pointer field), so a nil pointer there panics.
 *   <li>{@code type}: the selector's type (a method value's signature has no receiver; a method
 *       expression's has the receiver as first parameter).
 * </ul>
 *
 * <p>For a method value whose method has a pointer receiver while the path ends at an addressable
 * value, the interpreter takes that value's address (Go's automatic {@code &x}); {@link
 * #addressOfRecv()} says so.
 */
public record Selection(
        Kind kind, Type recv, Obj obj, List<Integer> index, boolean indirect, Type type, boolean addressOfRecv) {

    public enum Kind {
        FIELD_VAL,
        METHOD_VAL,
        METHOD_EXPR
    }

    public Selection {
        index = List.copyOf(index);
    }
}
