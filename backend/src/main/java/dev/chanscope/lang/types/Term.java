package dev.chanscope.lang.types;

/** One term of a constraint's union: {@code T}, or {@code ~T} (every type whose underlying type is T). */
public record Term(boolean tilde, Type type) {

    /** Whether {@code t} belongs to the set this term denotes. */
    public boolean includes(Type t) {
        return tilde ? Types.identical(type, t.underlying()) : Types.identical(type, t);
    }

    /** Whether every type of {@code other} belongs to this term's set. */
    public boolean covers(Term other) {
        if (tilde) {
            return Types.identical(type, other.type.underlying());
        }
        return !other.tilde && Types.identical(type, other.type);
    }

    @Override
    public String toString() {
        return (tilde ? "~" : "") + TypeString.of(type);
    }
}
