package dev.chanscope.lang.types;

/** {@code []elem}. */
public record Slice(Type elem) implements Type {
    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
